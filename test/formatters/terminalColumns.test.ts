import { describe, expect, it } from "vitest";
import { terminalColumns } from "../../src/formatters/terminalColumns.js";

/**
 * Found by the review of stylish's padding by terminal columns: what escapeControls leaves raw
 * because it shapes its neighbours, the zero-width joiner and non-joiner (format characters, Cf),
 * was counted a column each, where wcwidth counts format characters none; a regional indicator
 * (East Asian Width N) two, so a flag took four; Hangul's medial vowels and final consonants (a
 * syllable in NFD, as macOS writes names) one each, where wcwidth counts none; and the table left
 * out wide blocks (Tangut, Kana Extended-B, the angle brackets U+2329 and U+232A). The columns
 * below are wcwidth's reading of Unicode's East Asian Width (UAX #11).
 */
describe("terminalColumns counts as wcwidth does", () => {
  it.each<[string, string, number]>([
    ["a family: three emoji and two zero-width joiners", "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}", 6],
    ["a Persian word with a zero-width non-joiner", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", 7],
    ["a flag: two regional indicators", "\u{1f1eb}\u{1f1f7}", 2],
    ["a Hangul syllable in NFD: a leading consonant, a vowel and a final", "\u1112\u1161\u11ab", 2],
    ["a Tangut ideograph", "\u{17000}", 2],
    ["a Kana Extended-B letter", "\u{1aff0}", 2],
    ["the angle brackets U+2329 and U+232A", "\u2329x\u232a", 5],
    ["an ideograph and a combining accent, unchanged", "\u65e5e\u0301", 3],
    ["an emoji, unchanged", "\u{1f600}", 2],
  ])("%s", (_name, text, columns) => {
    expect(terminalColumns(text)).toBe(columns);
  });
});
