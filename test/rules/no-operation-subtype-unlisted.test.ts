import { describe, expect, it } from "vitest";
import { noOperationSubtypeUnlisted } from "../../rules/no-operation-subtype-unlisted.js";
import { readOnImport } from "../../src/domain/importReading.js";
import { importOrder, noOperationPayment, orderPayment, orderWithPayments } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

const paidNoOp = (noOperationType: string | null | undefined | number) => orderWithPayments([noOperationPayment({ noOperationType })]);
const subtypePath = "/orderPayments/0/paymentMethod/noOperationType";

ruleTester(noOperationSubtypeUnlisted, {
  valid: [
    { name: "the Historic Order Import example: HI", kind: "importOrder", payload: importOrder() },
    { name: "a documented subtype", payload: paidNoOp("KI") },
    { name: "a credit card needs no subtype", payload: orderWithPayments([orderPayment()]) },
    { name: "a listed custom subtype", payload: paidNoOp("ZZ"), settings: { customNoOperationTypes: ["ZZ"] } },
    { name: "once custom subtypes are listed, an unlisted one is no-operation-subtype's error, not this warning", payload: paidNoOp("XX"), settings: { customNoOperationTypes: ["ZZ"] } },
    { name: "a noOperationType that is not a string is the schema's error", payload: paidNoOp(42) },
  ],
  invalid: [
    {
      name: "a subtype outside the table, with no custom subtypes listed: custom subtypes exist, so a warning",
      payload: paidNoOp("XX"),
      errors: [{ path: subtypePath, messageId: "unlisted", messageIncludes: ['"XX"', "not listed here for public use", "settings.customNoOperationTypes"] }],
    },
    { name: "codes as written (case matters)", payload: paidNoOp("hi"), errors: [{ path: subtypePath, messageId: "unlisted" }] },
    {
      name: "a NO payment without noOperationType: no document requires one, a warning where it belongs",
      payload: paidNoOp(undefined),
      errors: [{ path: subtypePath, messageId: "missing", messageIncludes: ["no document says it is required"] }],
    },
    { name: "a null noOperationType", payload: paidNoOp(null), errors: [{ path: subtypePath, messageId: "missing" }] },
    {
      name: "on an import, the same warning, saying it reads Create Order's passage there",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [noOperationPayment({ noOperationType: "XX" })] }),
      errors: [{ path: subtypePath, messageId: "unlisted", messageIncludes: ['"XX"', `settings.customNoOperationTypes (then a subtype in neither list is an error)${readOnImport}`] }],
    },
    {
      name: "on an import, a missing subtype: the example it cites is the import document's own, the table Create Order's",
      kind: "importOrder",
      payload: importOrder({ orderPayments: [noOperationPayment({ noOperationType: undefined })] }),
      errors: [{ path: subtypePath, messageId: "missing", messageIncludes: ['the Historic Order Import example sends one ("HI")', "Create Order's table of subtypes lists AM"] }],
    },
    {
      name: "even with custom subtypes listed, a missing subtype stays a warning",
      payload: paidNoOp(undefined),
      settings: { customNoOperationTypes: ["ZZ"] },
      errors: [{ path: subtypePath, messageId: "missing" }],
    },
  ],
});

// Found by the rule docs pages audit: on an import, every finding of the rule ended with the
// note "(said by the Create Order document; …)", the missing subtype's too, whose message
// says no document requires one: it credited Create Order with what it says no document says.
describe("on an import, only a finding that rests on Create Order's words says it reads them there", () => {
  const onImport = (noOperationType: string | undefined) => ruleDiagnostics(noOperationSubtypeUnlisted, { kind: "importOrder", payload: importOrder({ orderPayments: [noOperationPayment({ noOperationType })] }) });
  it.each([
    { messageId: "missing", noOperationType: undefined, noted: false },
    { messageId: "unlisted", noOperationType: "XX", noted: true },
  ])("$messageId: the note on Create Order's words $noted", ({ messageId, noOperationType, noted }) => {
    const found = onImport(noOperationType);
    expect(found.map((d) => [d.messageId, d.evidence, d.message.includes(readOnImport)])).toEqual([[messageId, "inferred", noted]]);
  });
  it("the missing subtype's finding on an import says what it says on a Create Order, and no more", () => {
    const [imported] = onImport(undefined);
    const [created] = ruleDiagnostics(noOperationSubtypeUnlisted, { payload: paidNoOp(undefined) });
    expect(imported?.message).toBe(created?.message);
    expect(imported?.message).not.toContain("said by the Create Order document");
  });
});
