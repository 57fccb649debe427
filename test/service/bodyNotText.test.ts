import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate, withPreSubmitCheck } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { recordingServer } from "../support/recordingServer.js";

/**
 * A body handed over as something other than what is sent (an object to fetch, bytes to
 * validate()) is said to be so, plainly, once: not as the findings of its accidental shape.
 */

const server = recordingServer();
const json = { "content-type": "application/json" };

describe("an object as fetch's body", () => {
  it("is refused with a TypeError that says fetch sends \"[object Object]\" and to JSON.stringify it; nothing is sent", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    const failure = await checked(`${server.origin}/api/v2/createOrder/`, { method: "POST", headers: json, body: createOrder() as never }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('withPreSubmitCheck: init.body is an object, not the body\'s text: fetch would send "[object Object]", not its JSON; pass body: JSON.stringify(value)');
    expect(server.arrivals).toHaveLength(0);
  });

  it("an object with no prototype, too", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: server.origin });
    const failure = await checked(`${server.origin}/api/v2/createOrder/`, { method: "POST", headers: json, body: Object.create(null) as never }).catch((e: unknown) => e);
    expect((failure as TypeError).message).toMatch(/^withPreSubmitCheck: init\.body is an object, not the body's text: .*pass body: JSON\.stringify\(value\)$/);
  });
});

// The service audit: its toString() cut to 40 characters and quoted wrote out a card number's
// first 6 digits, an email and a card security code whole. What it was given is named by its type.
describe("an object whose toString() is the body's JSON", () => {
  const refusal = async (body: object): Promise<TypeError> => {
    try {
      await withPreSubmitCheck(fetch, { baseUrl: server.origin })(`${server.origin}/api/v2/createOrder/`, { method: "POST", headers: json, body: body as never });
    } catch (error) {
      return error as TypeError;
    }
    throw new Error("sent");
  };
  class Jsonable {
    constructor(private readonly value: object) {}
    toString(): string {
      return JSON.stringify(this.value);
    }
  }

  it.each([
    ["a card number", { paymentType: "CC", cardNumber: "4111111111111111" }, "411111"],
    ["an email", { email: "jane.doe.longname@example.com" }, "jane.doe"],
    ["a card security code", { cardSecurityCode: "737" }, "737"],
  ])("holding %s: not written out, unsent", async (_, value, secret) => {
    const failure = await refusal(new Jsonable(value));
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.message).toBe(
      "withPreSubmitCheck: init.body is an object, not the body's text: fetch would send the text its toString() gives (not written out: it may hold the body's values), not its JSON; pass body: JSON.stringify(value)",
    );
    expect(failure.message).not.toContain(secret);
    expect(server.arrivals).toHaveLength(0);
  });

  it("any value in it is not written out (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-z@.]{6,30}$/), async (value) => {
        const failure = await refusal(new Jsonable({ cardNumber: value, note: value }));
        expect(failure.message).not.toContain(value);
      }),
      { numRuns: 30 },
    );
  });

  it("a type tag is still quoted: \"[object Order]\"", async () => {
    const failure = await refusal({ [Symbol.toStringTag]: "Order" });
    expect(failure.message).toContain('fetch would send "[object Order]", not its JSON');
  });
});

describe("bytes given to validate()", () => {
  const body = JSON.stringify(createOrder());
  const bytes: [string, unknown, string][] = [
    ["a Buffer", Buffer.from(body), "a Buffer"],
    ["a Uint8Array", new TextEncoder().encode(body), "a Uint8Array"],
    ["an ArrayBuffer", new TextEncoder().encode(body).buffer, "an ArrayBuffer"],
    // Found by review: any other view of the bytes drew the twelve missing fields.
    ["a DataView", new DataView(new TextEncoder().encode(body).buffer), "a DataView"],
    ["a Uint16Array", new Uint16Array(4), "a Uint16Array"],
    // A view whose class name starts with a vowel is "an" one ("a Int8Array" read as a typo in a log).
    ["an Int8Array", new Int8Array(4), "an Int8Array"],
    ["an Int32Array", new Int32Array(4), "an Int32Array"],
  ];
  for (const [what, value, named] of bytes) {
    it(`${what}: one finding that says to decode and parse them, not the fields of its own shape`, () => {
      const { valid, diagnostics } = validate("createOrder", value);
      expect(valid).toBe(false);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: "schema", severity: "error", path: "" });
      expect(diagnostics[0]!.message).toContain(`the payload is bytes (${named}), not the JSON value they hold: decode and parse them first`);
    });
  }
});
