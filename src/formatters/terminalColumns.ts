/**
 * The columns a terminal draws a text in, as wcwidth reads Unicode's East Asian Width (UAX #11):
 * two for a wide or fullwidth character (ideographs, kana, Hangul, fullwidth forms, emoji drawn as
 * emoji), none for a combining mark, one for the rest. Stylish pads its messages by it: counted in
 * UTF-16 units, a message of ideographs pushed its rule id past the others' (found by the audit of
 * the output formats). Its text is terminal-safe already (escapeControls): no control is left to count.
 * None for a format character (Cf: the joiners escapeControls leaves raw where they shape an emoji
 * or a letter, 👨‍👩‍👧 and می‌خواهم) and for Hangul's medial vowels and final consonants (a syllable
 * in NFD), as wcwidth; one for a regional indicator (East Asian Width N), so a flag takes two, not four
 * (found by the review of this padding, as were the wide blocks the table left out: Tangut, Khitan,
 * Kana Extended-B, U+2329 and U+232A).
 */
const wide = /[\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{16ff0}-\u{16ff1}\u{17000}-\u{18cff}\u{18d00}-\u{18d08}\u{1aff0}-\u{1afff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]|(?![\u{1f1e6}-\u{1f1ff}])\p{Emoji_Presentation}/u;
const zeroWidth = /[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff\ud7b0-\ud7ff]/u;
const pastAscii = /[^\x00-\x7e]/;

export function terminalColumns(text: string): number {
  if (!pastAscii.test(text)) return text.length;
  let columns = 0;
  for (const char of text) columns += zeroWidth.test(char) ? 0 : wide.test(char) ? 2 : 1;
  return columns;
}
