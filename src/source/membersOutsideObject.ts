/**
 * Members written without the braces around them (`"currency": "USD", …` pasted from inside an
 * object, or `currency: USD` from YAML): a name and its colon at the top of the text, where no
 * object holds them. The parse fault there says to wrap them in { … }; the advice for a name
 * inside an object (quote it) or for values after the value (a missing [ … ]) left the text
 * still no JSON.
 */

/** Whether only blanks (and a byte order mark) stand before `start`: a word there is the top-level value. */
export function atTheTop(text: string, start: number): boolean {
  return /^\uFEFF?[ \t\r\n]*$/.test(text.slice(0, start));
}

/** Whether the character at `at`, after the top-level value, is a colon right after a string: that string was a property name. */
export function colonAfterTopString(text: string, at: number): boolean {
  return text.charAt(at) === ":" && /"[ \t\r\n]*$/.test(text.slice(Math.max(0, at - 200), at));
}

export const colonAfterTopStringMessage = 'unexpected ":" after the end of the JSON value: the string before it reads as a property name, but no object holds it: wrap the members in { … }';

export const nameAtTheTopMessage = (word: string): string => `property name ${word} stands outside any object: wrap the members in { … }, each name in double quotes ("${word}")`;
