import { openAsBlob, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { FormData as FetchFormData, fileFromSync } from "node-fetch";
import { describe, expect, it } from "vitest";
import { withPreSubmitCheck } from "../../src/index.js";
import { binaryString } from "../support/binaryString.js";
import { refusalOf } from "../support/refusal.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A FormData past maxBodySize is refused before it is read. Written out whole by Response's
 * arrayBuffer() and measured after, one holding a 200 MB file peaked at 670 MB (966 MB for
 * 300 MB), though a bare Blob of that file is refused unread (found by the audit of 84a7536).
 */

const folder = scratchFolders("form-data-body-size");
const customDataUrl = "http://oms.test/api/v2/order/5/customData";
const unsent = (async () => new Response("sent")) as typeof fetch;

/** The bytes this process has read through system calls so far (Linux's /proc/self/io rchar): a counted read of a file. */
function bytesReadSoFar(): number {
  return Number(/^rchar: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"))?.[1]);
}

/** A sparse file of `size` bytes (all zeros, no disk taken): its path. */
function sparseFile(size: number): string {
  const path = join(folder({ "big.bin": "" }), "big.bin");
  truncateSync(path, size);
  return path;
}


describe("a FormData in init.body past maxBodySize", () => {
  it("the audit's call: one holding a 100 MB file is refused with a 1MB limit, its file never read, nothing sent", async () => {
    const size = 100 * 1024 ** 2;
    const form = new FormData();
    form.append("file", await openAsBlob(sparseFile(size)));
    let sent = 0;
    const checked = withPreSubmitCheck((async () => (sent++, new Response("sent"))) as typeof fetch, { baseUrl: "http://oms.test", maxBodySize: "1MB" });
    const before = bytesReadSoFar();
    const error = await refusalOf(checked(customDataUrl, { method: "POST", body: form }));
    // Far less than the file: /proc/self/io counts this process's other reads too (the test runner's).
    expect(bytesReadSoFar() - before).toBeLessThan(size / 10);
    expect(error.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ["parse", "error", expect.stringMatching(/^the body is more than the 1\.0 MiB oms-lint reads \(its entries alone hold 100\.0 MiB, so it was not read\): that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked/)],
    ]);
    expect(sent).toBe(0);
  });

  it("node-fetch's FormData holding fetch-blob's File of 100 MB: refused with a 1MB limit, the file never read", async () => {
    const size = 100 * 1024 ** 2;
    const form = new FetchFormData();
    form.append("file", fileFromSync(sparseFile(size)));
    const before = bytesReadSoFar();
    const error = await refusalOf(withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: "1MB" })(customDataUrl, { method: "POST", body: form as never }));
    expect(bytesReadSoFar() - before).toBeLessThan(size / 10);
    expect(error.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["parse", expect.stringContaining("its entries alone hold 100.0 MiB, so it was not read")]]);
  });

  // Values of any code point (test/support/binaryString.ts: fast-check's "binary" unit, draw for
  // draw, without the reverse map of 1,112,064 code points its own builds as it is created, which
  // was 1.6 of this test's 1.9 CPU-s).
  it("the limit is the body as fetch writes it: a form of n bytes is read and checked iff n <= maxBodySize, refused past it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string({ maxLength: 8 }), binaryString({ maxLength: 200 })), { maxLength: 4 }), fc.integer({ min: -3, max: 3 }), async (entries, over) => {
        const form = new FormData();
        for (const [name, value] of entries) form.append(name, value);
        // The boundary fetch writes is of one length: every writing of the form is this many bytes.
        const size = (await new Response(form).arrayBuffer()).byteLength;
        const limit = Math.max(1, size - over);
        const error = await refusalOf(withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: limit })(customDataUrl, { method: "POST", body: form }));
        const pastLimit = error.diagnostics.some((d) => d.ruleId === "parse" && d.message.includes("the limit set by withPreSubmitCheck's maxBodySize option"));
        expect(pastLimit).toBe(size > limit);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * A Blob of another library is read no further than the limit, and as it says it is: one whose
 * size (10) understates what its arrayBuffer() gives was read whole before it was refused (400 MB:
 * RSS 56 MB → 1.26 GB), in node-fetch's FormData fetch-blob rejected with a raw "RangeError: offset
 * is out of bounds", and entries() that never end hung the summing of the form's entries (found by
 * the audit of the last service fixes). Bytes are counted as the test's own objects give them.
 */
