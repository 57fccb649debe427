import { openAsBlob, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { FormData as FetchFormData, fileFromSync } from "node-fetch";
import { describe, expect, it } from "vitest";
import { OmsValidationError, withPreSubmitCheck } from "../../src/index.js";
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

async function failureOf(call: Promise<unknown>): Promise<OmsValidationError> {
  const failure = await call.catch((error: unknown) => error);
  expect(failure instanceof OmsValidationError ? "refused" : `not refused: ${String(failure)}`).toBe("refused");
  return failure as OmsValidationError;
}

describe("a FormData in init.body past maxBodySize", () => {
  it("the audit's call: one holding a 100 MB file is refused with a 1MB limit, its file never read, nothing sent", async () => {
    const size = 100 * 1024 ** 2;
    const form = new FormData();
    form.append("file", await openAsBlob(sparseFile(size)));
    let sent = 0;
    const checked = withPreSubmitCheck((async () => (sent++, new Response("sent"))) as typeof fetch, { baseUrl: "http://oms.test", maxBodySize: "1MB" });
    const before = bytesReadSoFar();
    const error = await failureOf(checked(customDataUrl, { method: "POST", body: form }));
    // Far less than the file: /proc/self/io counts this process's other reads too (the test runner's).
    expect(bytesReadSoFar() - before).toBeLessThan(size / 10);
    expect(error.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ["parse", "error", expect.stringMatching(/^the body is more than the 1\.0 MiB oms-lint reads \(its entries alone hold 100\.0 MiB, so it was not read\): no payload is this large/)],
    ]);
    expect(sent).toBe(0);
  });

  it("node-fetch's FormData holding fetch-blob's File of 100 MB: refused with a 1MB limit, the file never read", async () => {
    const size = 100 * 1024 ** 2;
    const form = new FetchFormData();
    form.append("file", fileFromSync(sparseFile(size)));
    const before = bytesReadSoFar();
    const error = await failureOf(withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: "1MB" })(customDataUrl, { method: "POST", body: form as never }));
    expect(bytesReadSoFar() - before).toBeLessThan(size / 10);
    expect(error.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([["parse", expect.stringContaining("its entries alone hold 100.0 MiB, so it was not read")]]);
  });

  it("the limit is the body as fetch writes it: a form of n bytes is read and checked iff n <= maxBodySize, refused past it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 200 })), { maxLength: 4 }), fc.integer({ min: -3, max: 3 }), async (entries, over) => {
        const form = new FormData();
        for (const [name, value] of entries) form.append(name, value);
        // The boundary fetch writes is of one length: every writing of the form is this many bytes.
        const size = (await new Response(form).arrayBuffer()).byteLength;
        const limit = Math.max(1, size - over);
        const error = await failureOf(withPreSubmitCheck(unsent, { baseUrl: "http://oms.test", maxBodySize: limit })(customDataUrl, { method: "POST", body: form }));
        const pastLimit = error.diagnostics.some((d) => d.ruleId === "parse" && d.message.includes("no payload is this large"));
        expect(pastLimit).toBe(size > limit);
      }),
      { numRuns: 60 },
    );
  });
});
