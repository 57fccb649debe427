import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../../src/builtIn/linter.js";
import { postBody } from "./customDataRequests.js";

/**
 * A custom data POST whose name the client fills in may have created any name: no later PUT's
 * name, to a literal record ID or to that POST's own, is one this file can say it did not
 * create. Found by review: a POST whose name was no string oms-lint read was skipped, and a PUT
 * was warned of (request/custom-data-name-unmatched) or, after an earlier POST of the same
 * request name, held to that one's name (request/custom-data-name-changed, an error).
 */
const nameRules = new Set(["request/custom-data-name-unmatched", "request/custom-data-name-changed"]);

/** Bodies whose name the client fills in, each a way a file writes one. */
const filledNames = [
  '{"name": "{{noteName}}", "value": "v"}',
  '{"name": {{noteName}}, "value": "v"}',
  '{"{{field}}": "Gift message", "value": "v"}',
  '{"name": "Gift note", "{{field}}": "Gift message"}',
  "{{noteBody}}",
  "{ {{noteMembers}} }",
  "< ./note.json",
];

const putTo = (record: string, name: string) =>
  `PUT https://integration.shopatron.com/api/v2/order/555555/customData/${record}\nContent-Type: application/json\n\n${JSON.stringify({ name, value: "w" })}\n`;

describe("a custom data POST whose name the client fills in", () => {
  it("leaves every later PUT's name uncompared, on a literal record ID or its own", () => {
    fc.assert(
      fc.property(fc.constantFrom(...filledNames), fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom("111111", "{{create.response.body.orderCustomDataID}}"), (body, name, record) => {
        const text = `${postBody('{"name": "Gift wrap", "value": "v"}', "create")}\n###\n${postBody(body, "create")}\n###\n${putTo(record, name)}`;
        expect(lintHttpFile(text, "notes.http").messages.filter((m) => nameRules.has(m.ruleId)), text).toEqual([]);
      }),
    );
  });
});
