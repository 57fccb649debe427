import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { lineText, orderText, verdicts } from "../support/capVerdicts.js";

/**
 * The audit of 6382c254 (seed 004: "the tax rate must be no higher than 20% … or the order creation will fail"; whether
 * the OMS reads a literal as a double or as a decimal it does not say): tax-rate-cap's error needs a line, or the order
 * total, over 20% both as JSON.parse reads its literals and as they are written; over in one reading only is
 * tax-rate-cap-float-noise's warning, saying which reading is over and by how much. validate(JSON.parse(text)) has only
 * the doubles, and keeps their verdict.
 */
const capMessages = (text: string) => lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap")).map((m) => `${m.ruleId}: ${m.message}`);
const sorted = ({ text, value }: { text: string[]; value: string[] }) => ({ text: [...text].sort(), value: [...value].sort() });

const noise = "tax-rate-cap-float-noise warning";
const noSubtotal = "tax-rate-cap-no-subtotal warning";

describe("over in one reading only: the float-noise warning, saying which reading and by how much", () => {
  it.each([
    // 45035996273704964 is its double; 9007199254740993's is 9007199254740992, 20% exactly: 0.2 over as written.
    { name: "45035996273704964 × 1 taxed 9007199254740993", text: lineText("45035996273704964", 1, "9007199254740993"), verdicts: { text: [noise], value: [] }, says: ["itemTaxOverride 9007199254740993 on", "It is over as written by 0.2 of tax,"] },
    // 2000000000000000000001 is a whole unit over 20% of 1e22 as written; its double is 2e21, exactly 20%.
    { name: "1e22 × 1 taxed 2000000000000000000001", text: lineText("1e22", 1, "2000000000000000000001"), verdicts: { text: [noise], value: [] }, says: ["It is over as written by 1 of tax,"] },
    // Strings keep their digits in JSON.parse's value too: validate reads them as lintText does.
    {
      name: "the same sent as strings",
      text: lineText('"1e22"', 1, '"2000000000000000000001"'),
      verdicts: { text: ["tax-rate-cap-from-strings warning"], value: ["tax-rate-cap-from-strings warning"] },
      says: ['itemTaxOverride "2000000000000000000001" (as a double 2000000000000000000000) on', "It is over as written by 1 of tax,"],
    },
    // 5 × 1801439850948198.6 = 9007199254740993 exactly as written; the doubles 1801439850948198.5 on 9007199254740992 are over.
    {
      name: "1 × 9007199254740993 taxed 1801439850948198.6",
      text: lineText("1", 9007199254740993, "1801439850948198.6").replace("9007199254740992", "9007199254740993"),
      verdicts: { text: [noise], value: ["tax-rate-cap error"] },
      says: ["quantity 9007199254740993 (as a double 9007199254740992)", "itemTaxOverride 1801439850948198.6 (as a double 1801439850948198.5)", "It is over as JSON.parse reads it by 0.1 of tax,", "and within 20% as written (whether"],
    },
    // The written taxes add to 2000000000000000000000 exactly, 20% of 1e22; the doubles to 2000000000000000000000.01.
    {
      name: "order: 1e22 × 1 taxed 1999999999999999999999.99 beside 0 × 1 taxed 0.01",
      text: orderText([{ price: "1e22", quantity: 1, tax: "1999999999999999999999.99" }, { price: "0", quantity: 1, tax: "0.01" }]),
      verdicts: { text: [noise, noSubtotal], value: ["tax-rate-cap error"] },
      says: ["(reading orderItems 0's itemTaxOverride 1999999999999999999999.99 as its double 2000000000000000000000)", "It is over as JSON.parse reads it by 0.01 of tax,"],
    },
    // The doubles add to just under 20 (19.99's double is under), the written taxes to 20.000000000000000001: the free line's own finding stays.
    {
      name: "order: 100 × 1 taxed 19.990000000000000001 beside 0 × 1 taxed 0.01",
      text: orderText([{ price: "100", quantity: 1, tax: "19.990000000000000001" }, { price: "0", quantity: 1, tax: "0.01" }]),
      verdicts: { text: [noise, noSubtotal], value: [noSubtotal] },
      says: ["It is over as written by 0.000000000000000001 of tax (less than a cent),"],
    },
  ])("$name", ({ text, verdicts: expected, says }) => {
    expect(sorted(verdicts(text))).toEqual(sorted(expected));
    const said = capMessages(text).join("\n");
    for (const words of says) expect(said).toContain(words);
  });

  it("a ladder reading (0.22 × 1 taxed 0.044000000000000004, its doubles and digits both over) still says over by less than a cent", () => {
    const text = lineText("0.22", 1, "0.044000000000000004");
    expect(verdicts(text)).toEqual({ text: [noise], value: [noise] });
    expect(capMessages(text).join("\n")).toContain("It is over by less than a cent,");
  });
});
