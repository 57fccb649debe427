// Imported by test/support/countedWork.mjs, the child process test/hostile/linearWork.test.ts runs:
// counts the characters String's searches (includes, indexOf, lastIndexOf) are handed while the
// built CLI runs in process. A search of the whole text so far for each line added to it (`(url +
// joined).includes("?")`) is a square of characters, which no array step shows: the count tells it
// deterministically, where a timing would depend on the machine. A search handed no position counts
// the whole string, even where a match stops its reading early: V8 first makes a joined string
// (`url + joined`) one flat string, a copy of all of it, and that copy was the square here. One
// handed a position (`text.indexOf("\n", at)`, a line at a time) counts what it reads, from there to
// its match: counting all the text after the position would make a square of every line-by-line
// reading. The builtins are replaced for the whole process: hence a process of its own.

const { indexOf, lastIndexOf } = String.prototype;
/** What a search forward from `at` reads: to the end of its match, or to the string's end. */
function readForward(text, sought, at) {
  const from = Math.min(Math.max(at, 0), text.length);
  const found = indexOf.call(text, sought, from);
  return (found < 0 ? text.length : found + sought.length) - from;
}
/** What a search backward from `at` reads: down to its match, or to the string's start. */
function readBackward(text, sought, at) {
  const from = Math.min(Math.max(at, 0), text.length);
  return from + sought.length - Math.max(lastIndexOf.call(text, sought, from), 0);
}

let characters = 0;
for (const [name, read] of [["includes", readForward], ["indexOf", readForward], ["lastIndexOf", readBackward]]) {
  const search = String.prototype[name];
  String.prototype[name] = function counted(sought, position) {
    const text = String(this);
    characters += position === undefined ? text.length : read(text, String(sought), Math.trunc(Number(position)) || 0);
    return search.call(this, sought, position);
  };
}
export const stringScans = () => characters;
