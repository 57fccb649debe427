/**
 * Characters a message must never hold raw: controls (Cc), format characters (Cf: the bidi
 * overrides such as U+202E, zero-width spaces, a byte order mark), the line and paragraph
 * separators (Zl, Zp) and unpaired surrogates (Cs). Shown raw they are invisible, or reorder
 * or break the line a reader (a terminal, a log, an editor) shows; each is named instead.
 */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const anyInvisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** The character's name as Unicode writes it: `U+202E`. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether the text is one character that must be named, not shown. */
export function isInvisibleCharacter(text: string): boolean {
  return text.length === 1 && anyInvisible.test(text);
}

/**
 * The text with every such character named in angle brackets (`"k<U+202E>"`), where it stands
 * inside other text; the text itself when it holds none (the common case: no copy is made).
 */
export function withInvisibleNamed(text: string): string {
  return anyInvisible.test(text) ? text.replace(invisible, (character) => `<${codePointName(character)}>`) : text;
}
