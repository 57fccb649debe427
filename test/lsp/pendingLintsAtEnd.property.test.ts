import fc from "fast-check";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createOrder } from "../support/payloads.js";
import { RawWire } from "./rawWire.js";

/**
 * Whatever a client opens, edits and closes before its input ends, with no request about it,
 * the last diagnostics the server publishes for each document are those of its last text (of
 * its last version), and a document closed last has its diagnostics cleared: the lints still
 * waiting for a pause in typing are run when the input ends (found by the language server audit).
 */

const dir = realpathSync(mkdtempSync(join(tmpdir(), "oms-lint-lsp-pending-")));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The line (0-based, as LSP counts) of the first line of `text` that holds `fragment`. */
const lineOf = (text: string, fragment: string) => text.split("\n").findIndex((line) => line.includes(fragment));

/** Texts a client may send, each with the findings the documents give it: none; orderID set (advised read-only); catalogID under its stated minimum of 0. */
const valid = JSON.stringify(createOrder(), null, 2);
const withOrderID = JSON.stringify(createOrder({ orderID: 555555 }), null, 2);
const negativeCatalog = JSON.stringify(createOrder({ catalogID: -1 }), null, 2);
const texts = [
  { text: valid, findings: [] },
  { text: withOrderID, findings: [{ code: "read-only-ids", line: lineOf(withOrderID, '"orderID"') }] },
  { text: negativeCatalog, findings: [{ code: "schema", line: lineOf(negativeCatalog, '"catalogID"') }] },
];

/** A document named, and what the client does to it: sends a text (opens it if it is closed, else changes it to that text) or closes it (if it is open). */
const step = fc.record({ document: fc.constantFrom("a.json", "b.json"), close: fc.boolean(), text: fc.constantFrom(...texts.keys()) });

describe("the diagnostics published when the input ends", () => {
  it("are, for each document, those of its last text, or cleared when it was closed last", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const wire = new RawWire();
        await wire.initialize();
        /** Each document's version and text while open; a document closed is undefined. */
        const open = new Map<string, { version: number; text: number } | undefined>();
        for (const { document, close, text } of steps) {
          const uri = pathToFileURL(join(dir, document)).href;
          const now = open.get(uri);
          if (close) {
            if (now === undefined) continue;
            wire.notify("textDocument/didClose", { textDocument: { uri } });
            open.set(uri, undefined);
          } else if (now === undefined) {
            wire.notify("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text: texts[text]!.text } });
            open.set(uri, { version: 1, text });
          } else {
            wire.notify("textDocument/didChange", { textDocument: { uri, version: now.version + 1 }, contentChanges: [{ text: texts[text]!.text }] });
            open.set(uri, { version: now.version + 1, text });
          }
        }
        await wire.endInput();
        for (const [uri, now] of open) {
          const last = wire.published().filter((p) => p.uri === uri).at(-1);
          if (now === undefined) {
            expect(last).toEqual({ uri, diagnostics: [] });
            continue;
          }
          expect(last?.version).toBe(now.version);
          expect(last?.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line }))).toEqual(texts[now.text]!.findings);
        }
      }),
      { numRuns: 40 },
    );
  });
});
