import { describe, expect, it } from "vitest";
import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { hostileValues, prototypes, withPolluted } from "../support/prototypePollution.js";

/**
 * Found by the pollution property under OMS_LINT_FUZZ_SEED=60: the phone reader read a run's
 * groups and the gaps between them past their ends (the last group has no gap after it), where
 * the prototype answers: a function at Object.prototype["3"] threw out of every lint of the
 * examples, and a `.` or a number there could turn a verdict. Each text holds a shape one of
 * those reads decides: brackets, an IP address, an international prefix, an amount.
 */
const texts = [
  "call (852) 658-4578 now",
  "1 (852) 658-4578",
  "(030) 1234567",
  "from 192.168.10.20 and 10.0.0.1.5",
  "0049 30 12345678",
  "001 202 555 0100",
  "0039 06 1234 5678",
  "00331234567",
  "10 000 000.0000",
  "06 12 34 56 78",
  "+44 20 7946 0958",
  "852 6584578",
];
const names = ["-1", "0", "1", "2", "3", "4", "5", "6", "undefined"];

describe("the phone reader reads no group or gap past its run's", () => {
  const clean = texts.map((text) => withoutSecretLookalikes(text));
  for (const [where, prototype] of prototypes) {
    it.each(hostileValues)(`${where} holding %s at every index name: every text reads as on a clean prototype`, async (label, value) => {
      for (const name of names) {
        const read = await withPolluted([[where, prototype, name, [label, value]]], () => texts.map((text) => withoutSecretLookalikes(text)));
        expect(read, `${where}[${name}]`).toEqual(clean);
      }
    });
  }
  it.each([")", ".", "(", 9, "0"])("Object.prototype at every index name holding %j: every text reads as on a clean prototype", async (value) => {
    for (const name of names) {
      const read = await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, [String(value), value]]], () => texts.map((text) => withoutSecretLookalikes(text)));
      expect(read, `Object.prototype[${name}]`).toEqual(clean);
    }
  });
});
