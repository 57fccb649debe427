/**
 * The tests' own statement of which joiners and variation selectors shape something and so are
 * written raw: one right after a character past ASCII that is seen (not white space, a control,
 * a format character, a lone surrogate or a default-ignorable one), or in a run of them that
 * follows such a character (❤ U+FE0F U+200D 🔥). At the start of a text, after ASCII or after
 * a hidden character they shape nothing: "currency\u200d" reads as "currency". One more shapes
 * ASCII: the selector of an emoji keycap, 1 U+FE0F U+20E3 (1️⃣).
 */
export const shapingSomething = String.raw`(?<=[^\u0000-\u007f\s\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u2800][\p{Variation_Selector}\u200c\u200d]*)[\p{Variation_Selector}\u200c\u200d]|(?<=[0-9#*])\ufe0f(?=\u20e3)`;

/** A pattern of one character of `characterClass` but a joiner or selector that shapes something, as a regular expression. */
export function hiddenBut(characterClass: string): RegExp {
  return new RegExp(`(?!${shapingSomething})[${characterClass}]`, "u");
}
