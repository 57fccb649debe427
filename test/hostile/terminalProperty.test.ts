import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { runCli } from "../support/cli.js";
import { formats, scratch } from "./support.js";

/**
 * Issue 15: "every format and every subcommand escapes C0/C1 controls, bidi overrides and
 * line separators where a terminal would act on them (the JSON outputs as \u escapes)";
 * "`split -f json` prints raw U+009B, U+202E, U+2028 from an externalOrderID; `--fix-dry-run`
 * on a terminal prints a bare CR that hides a line". Any mix of such characters, planted in
 * a file name, a key and a value: no output of any format or subcommand carries one raw.
 */

/** What a terminal acts on: C0 controls but the line feed, DEL, C1, bidirectional controls, line separators. */
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const dangerous = fc.constantFrom(
  "\u001b", "\u009b", "\r", "\u0007", "\u0000", "\u007f", "\u0085", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\u061c", "\u200f",
);
// The characters that shape their neighbours (❤️, 👨‍👩‍👧, a Persian non-joiner): raw after what they shape, escaped elsewhere; never a terminal's control.
const plain = fc.constantFrom("a", " ", "[31m", "\\", '"', "é", "%", "\ufe0f", "\u200d", "\u200c");
const planted = fc.array(fc.oneof(dangerous, plain), { minLength: 1, maxLength: 8 }).map((chars) => chars.join("")).filter((text) => raw.test(text));

describe("a terminal's controls planted anywhere: never raw in any output", () => {
  const folder = scratch("terminal-property");
  afterAll(folder.remove);
  let cases = 0;

  it("every format, on a file name, a key and a value holding them", async () => {
    await fc.assert(
      fc.asyncProperty(planted, async (text) => {
        const dir = `c${cases++}`;
        // A file name holds neither "/" nor NUL.
        const name = `${text.replace(/[\u0000/]/g, "")}.json`;
        folder.write(`${dir}/${name}`, JSON.stringify(createOrder({ currency: text, [`key${text}`]: 1 })));
        for (const format of formats) {
          const run = await runCli(["--no-config", "--format", format, "."], { cwd: folder.path(dir) });
          expect(run.code).toBe(1);
          expect(run.stdout).not.toMatch(raw);
          expect(run.stderr).not.toMatch(raw);
        }
      }),
      { numRuns: 25, seed: 15 },
    );
  });

  it("split (text and json), from an externalOrderID holding them", async () => {
    await fc.assert(
      fc.asyncProperty(planted, fc.constantFrom("text", "json"), async (text, format) => {
        const dir = `s${cases++}`;
        const order = orderWithItems([orderItem({ partNumber: "A", availability: "P" }), orderItem({ partNumber: "B", availability: "Y" })], { externalOrderID: `x${text}` });
        folder.write(`${dir}/order.json`, JSON.stringify(order, null, 2));
        const run = await runCli(["split", "--no-config", "--format", format, "order.json"], { cwd: folder.path(dir) });
        expect(run.stdout).toMatch(/order-1\.json/);
        expect(run.stdout).not.toMatch(raw);
        expect(run.stderr).not.toMatch(raw);
      }),
      { numRuns: 15, seed: 15 },
    );
  });

  it("--fix-dry-run on a terminal: the diff's bare CR and controls shown escaped; piped, the diff is byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(planted, async (text) => {
        const dir = `f${cases++}`;
        // A bare CR is JSON whitespace; the other characters stand in a string value.
        const source = JSON.stringify(createOrder({ orderID: 7, orderComment: text }), null, 2).replace('"orderID": 7', '"orderID": 7,\r"x": 1');
        folder.write(`${dir}/order.json`, source);
        const onTerminal = await runCli(["--no-config", "--fix-dry-run", "--kind", "createOrder", "order.json"], { cwd: folder.path(dir), stdoutIsTTY: true });
        expect(onTerminal.stdout).toMatch(/^\+ {2}"orderID": null,/m);
        expect(onTerminal.stdout).not.toMatch(raw);
        expect(onTerminal.stdout).toContain("\\r");
        const piped = await runCli(["--no-config", "--fix-dry-run", "--kind", "createOrder", "order.json"], { cwd: folder.path(dir) });
        expect(piped.stdout).toContain('"orderID": 7,\r"x": 1');
      }),
      { numRuns: 15, seed: 15 },
    );
  });

  it("init --vscode names a config holding them escaped, and a FIFO for settings.json is refused, not waited on", async () => {
    const dir = `i${cases++}`;
    const config = "cfg\u001b[2J\u009b\u202e.json";
    folder.write(`${dir}/${config}`, JSON.stringify({ files: [{ glob: "orders/*.json", kind: "createOrder" }] }));
    const run = await runCli(["init", "--vscode", "-c", config], { cwd: folder.path(dir) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote \.vscode\/settings\.json: 2 json\.schemas associations \(1 from cfg\\u001b\[2J\\u009b\\u202e\.json's "files"/);
    expect(run.stdout).not.toMatch(raw);
    const fifo = `${dir}-fifo`;
    folder.write(`${fifo}/oms-lint.config.json`, JSON.stringify({ files: [] }));
    mkdirSync(folder.path(`${fifo}/.vscode`));
    execFileSync("mkfifo", [folder.path(`${fifo}/.vscode/settings.json`)]);
    const refused = await runCli(["init", "--vscode"], { cwd: folder.path(fifo) });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("oms-lint: init --vscode: cannot read .vscode/settings.json: it is not a regular file (a device, pipe or socket)\n");
  });
});
