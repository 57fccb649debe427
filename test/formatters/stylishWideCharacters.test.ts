import { describe, expect, it } from "vitest";
import { formatters, type FormatContext } from "../../src/formatters/index.js";
import { lintResult, type LintMessageDraft } from "../../src/lint/lintResult.js";

const context: FormatContext = { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules: [] };

/**
 * Pieces of a message and the columns a terminal gives each (UAX #11, East Asian Width: an
 * ideograph, a kana, a Hangul syllable and a fullwidth letter take two; a combining accent none).
 */
const pieces = { ascii: ["order ", 6], ideographs: ["\u65e5\u672c\u8a9e", 6], kana: ["\u30ab\u30fc\u30c8", 6], hangul: ["\uc8fc\ubb38", 4], fullwidth: ["\uff21\uff22", 4], combining: ["e\u0301", 1] } as const;

type Piece = keyof typeof pieces;

const finding = (message: string, ruleId: string): LintMessageDraft => ({ ruleId, messageId: "m", severity: 1, evidence: "inferred", message, path: "/x", line: 2, column: 3, endLine: 2, endColumn: 9 });

/** Each problem row of stylish's report of messages made of these pieces: the columns before its rule id, and the row's in all. */
function rows(messages: readonly (readonly Piece[])[]): { beforeRule: number; columns: number }[] {
  const texts = messages.map((parts) => parts.map((part) => pieces[part][0]).join(""));
  const text = formatters.stylish([lintResult("/work/project/a.json", "createOrder", texts.map((message) => finding(message, "unknown-property")))], context);
  const problemRows = text.split("\n").filter((line) => /^ +\d+:\d+ /.test(line));
  return problemRows.map((row, i) => {
    const message = texts[i]!;
    const at = row.indexOf(message);
    const messageColumns = messages[i]!.reduce((sum, part) => sum + pieces[part][1], 0);
    const beforeRule = row.lastIndexOf("unknown-property");
    // The row's columns: its ASCII around the message, and the message's own columns.
    const asciiBefore = at;
    const afterMessage = beforeRule - (at + message.length);
    return { beforeRule: asciiBefore + messageColumns + afterMessage, columns: asciiBefore + messageColumns + (row.length - at - message.length) };
  });
}

/**
 * Found by the audit of the output formats: stylish measured a message by its UTF-16 units, so a
 * message of ideographs, kana or Hangul, which a terminal draws two columns each, pushed its rule
 * id past the others'.
 */
describe("stylish lines rule ids up by the columns a terminal draws", () => {
  it.each<[string, Piece[][]]>([
    ["ideographs beside ASCII", [["ascii", "ideographs"], ["ascii", "ascii", "ascii"]]],
    ["ideographs near the room's edge: 13 of them and an ASCII word, 84 columns (45 units)", [[...Array<Piece>(13).fill("ideographs"), "ascii"], ["ascii"]]],
    ["kana, Hangul and fullwidth letters", [["kana"], ["hangul", "fullwidth"], ["ascii"]]],
    ["a combining accent", [["combining", "ascii"], ["ascii", "ascii"]]],
  ])("%s: every rule id starts at one column", (_name, messages) => {
    const found = rows(messages);
    expect(new Set(found.map((row) => row.beforeRule)).size).toBe(1);
    for (const row of found) expect(row.columns).toBeLessThanOrEqual(120);
  });
});
