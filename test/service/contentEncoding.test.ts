import * as zlib from "node:zlib";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRequest, OmsValidationError, validate, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A body sent with a Content-Encoding is checked as what it decodes to (RFC 9110 §8.4): its
 * gzip bytes were refused as "not UTF-8 text (byte 0x8B at offset 1)", unsent (found by the
 * service audit). What is sent stays the caller's bytes.
 */

const server = recordingServer();
const { arrivals } = server;

const customDataUrl = () => `${server.origin}/api/v2/order/5/customData`;
const checkedFetch = (maxBodySize?: string) => withPreSubmitCheck(fetch, { baseUrl: server.origin, ...(maxBodySize === undefined ? {} : { maxBodySize }) });
const headersFor = (encoding: string) => ({ "content-type": "application/json", "content-encoding": encoding });

const goodRecord = JSON.stringify({ name: "giftWrap", value: "yes" });
const longName = JSON.stringify({ name: "x".repeat(101), value: "yes" });

/** The encoders of the content codings withPreSubmitCheck decodes. */
const encoders: Readonly<Record<string, (bytes: Uint8Array) => Uint8Array>> = {
  gzip: (bytes) => gzipSync(bytes),
  "x-gzip": (bytes) => gzipSync(bytes),
  deflate: (bytes) => deflateSync(bytes),
  br: (bytes) => brotliCompressSync(bytes),
  identity: (bytes) => bytes,
};

/** `text` encoded as a Content-Encoding lists it: the codings applied in the order they are listed. */
function encoded(text: string, encoding: string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array = new TextEncoder().encode(text);
  for (const coding of encoding.split(",").map((c) => c.trim())) bytes = encoders[coding]!(bytes);
  // A copy on its own ArrayBuffer: a body fetch takes (a Buffer's may be a shared pool's).
  return new Uint8Array(bytes);
}

async function post(body: Uint8Array<ArrayBuffer>, encoding: string, maxBodySize?: string): Promise<unknown> {
  return checkedFetch(maxBodySize)(customDataUrl(), { method: "POST", headers: headersFor(encoding), body }).then(
    () => "sent",
    (e: unknown) => e,
  );
}

function parseFinding(failure: unknown, message: RegExp) {
  expect(failure).toBeInstanceOf(OmsValidationError);
  expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "parse", severity: "error", path: "", message: expect.stringMatching(message) })]);
  expect(arrivals).toHaveLength(0);
}

