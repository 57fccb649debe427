import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { schemaVerdict } from "../../src/lint/schemaVerdict.js";

/**
 * A validator that runs out of stack is one finding, never a throw out of validate() (found
 * by the hostile-input audit: the pattern a search's orderID had, on 2 million IDs, threw a
 * RangeError through every surface). The validator here is compiled, as codegen compiles
 * ours, from that pattern, so its overflow is V8's own.
 */
const overflowing = new Ajv({ allErrors: true }).compile({ type: "string", pattern: "^0*[1-9][0-9]*(,0*[1-9][0-9]*)*$" });
const longList = `${"1,".repeat(2_000_000)}1`;
/** Every problem an error: this validator has no list whose check asks. */
const everyError = () => "error" as const;

describe("schemaVerdict", () => {
  it("answers a validator's verdict", () => {
    expect(schemaVerdict(overflowing, "1,2", everyError)).toBe(true);
    expect(schemaVerdict(overflowing, "1,,2", everyError)).toBe(false);
  });

  it("turns a validator's stack overflow into one schema finding at the payload", () => {
    expect(schemaVerdict(overflowing, longList, everyError)).toEqual({
      ruleId: "schema",
      messageId: "internalError",
      severity: "error",
      evidence: "stated",
      message: "internal error in the schema check (please report it): Maximum call stack size exceeded; the payload was not checked against its schema, so it is not passed",
      path: "",
    });
  });

  it("leaves any other throw (a caller's getter) to the caller", () => {
    const value = {
      get orderID(): string {
        throw new TypeError("revoked");
      },
    };
    const reading = new Ajv().compile({ type: "object", properties: { orderID: { type: "string" } } });
    expect(() => schemaVerdict(reading, value, everyError)).toThrow(TypeError);
  });
});
