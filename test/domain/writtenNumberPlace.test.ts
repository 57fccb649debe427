import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writtenNumberPlace } from "../../src/domain/writtenNumberPlace.js";
import { literalNearMinusOneAndZero as literal, placeByDecimal } from "../support/numberLiterals.js";

describe("writtenNumberPlace: a number's place against 0 and -1 as written, not as its double", () => {
  it("agrees with the exact decimal of any literal around -1 and 0", () => {
    fc.assert(
      fc.property(literal, (text) => {
        expect(writtenNumberPlace(text), text).toBe(placeByDecimal(text));
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });

  it("reads the literals a double misreads (max-amount's audit)", () => {
    expect(writtenNumberPlace("1e-400")).toBe("positive");
    expect(writtenNumberPlace("-1e-400")).toBe("negative");
    expect(writtenNumberPlace("-1.0000000000000000001")).toBe("negative");
    expect(writtenNumberPlace("-0.99999999999999999999")).toBe("negative");
    expect(writtenNumberPlace("-1.000000000000000000000")).toBe("minusOne");
    expect(writtenNumberPlace("-10e-1")).toBe("minusOne");
    expect(writtenNumberPlace("-0.01E2")).toBe("minusOne");
    expect(writtenNumberPlace("-0.0")).toBe("zero");
  });

  it("spells out no exponent, however long", () => {
    expect(writtenNumberPlace("-1e-99999999999999999999")).toBe("negative");
    expect(writtenNumberPlace("-1e+0000000000000000000000")).toBe("minusOne");
  });

  it("is undefined for text outside JSON's number grammar", () => {
    for (const text of ["", " 1", "+1", ".5", "1.", "0x10", "-", "Infinity", "1e", "5 USD", "01", "-00"]) expect(writtenNumberPlace(text), text).toBeUndefined();
  });
});