describe("withPreSubmitCheck and a body with a Content-Encoding", () => {
  for (const encoding of ["gzip", "x-gzip", "deflate", "br", "identity", "gzip, br", "deflate,gzip", "GZIP"]) {
    it(`${encoding}: a good record is sent, its bytes as they were given`, async () => {
      const body = encoded(goodRecord, encoding.toLowerCase());
      expect(await post(body, encoding)).toBe("sent");
      expect(arrivals).toHaveLength(1);
      expect(arrivals[0]!.headers["content-encoding"]).toBe(encoding);
      expect(new Uint8Array(arrivals[0]!.body)).toEqual(body);
    });

    it(`${encoding}: a bad record is refused with the record's own finding, unsent`, async () => {
      const failure = await post(encoded(longName, encoding.toLowerCase()), encoding);
      expect(failure).toBeInstanceOf(OmsValidationError);
      expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", severity: "error", path: "/name" })]);
      expect(arrivals).toHaveLength(0);
    });
  }

  it("a Request's body is decoded as init's is", async () => {
    const request = new Request(customDataUrl(), { method: "POST", headers: headersFor("gzip"), body: encoded(longName, "gzip") });
    const failure = await checkedFetch()(request).catch((e: unknown) => e);
    expect((failure as OmsValidationError).diagnostics).toEqual([expect.objectContaining({ ruleId: "schema", path: "/name" })]);
    expect(arrivals).toHaveLength(0);
  });

  it("bytes that are not gzip under Content-Encoding gzip: one finding naming the coding and that it was not checked, unsent", async () => {
    parseFinding(await post(new TextEncoder().encode(goodRecord), "gzip"), /^the body is not gzip, as its Content-Encoding "gzip" says \(zlib: .+\), so it is not checked, and the request was not sent/);
  });

  it("gzip cut short: the same finding", async () => {
    const body = encoded(goodRecord, "gzip");
    parseFinding(await post(body.subarray(0, body.length - 4), "gzip"), /^the body is not gzip, as its Content-Encoding "gzip" says \(zlib: unexpected end of file\)/);
  });

  it("under a list, the coding that fails is named (decoded last to first)", async () => {
    parseFinding(await post(encoded(goodRecord, "gzip"), "gzip, br"), /^the body is not br, as its Content-Encoding "gzip, br" says/);
  });

  // zstd where Node.js has no zlib.zstdDecompress (before 22.15): not decoded, so not checked.
  const undecoded = ["compress", "x-compress", "snappy", ...("zstdDecompress" in zlib ? [] : ["zstd"])];
  for (const coding of undecoded) {
    it(`${coding}, a coding zlib does not decode here: one finding naming it, unsent`, async () => {
      parseFinding(
        await post(new TextEncoder().encode(goodRecord), coding),
        new RegExp(`^the body's Content-Encoding "${coding}" names "${coding}", which oms-lint does not decode \\(it decodes gzip, x-gzip, deflate(?:,| and) br(?: and zstd)?\\), so it is not checked, and the request was not sent`),
      );
    });
  }

  // The audit of the decoding: a call whose body oms-lint never checks was refused for its coding,
  // and an empty body with a coding drew two findings.
  it.each(["zstd", "compress", "gzip"])("%s to an endpoint oms-lint does not check: sent as given, nothing refused", async (coding) => {
    const body = new TextEncoder().encode(goodRecord);
    await checkedFetch()(`${server.origin}/api/v2/shipment/5`, { method: "POST", headers: headersFor(coding), body });
    expect(arrivals).toHaveLength(1);
    expect(new Uint8Array(arrivals[0]!.body)).toEqual(body);
  });

  // The audit at 039fbbfc: decoded anyway, a body oms-lint never checks that inflates past
  // maxBodySize was refused unsent ("the body decodes … to more than the … oms-lint reads").
  // Such a body is not decoded at all: sent as given; where it is checked, refused as before.
  describe("a body that decodes past maxBodySize", () => {
    /** 2 MiB of zeros in a few KiB of gzip, past a limit of 1 MiB once decoded. */
    const inflating = new Uint8Array(gzipSync(new Uint8Array(2 * 1024 * 1024)));
    const send = (path: string, method: string, body: BodyInit) =>
      withPreSubmitCheck(fetch, { baseUrl: server.origin, maxBodySize: "1MB" })(`${server.origin}${path}`, { method, headers: headersFor("gzip"), body }).then(
        () => "sent",
        (e: unknown) => e,
      );

    it.each([
      ["POST", "/api/v2/shipment/5", "an endpoint oms-lint does not know"],
      ["DELETE", "/api/v2/order/5/customData/3", "a call whose body oms-lint never checks"],
    ])("%s %s (%s): sent as given, undecoded", async (method, path) => {
      expect(inflating.byteLength).toBeLessThan(1024 * 1024);
      expect(await send(path, method, inflating)).toBe("sent");
      expect(arrivals).toHaveLength(1);
      expect(new Uint8Array(arrivals[0]!.body)).toEqual(inflating);
    });

    it("a Request to an endpoint oms-lint does not know: sent as given", async () => {
      const request = new Request(`${server.origin}/api/v2/shipment/5`, { method: "POST", headers: headersFor("gzip"), body: inflating });
      await withPreSubmitCheck(fetch, { baseUrl: server.origin, maxBodySize: "1MB" })(request);
      expect(new Uint8Array(arrivals[0]!.body)).toEqual(inflating);
    });

    it("POST to custom order data, whose body is checked: refused unsent, as past the limit", async () => {
      parseFinding(await send("/api/v2/order/5/customData", "POST", inflating), /^the body decodes \(Content-Encoding "gzip"\) to more than the 1\.0 MiB oms-lint reads/);
    });
  });

  it("an empty body with a coding: one finding, that the call needs a body", async () => {
    const failure = await post(new Uint8Array(0), "gzip");
    expect(failure).toBeInstanceOf(OmsValidationError);
    expect((failure as OmsValidationError).diagnostics.map((d) => d.ruleId)).toEqual(["request/body-required"]);
    expect(arrivals).toHaveLength(0);
  });

  it("a gzip bomb (1 GiB of zeros in 1 MiB) is refused as past maxBodySize, decoded no further than it", async () => {
    // 64 gzip members of 16 MiB of zeros each: gunzip reads them as one body of 1 GiB.
    const member = gzipSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    const bomb = new Uint8Array(Buffer.concat(Array.from({ length: 64 }, () => member)));
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const failure = await post(bomb, "gzip", "4MB");
    // Peak memory, a count of bytes: decoded whole, the body alone would have added 1 GiB.
    expect(process.resourceUsage().maxRSS * 1024 - peakBefore).toBeLessThan(128 * 1024 * 1024);
    parseFinding(
      failure,
      /^the body decodes \(Content-Encoding "gzip"\) to more than the 4\.0 MiB oms-lint reads \(decoding stopped there\): that is the limit set by withPreSubmitCheck's maxBodySize option, so it is not checked, and the request was not sent \(raise it to check the body; by default it is 64\.0 MiB\)$/,
    );
  });

  it("a property: any JSON value under any list of codings is sent as given where validate() finds nothing that fails, else refused with its findings", async () => {
    const coding = fc.constantFrom("gzip", "x-gzip", "deflate", "br", "identity");
    const record = fc.record({ name: fc.string({ maxLength: 120 }), value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.array(coding, { minLength: 1, maxLength: 3 }), record, async (codings, value) => {
        arrivals.splice(0);
        const encoding = codings.join(", ");
        const body = encoded(JSON.stringify(value), encoding);
        const failed = validate("orderCustomData", value).diagnostics.filter((d) => d.severity === "error");
        const outcome = await post(body, encoding);
        if (failed.length === 0) {
          expect(outcome).toBe("sent");
          expect(new Uint8Array(arrivals[0]!.body)).toEqual(body);
        } else {
          expect((outcome as OmsValidationError).diagnostics.map((d) => [d.ruleId, d.path])).toEqual(failed.map((d) => [d.ruleId, d.path]));
          expect(arrivals).toHaveLength(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("checkRequest and a Content-Encoding", () => {
  it("checks its body, text before any coding, as given", () => {
    const request = { method: "POST", url: "https://integration.shopatron.com/api/v2/order/5/customData", headers: headersFor("gzip") };
    expect(checkRequest({ ...request, body: goodRecord }).valid).toBe(true);
    expect(checkRequest({ ...request, body: longName }).failures).toEqual([expect.objectContaining({ ruleId: "schema", path: "/name" })]);
  });
});
