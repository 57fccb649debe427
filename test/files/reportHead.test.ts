import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isEarlierReport, reportHeadBytes, type FileEnds } from "../../src/files/reportHead.js";
import { lintText } from "../../src/builtIn/linter.js";
import { formatters } from "../../src/formatters/index.js";
import { runCli } from "../support/cli.js";

/**
 * A file's ends as outputTarget reads them: its size, its first and its last reportHeadBytes
 * bytes. `size` when the bytes are a shorter file with the same first and last reportHeadBytes
 * bytes (longerEnds).
 */
function ends(bytes: Uint8Array, size = bytes.byteLength): FileEnds {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = buffer.subarray(0, reportHeadBytes).toString("utf8");
  const tail = size <= reportHeadBytes ? head : buffer.subarray(buffer.length - reportHeadBytes).toString("utf8");
  return { size, head, tail };
}
const ofText = (text: string) => ends(Buffer.from(text, "utf8"));

const formats = ["json", "sarif", "gitlab", "rdjson", "junit", "stylish", "compact", "github"] as const;

/** Each format's report as the CLI writes it: over fixtures with findings, and over one clean file. */
async function reports(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const format of formats) {
    for (const target of ["payloads", "payloads/customData.json"]) out.push([`${format} ${target}`, (await runCli(["--no-config", "-f", format, target])).stdout]);
  }
  return out;
}

/**
 * The same report made longer, as a run over more files makes it: more of its first lines (or
 * bytes) before its end, as the bytes of the file it would be. Bytes, not text: a report made
 * 40 times longer is megabytes (sarif's 14 MB), and a string built by repeat is flattened,
 * then encoded, when read (~0.1 CPU-s each; a copy of the bytes is a memcpy). The lines are
 * joined as [...body ×copies, ...rest].join("\n") joins them, split only at line ends.
 */
function longer(text: string, copies: number): Uint8Array {
  const { copy, rest } = piecesOf(text);
  if (rest === undefined) return Buffer.concat(Array<Buffer>(copies).fill(copy)).subarray(0, -1);
  return Buffer.concat([...Array<Buffer>(copies).fill(copy), rest]);
}

/** A report's copied first lines (with their line feed) and its last lines, as bytes: split once a report, not once a run. */
const pieces = new Map<string, { copy: Buffer; rest: Buffer | undefined }>();
function piecesOf(text: string): { copy: Buffer; rest: Buffer | undefined } {
  let found = pieces.get(text);
  if (found === undefined) {
    const lines = text.split("\n");
    const body = lines.slice(0, Math.max(1, lines.length - 3));
    const rest = lines.slice(body.length);
    found = { copy: Buffer.from(`${body.join("\n")}\n`, "utf8"), rest: rest.length === 0 ? undefined : Buffer.from(rest.join("\n"), "utf8") };
    pieces.set(text, found);
  }
  return found;
}

/**
 * ends(longer(text, copies)), from the file with only as many copies as its first and last
 * reportHeadBytes bytes hold (those bytes are the same in both), and the size of the whole: the
 * 150 runs built up to 14 MB each (~0.6 CPU-s) to read 8 KiB of it.
 */
function longerEnds(text: string, copies: number): FileEnds {
  const { copy } = piecesOf(text);
  const enough = Math.min(copies, Math.ceil((reportHeadBytes + 1) / copy.length));
  const shorter = longer(text, enough);
  return ends(shorter, shorter.byteLength + (copies - enough) * copy.length);
}

