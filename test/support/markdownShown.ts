/**
 * CommonMark 0.31.2, §2.1 "ASCII punctuation character", as the spec lists it; §2.4: "Any ASCII
 * punctuation character may be backslash-escaped", and then renders as itself. No CommonMark
 * renderer is installed here, so escapes are checked against that list.
 */
export const specPunctuation = ["!", '"', "#", "$", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "?", "@", "[", "\\", "]", "^", "_", "`", "{", "|", "}", "~"];

/** The text a CommonMark renderer shows for a text of plain characters and backslash escapes of punctuation; undefined where any punctuation stands unescaped (it may open markup). */
export function shownAsWritten(markdown: string): string | undefined {
  let shown = "";
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]!;
    if (!specPunctuation.includes(char)) shown += char;
    else if (char === "\\" && specPunctuation.includes(markdown[i + 1] ?? "")) shown += markdown[++i];
    else return undefined;
  }
  return shown;
}