describe("a form or a Blob of another library that does not hold what it says", () => {
  const chunk = 64 * 1024;
  const limit = 1024 ** 2;
  const checked = () => withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: limit });

  /** A Blob of another library whose size says 10 bytes (or `says`) and holds `holds`: the bytes it gave, by its stream or its arrayBuffer(). */
  function misstatedBlob(holds: number, says = 10) {
    const given = { bytes: 0 };
    const blob = {
      [Symbol.toStringTag]: "Blob",
      size: says,
      type: "",
      async arrayBuffer() {
        given.bytes += holds;
        return new ArrayBuffer(holds);
      },
      stream() {
        let left = holds;
        return new ReadableStream<Uint8Array>({
          pull(controller) {
            if (left === 0) return controller.close();
            const size = Math.min(chunk, left);
            left -= size;
            given.bytes += size;
            controller.enqueue(new Uint8Array(size));
          },
        });
      },
    };
    return { blob, given };
  }

  /** A FormData of no library: the tag and methods another library's has, its entries those given. */
  function formOf(entries: () => Iterator<[string, unknown]>) {
    const iterated = () => {
      const iterator = entries();
      return { [Symbol.iterator]() { return this; }, next: () => iterator.next() };
    };
    return { [Symbol.toStringTag]: "FormData", append() {}, get() {}, entries: iterated };
  }

  const misstated = /^a file in the body says it holds (10|1000) bytes \(its size\) but holds .*: a body that is not what it says is not checked, and the request was not sent/;

  it.each([
    ["a FormData of another library", (blob: unknown) => formOf(() => [["file", blob] as [string, unknown]][Symbol.iterator]())],
    ["node-fetch's FormData", (blob: unknown) => {
      const form = new FetchFormData();
      form.append("file", blob as never);
      return form;
    }],
    ["init.body itself", (blob: unknown) => blob],
  ])("%s holding a Blob whose size says 10 bytes and which holds 40 MB: refused as misstated, read no further than the limit", async (_where, bodyOf) => {
    const { blob, given } = misstatedBlob(40 * 1024 ** 2);
    const error = await refusalOf(checked()(customDataUrl, { method: "POST", body: bodyOf(blob) as never }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([["parse", "error", expect.stringMatching(misstated)]]);
    expect(given.bytes).toBeLessThanOrEqual(limit + 2 * chunk);
  });

  it.each([
    ["understates", 400, 10],
    ["overstates", 10, 1000],
  ])("a Blob whose size %s what it holds, within the limit, in another library's form: refused as misstated, never sent", async (_how, holds, says) => {
    const { blob } = misstatedBlob(holds, says);
    const form = formOf(() => [["file", blob] as [string, unknown]][Symbol.iterator]());
    const error = await refusalOf(checked()(customDataUrl, { method: "POST", body: form as never }));
    expect(error.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(misstated)]);
  });

  it("a Blob with no stream to read whose arrayBuffer() rejects with fetch-blob's RangeError: refused as misstated, not that RangeError", async () => {
    const blob = {
      [Symbol.toStringTag]: "Blob",
      size: 10,
      type: "",
      arrayBuffer: () => Promise.reject(new RangeError("offset is out of bounds")),
      stream: () => ({}),
    };
    const form = formOf(() => [["file", blob] as [string, unknown]][Symbol.iterator]());
    const error = await refusalOf(checked()(customDataUrl, { method: "POST", body: form as never }));
    expect(error.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^a file in the body says it holds 10 bytes \(its size\) but holds more \(reading it threw a RangeError/)]);
  });

  // Only fetch-blob's arrayBuffer() says "more than its size" by a RangeError: a stream's own error was
  // read so too, and the caller's RangeError swallowed into a finding (found by the audit of the last service fixes).
  const erring = {
    "web stream": (error: Error) => new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(error) }),
    "Node stream": (error: Error) => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) }),
  };
  it.each([
    ["a RangeError", "web stream", new RangeError("the caller's own error")],
    ["a RangeError", "Node stream", new RangeError("the caller's own error")],
    ["an Error", "web stream", new Error("the caller's own error")],
  ] as const)("a Blob of another library whose stream errors with %s (its stream a %s), in a form or as the body: the reading rejects with that error, as fetch's does", async (_what, kind, theirs) => {
    const blob = {
      [Symbol.toStringTag]: "Blob",
      size: 10,
      type: "",
      arrayBuffer: async () => new ArrayBuffer(10),
      stream: () => erring[kind](theirs),
    };
    const form = formOf(() => [["file", blob] as [string, unknown]][Symbol.iterator]());
    for (const body of [form, blob]) {
      await expect(checked()(customDataUrl, { method: "POST", body: body as never })).rejects.toBe(theirs);
    }
  });

  // A limit of 1,024 bytes, not the MiB of the tests above: empty values add no bytes, so the
  // count stops at more entries than the limit's bytes, and at 1 MiB that was a million entries
  // pulled and summed (~0.8 CPU-s) for the same verdict. With that stop taken out of
  // formEntriesWithin (the fix of c2485e9), the count never ends at 1,024 as at 1 MiB.
  const entriesLimit = 1024;
  it.each([
    ["1,000-byte values", "x".repeat(1000)],
    ["empty values", ""],
  ])("entries() that never end, of %s: refused past the limit, the entries read no further than it", async (_what, value) => {
    const pulled = { entries: 0 };
    const endless = () => ({ next: (): IteratorResult<[string, unknown]> => (pulled.entries++, { done: false, value: ["", value] }) });
    const error = await refusalOf(withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: entriesLimit })(customDataUrl, { method: "POST", body: formOf(endless) as never }));
    expect(error.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["parse", expect.stringMatching(/^the body is more than the 1024 bytes oms-lint reads .*the request was not sent/)]]);
    expect(pulled.entries).toBeLessThanOrEqual(entriesLimit + 2);
  });

  // A hand-made form's entries() may yield a name that is no string; FormData.append names an entry
  // by its name's String(), as fetch then writes it. Byte-counted as given, Node's Buffer.byteLength
  // threw its own TypeError ("The \"string\" argument must be of type string…") at the caller.
  it.each([
    ["a number", 42, "42"],
    ["null", null, "null"],
    ["an object with a toString", { toString: () => "field" }, "field"],
  ])("a form of another library whose entry's name is %s is checked as the global FormData names it", async (_, name, asNamed) => {
    const form = formOf(() => [[name, "v"] as [string, unknown]][Symbol.iterator]());
    const global = new FormData();
    global.append(asNamed, "v");
    const verdictOf = async (body: unknown) => (await refusalOf(checked()(customDataUrl, { method: "POST", body: body as never }))).diagnostics.map((d) => [d.ruleId, d.message]);
    expect(await verdictOf(form)).toEqual(await verdictOf(global));
  });

  it("a form of another library whose Blob holds what it says is read and checked as fetch writes it", async () => {
    const text = '{"name":"a","value":"b"}';
    const bytes = new TextEncoder().encode(text);
    const blob = { [Symbol.toStringTag]: "Blob", size: bytes.byteLength, type: "", arrayBuffer: async () => bytes.buffer, stream: () => new Blob([bytes]).stream() };
    const form = formOf(() => [["file", blob] as [string, unknown]][Symbol.iterator]());
    const error = await refusalOf(checked()(customDataUrl, { method: "POST", body: form as never }));
    // Form data is no JSON: checked, and refused as such, not as misstated or past the limit.
    expect(error.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringMatching(misstated));
    expect(error.diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringMatching(/oms-lint reads/));
  });
});
