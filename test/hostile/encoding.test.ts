import { afterAll, describe, expect, it } from "vitest";
import { positionOf } from "../support/cli.js";
import { byFile, expectFatal, formats, hostileRun, libraryResult, scratch } from "./support.js";

/**
 * SPEC §6, text that is not UTF-8 JSON: empty and blank files, a byte order mark, UTF-16,
 * binary files and invalid UTF-8. A file that is not UTF-8 is reported at its first bad
 * byte ("not UTF-8 text"), never read through replacement characters.
 */

const utf8 = (text: string) => Buffer.from(text, "utf8");
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? utf8(p) : Buffer.from(p))));
const customData = '{\n  "name": "gift note",\n  "value": "Happy birthday"\n}\n';

/** 4 KB of a PNG file's start: the signature, then bytes that are not text. */
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))]);

interface Case {
  readonly data: Uint8Array;
  readonly message: RegExp;
  readonly line: number;
  readonly column: number;
}

const notUtf8 = /^the file is not UTF-8 text \(byte 0x[0-9A-F]{2} here\): JSON must be UTF-8/;

const cases: Readonly<Record<string, Case>> = {
  "empty.json": { data: Buffer.alloc(0), message: /^the file is empty/, line: 1, column: 1 },
  "blank.json": { data: utf8("  \n\t\r\n   \n"), message: /^the file is empty/, line: 1, column: 1 },
  "bom-only.json": { data: bytes([0xef, 0xbb, 0xbf]), message: /^the file is empty/, line: 1, column: 1 },
  "utf16le.json": { data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(customData, "utf16le")]), message: /^the file is UTF-16 text/, line: 1, column: 1 },
  "utf16be.json": { data: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(customData, "utf16le").swap16()]), message: /^the file is UTF-16 text/, line: 1, column: 1 },
  "png.json": { data: png, message: /^the file is not UTF-8 text \(byte 0x89 here\)/, line: 1, column: 1 },
  "latin1.json": { data: bytes('{\n  "name": "caf', [0xe9], '",\n  "value": "x"\n}'), message: notUtf8, line: 2, column: 15 },
  "bom-latin1.json": { data: bytes([0xef, 0xbb, 0xbf], '{"name": "caf', [0xe9], '"}'), message: notUtf8, line: 1, column: 14 },
  "lone-continuation.json": { data: bytes('{"name": "a', [0x80], '"}'), message: /byte 0x80 here/, line: 1, column: 12 },
  "overlong.json": { data: bytes('{"name": "', [0xc0, 0xaf], '"}'), message: /byte 0xC0 here/, line: 1, column: 11 },
  "surrogate.json": { data: bytes('{"name": "', [0xed, 0xa0, 0x80], '"}'), message: /byte 0xED here/, line: 1, column: 11 },
  "beyond-unicode.json": { data: bytes('{"name": "', [0xf5, 0x80, 0x80, 0x80], '"}'), message: /byte 0xF5 here/, line: 1, column: 11 },
  "cut-sequence.json": { data: bytes('{"name": "euro ', [0xe2, 0x82]), message: /byte 0xE2 here/, line: 1, column: 16 },
  "nul-bytes.json": { data: Buffer.alloc(1024), message: /^unexpected character U\+0000: it begins no JSON value \(is this a binary file\?\)/, line: 1, column: 1 },
  "utf16-without-bom.json": { data: Buffer.from(customData, "utf16le"), message: /^unexpected character U\+0000.*binary file/, line: 1, column: 2 },
  "raw-nul-in-string.json": { data: utf8('{"name": "a\u0000b", "value": "c"}'), message: /^control character U\+0000 inside a string/, line: 1, column: 12 },
  // A request file is no JSON: what it must be is oms-lint's own reading of it (audit of hostile input: "JSON must be UTF-8" was said of one).
  "utf16le.http": { data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1\n", "utf16le")]), message: /^the file is UTF-16 text \(it starts with a UTF-16 byte order mark\): oms-lint reads a request file \(\.http, \.rest\) as UTF-8; save it as UTF-8$/, line: 1, column: 1 },
  "latin1.rest": { data: bytes("GET https://integration.shopatron.com/api/v2/orderItem/?orderID=1\n# caf", [0xe9], "\n"), message: /^the file is not UTF-8 text \(byte 0xE9 here\): oms-lint reads a request file \(\.http, \.rest\) as UTF-8; save it as UTF-8, or is this a binary file\?$/, line: 2, column: 6 },
};

describe("empty, BOM, UTF-16, binary and invalid UTF-8 (SPEC §6)", async () => {
  const folder = scratch("encoding");
  afterAll(folder.remove);
  for (const [name, { data }] of Object.entries(cases)) folder.write(name, data);
  folder.write("bom.json", bytes([0xef, 0xbb, 0xbf], customData));
  folder.write("bom-with-error.json", bytes([0xef, 0xbb, 0xbf], '{\n  "name": "",\n  "value": "b"\n}\n'));

  const json = await hostileRun(["--format", "json", "."], { cwd: folder.dir });
  const results = byFile(json.results, folder.dir);

  it("the CLI exits 1 and reports every file", () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe("");
    expect(results.size).toBe(Object.keys(cases).length + 2);
  });

  it.each(Object.entries(cases))("%s: one fatal message at the first bad byte", (name, expected) => {
    expectFatal(results.get(name), expected);
  });

  it("a byte order mark is accepted, and positions count from after it", () => {
    expect(results.get("bom.json")).toMatchObject({ kind: "orderCustomData", errorCount: 0, messages: [] });
    const [message] = results.get("bom-with-error.json")!.messages;
    expect(message).toMatchObject({ ruleId: "schema", path: "/name", ...positionOf('{\n  "name": "",', '""') });
  });

  it("lintText never throws on the same bytes read as text (any decoding)", () => {
    for (const { data } of Object.values(cases)) {
      for (const encoding of ["utf8", "latin1", "utf16le"] as const) libraryResult(Buffer.from(data).toString(encoding));
    }
    expectFatal(libraryResult(""), { message: /^the file is empty/, line: 1, column: 1 });
    expectFatal(libraryResult("\uFEFF"), { message: /^the file is empty/, line: 1, column: 1 });
    expect(libraryResult(`\uFEFF${customData}`).messages).toEqual([]);
  });

  it.each(formats.filter((f) => f !== "json"))("--format %s: exit 1, no stack trace", async (format) => {
    const run = await hostileRun(["--format", format, "."], { cwd: folder.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("piped binary is the same: --stdin", async () => {
    const run = await hostileRun(["--stdin", "--format", "json"], { input: png });
    expect(run.code).toBe(1);
    expectFatal(run.results?.[0], { message: /not UTF-8 text \(byte 0x89 here\)/, line: 1, column: 1 });
    expect((await hostileRun(["--stdin", "--format", "json"], { input: "" })).results?.[0]?.messages[0]?.message).toMatch(/^the file is empty/);
  });
});
