/**
 * The characters CommonMark lets a backslash escape (0.31.2, §2.4 "Backslash escapes": "Any
 * ASCII punctuation character may be backslash-escaped", its list being §2.1's "ASCII
 * punctuation character"). Every one is escaped, not only those that open markup where they
 * stand: `&` begins an entity (`&lt;` rendered as `<`), `~~` a strikethrough in GitHub's
 * flavour (VS Code's hovers, GitHub's step summary), `!`, `(`, `-`, `+`, `=`, `.` and `)` an
 * image, a link's destination, a list item or a heading underline where a line starts. Shared
 * by the language server's hovers and the step summary's table cells.
 */
export const markdownPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

const punctuation = /[!-/:-@[-`{-~]/g;

/** Text shown as written in Markdown: each ASCII punctuation character after a backslash, which renders it as itself. */
export function escapeMarkdown(text: string): string {
  return text.replace(punctuation, (c) => `\\${c}`);
}
