import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of the tax-rate-cap family: 45035996273704964 × 1 taxed 9007199254740993 beside a free line taxed 0.001
 * said the order total "is over by less than a cent" (its doubles' excess) while as written it is over by 0.201 of tax,
 * and the free line's tax-rate-cap-no-subtotal warning was dropped as "the same cause" though the total's finding is
 * only the float-noise warning. The message now states the excess of the reading over by more, and the warning stays.
 */
type Line = readonly [string, string, string];
const capFound = (lines: readonly Line[]) => lintText(rawLinesText(lines), { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

describe("an order total over in both readings says the larger excess; a free line's tax keeps its own warning", () => {
  const lines: Line[] = [["45035996273704964", "1", "9007199254740993"], ["0", "1", "0.001"]];

  it("the total's float-noise warning says it is over by 0.201 of tax as written, not only by less than a cent", () => {
    const total = capFound(lines).filter((m) => m.message.startsWith("the order's item tax"));
    expect(total.map((m) => m.ruleId)).toEqual(["tax-rate-cap-float-noise"]);
    expect(total[0]!.message).toContain("as written by 0.201 of tax");
  });

  it("the free line's no-subtotal warning stays beside it", () => {
    const free = capFound(lines).filter((m) => m.message.startsWith("orderItems 1:"));
    expect(free.map((m) => m.ruleId)).toEqual(["tax-rate-cap-no-subtotal"]);
  });
});
