import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { editorJsonService } from "../support/editorJsonService.js";
import { createOrder, type JsonObject } from "../support/payloads.js";

/** The editor's problems on a text, each with the trimmed line it starts on. */
function validatorFor(schemaName: string) {
  const editor = editorJsonService(schemaName);
  return {
    ...editor,
    async validate(text: string): Promise<{ line: string; message: string }[]> {
      const diagnostics = await editor.diagnostics(text);
      return diagnostics.map((d) => ({ line: text.split("\n")[d.range.start.line]!.trim(), message: typeof d.message === "string" ? d.message : d.message.value }));
    },
  };
}

/** The editor's own words for a failed keyword: what the issue wants gone from payloads. */
const rawMessages = [
  /^Value is (below|above) the (exclusive )?(minimum|maximum)/,
  /^String is (shorter|longer) than/,
  /^String does not match the pattern/,
  /^String is not (a|an) /,
  /^Incorrect type/,
  /^Matches a schema that is not allowed/,
  /^Array has too (few|many) items/,
  /^Value is not accepted/,
  /^Value is not divisible/,
  /^Property .* is not allowed/,
  /object Object/,
];

describe("editor schemas, as VS Code's JSON language service shows them", () => {
  it("words every broken constraint of a Create Order in oms-lint's messages, never the editor's defaults", async () => {
    const order = createOrder({
      externalOrderID: "",
      manufacturerID: 0,
      catalogID: -1,
      locale: "xx-XX",
      currency: "ABC",
      cartID: "c".repeat(513),
      customerIP: "not-an-ip",
      expectedDeliveryDate: "tomorrow",
      shippingTax: -2,
      sendEmail: "yes",
    }) as JsonObject & { orderItems: JsonObject[] };
    (order.orderItems[0]!.itemSpecifics as JsonObject).quantity = 0;
    const text = JSON.stringify(order, null, 2);
    const found = await validatorFor("createOrder.json").validate(text);
    for (const { line, message } of found) for (const raw of rawMessages) expect(message, line).not.toMatch(raw);
    const lines = new Set(found.map((f) => f.line.split(":")[0]));
    for (const field of ["externalOrderID", "manufacturerID", "catalogID", "locale", "currency", "cartID", "customerIP", "expectedDeliveryDate", "shippingTax", "sendEmail", "quantity"]) {
      expect(lines, field).toContain(`"${field}"`);
    }
    expect(found).toContainEqual({ line: '"manufacturerID": 0,', message: expect.stringMatching(/^manufacturerID must be 1 or more/) });
    expect(found).toContainEqual({ line: '"externalOrderID": "",', message: expect.stringMatching(/^externalOrderID must not be empty/) });
  });

  it("words a locale in other letter case as the case reading, and one matching no listed code as the list", async () => {
    const editor = validatorFor("createOrder.json");
    const shown = async (locale: string) => (await editor.validate(JSON.stringify(createOrder({ locale }), null, 2))).filter((f) => f.line.startsWith('"locale"')).map((f) => f.message);
    expect(await shown("en-us")).toEqual([expect.stringMatching(/^locale is a documented IETF code in other letter case .*send the listed spelling$/)]);
    expect(await shown("xx-XX")).toEqual([expect.stringMatching(/^locale must be one of the documented IETF codes/)]);
  });

  it("words a fraction where an integer belongs as the field's type message, and takes an integer written with a fraction of zeros", async () => {
    const editor = validatorFor("createOrder.json");
    const shown = async (written: string) => (await editor.validate(JSON.stringify(createOrder(), null, 2).replace('"manufacturerID": 1234', `"manufacturerID": ${written}`))).filter((f) => f.line.startsWith('"manufacturerID"')).map((f) => f.message);
    expect(await shown("1234.5")).toEqual([expect.stringMatching(/^manufacturerID must be an integer/)]);
    expect(await shown("125e-2")).toEqual([expect.stringMatching(/^manufacturerID must be an integer/)]);
    expect(await shown("1234.0")).toEqual([]);
    expect(await shown("0.0")).toEqual([expect.stringMatching(/^manufacturerID must be 1 or more/)]);
  });

  it("accepts the documents' example as it is", async () => {
    expect(await validatorFor("createOrder.json").validate(JSON.stringify(createOrder(), null, 2))).toEqual([]);
  });

  it("words a bad search and custom data body in oms-lint's messages", async () => {
    const search = await validatorFor("orderItemSearch.json").validate(JSON.stringify({ orderID: "0,abc", perPage: "500", page: "0" }, null, 2));
    expect(search.length).toBeGreaterThan(0);
    const custom = await validatorFor("orderCustomData.json").validate(JSON.stringify({ name: "", value: "v".repeat(1001) }, null, 2));
    expect(custom.length).toBe(2);
    for (const { line, message } of [...search, ...custom]) for (const raw of rawMessages) expect(message, line).not.toMatch(raw);
  });

  it("completes rule ids in oms-lint.config.json and flags a misspelt one", async () => {
    const config = validatorFor("oms-lint.config.schema.json");
    const text = JSON.stringify({ rules: { "tax-rate-cap": "off", "tax-rate-capp": "warn" } }, null, 2);
    expect(await config.validate(text)).toEqual([{ line: '"tax-rate-capp": "warn"', message: expect.stringMatching(/^not a rule id; the rules are .*tax-rate-cap/) }]);

    const open = '{\n  "rules": {\n    \n  }\n}';
    const document = config.document(open);
    const completion = await config.service.doComplete(document, { line: 2, character: 4 }, config.service.parseJSONDocument(document));
    const labels = completion?.items.map((item) => item.label.replace(/^"|"$/g, "")) ?? [];
    for (const { meta } of rules) expect(labels, meta.id).toContain(meta.id);
    expect(labels).toContain("request/unknown-endpoint");
  });
});
