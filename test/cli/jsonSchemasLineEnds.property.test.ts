import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextEdits, jsonSchemasEdits } from "../../src/cli/jsonSchemasEdit.js";
import { editableSettings } from "../../src/vscode/vscodeSettings.js";

/**
 * `init --vscode` writes its member with the settings file's own line ends. A file of bare CR
 * line ends (classic Mac, or an editor set so) got `\n` in the member: a file of mixed line
 * ends (audit of the commands that write a user's file). Whatever the layout, the edited file
 * holds the file's line end and no other.
 */
const entries = [`{ "fileMatch": ["orders/*.json"], "url": "./node_modules/oms-lint/schemas/editor/createOrder.json" }`];

/** Settings members, one a line or side by side, with or without a "json.schemas" already, joined by `eol`. */
const settings = (eol: string) =>
  fc
    .record({
      members: fc.array(fc.constantFrom(`"editor.tabSize": 2`, `"files.eol": "\\n"`, `"json.schemas": []`, `"a": { "b": 1 }`), { maxLength: 4 }),
      oneLine: fc.boolean(),
      indent: fc.constantFrom("  ", "    ", "\t"),
      trailingEol: fc.boolean(),
    })
    .map(({ members, oneLine, indent, trailingEol }) => {
      const unique = [...new Set(members)];
      const body = oneLine ? `{ ${unique.join(", ")} }` : `{${eol}${unique.map((m) => indent + m).join(`,${eol}`)}${eol}}`;
      return body + (trailingEol ? eol : "");
    });

const lineEndsOf = (text: string): Set<string> => new Set(text.match(/\r\n|\r|\n/g) ?? []);

describe("init --vscode's edit of settings.json keeps the file's line ends", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["bare CR", "\r"],
  ])("%s: the edited file holds that line end alone, and the list", (_, eol) => {
    fc.assert(
      fc.property(settings(eol), (text) => {
        // A file with no line break has no line end of its own to keep (init writes "\n").
        fc.pre(lineEndsOf(text).size > 0);
        const read = editableSettings(Buffer.from(text, "utf8"));
        if (!read.ok) throw new Error(`unreadable settings: ${read.message}`);
        const edited = applyTextEdits(text, jsonSchemasEdits(read.text, read.root, read.schemas, entries));
        const ends = lineEndsOf(edited);
        expect([...ends].filter((end) => end !== eol)).toEqual([]);
        expect(edited).toContain(`"json.schemas"`);
        expect(edited).toContain(entries[0]);
      }),
    );
  });
});