describe("what an earlier report is (-o replaces only those, and empty files)", () => {
  it("every format's report is one, whole or made longer than the bytes read of it", async () => {
    const all = await reports();
    for (const [name, text] of all) expect(isEarlierReport(ofText(text)), name).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.integer({ min: 1, max: 40 }), ([name, text], copies) => {
        // An empty report (`[]`: a clean run's json or gitlab) has no lines to repeat: `[]\n[]` is no report any run writes, and is not taken for one.
        fc.pre(copies === 1 || text.replace(/\s+/g, "") !== "[]");
        expect(isEarlierReport(longerEnds(text, copies)), `${name} ×${copies}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("whatever the run's files are named and whatever the package says of itself (home page, version), each format's report is one", () => {
    // An ESC in a name: github's annotation then has no file= (github.ts), and its report is still one.
    const leadName = fc.tuple(fc.constantFrom("", "<", "[", "{", "[wip] ", "{tenant}-", "c\u001b[31m"), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/)).map(([lead, rest]) => `${lead}${rest}.json`);
    // A control or invisible character anywhere in the name, in two names of three: with the
    // leads alone, a github report with such a name (ESC's, which once made the report unknown to
    // -o) was drawn in 3 runs of 300; with these and the text formats drawn twice as often, 21 of 200.
    const controlName = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.constantFrom("\u001b[31m", "\u0007", "\u202e", "\t", "\u0000", "\u200b", "\u007f"), fc.nat())
      .map(([rest, control, at]) => `${rest.slice(0, at % (rest.length + 1))}${control}${rest.slice(at % (rest.length + 1))}.json`);
    const name = fc.oneof(leadName, { weight: 2, arbitrary: controlName });
    const format = fc.oneof(fc.constantFrom(...formats), fc.constantFrom("stylish", "compact", "github") as fc.Arbitrary<(typeof formats)[number]>);
    const texts = ['{"name": "", "value": "v"}', '{"name": "n", "value": "v"}', "{"];
    // A home page as fc.webUrl() draws one (http or https, a domain, a path of any URL characters),
    // not fc.webUrl() itself: building its arbitrary (its path's) took 1.6 CPU-s here.
    const homePage = fc
      .tuple(fc.constantFrom("http", "https"), fc.domain(), fc.stringMatching(/^(\/[\w~%()'!*$&+,;=:@.-]{0,8}){0,4}$/))
      .map(([scheme, host, path]) => `${scheme}://${host}${path}`);
    fc.assert(
      fc.property(
        format,
        fc.array(fc.tuple(name, fc.constantFrom(...texts)), { minLength: 0, maxLength: 4 }),
        fc.option(homePage, { nil: undefined }),
        fc.constantFrom("0.1.0", "2.10.3-beta.1"),
        (format, files, informationUri, toolVersion) => {
          const results = files.map(([filePath, text]) => lintText(text, { filePath: `/work/${filePath}`, kind: "orderCustomData" }));
          const report = formatters[format](results, { cwd: "/work", toolVersion, informationUri, color: false });
          expect(isEarlierReport(ofText(report)), `${format}: ${report.slice(0, 200)}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a payload or any other file is not one, parseable or not: what `-o *.json` would replace", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        fc.pre(text.replace(/\s+/g, "") !== "[]");
        expect(isEarlierReport(ofText(text))).toBe(false);
      }),
      { numRuns: 300 },
    );
    const payload = JSON.stringify({ externalOrderID: "A-1", orderItems: [] }, null, 2);
    const others: [string, Uint8Array][] = [
      ["a comment before the payload", Buffer.from(`/* WIP: customer 4411 */\n${payload}`)],
      ["a // comment line", Buffer.from(`// draft\n${payload}`)],
      ["a fragment", Buffer.from(`"order": ${payload}`)],
      ["UTF-16 with a byte order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(payload, "utf16le")])],
      ["a payload after more blank lines than are read", Buffer.from(`${"\n".repeat(reportHeadBytes + 10)}${payload}`)],
      ["a README", Buffer.from("# checkout\n\nRun `npm test`.\n")],
      ["notes ending in a pasted stylish summary", Buffer.from("My notes\n\nTODO: the 3 orders\nlast result:\n\u2716 1 problem (1 error, 0 warnings)\n")],
      ["a build log ending in one", Buffer.from(`${"build step\n".repeat(2000)}\n\u2716 2 problems (2 errors, 0 warnings)\n\n`)],
      ["oms-lint's own stderr", Buffer.from('oms-lint: the file "x.json" holds no payload\noms-lint: 3 problems (3 errors, 0 warnings) in 2 files; report written to r\n')],
      ["a payload after almost a head of blank lines", Buffer.from(`${"\n".repeat(reportHeadBytes - 1)}${payload}`)],
      ["another linter's compact-like lines with no rule", Buffer.from("src/a.ts:1:2: error Unexpected any\n")],
      ["another tool's JUnit", Buffer.from('<?xml version="1.0"?>\n<testsuites name="jest"></testsuites>\n')],
    ];
    for (const [name, bytes] of others) expect(isEarlierReport(ends(bytes)), name).toBe(false);
    expect(isEarlierReport(ofText(""))).toBe(true);
    // A Windows editor's byte order mark before an earlier github report changes nothing.
    expect(isEarlierReport(ofText("\uFEFFoms-lint: no problems in 3 files\n"))).toBe(true);
    expect(isEarlierReport(ofText("\n \n"))).toBe(true);
  });
});
