import { describe, expect, it } from "vitest";
import { certifiedExpress } from "../../rules/certified-express.js";
import type { Settings } from "../../src/domain/settings.js";
import { validate } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { createOrder, importOrder, type JsonObject } from "../support/payloads.js";
import { rulePageProse, thrown } from "../support/rulePage.js";
import { ruleTester } from "../support/ruleTester.js";
import { scratchFolders } from "../support/scratchFolders.js";

/** The documents' example (items Product0001 and Product0002) shipped by the given method. */
const shipped = (shippingMethod: JsonObject) => createOrder({ shippingMethod });
const certified: Settings = { certifiedPartNumbers: ["Product0002", "Fitted-9"] };
const expressOneDay = { deliveryMethod: "SHIP_TO_HOME", shipType: "EXPRESS_1_DAY" };

ruleTester(certifiedExpress, {
  valid: [
    { name: "the documents' example: standard shipping", payload: createOrder(), settings: certified },
    { name: "Express, but no certified products listed", payload: shipped(expressOneDay) },
    { name: "Express, and none of its products certified", payload: shipped(expressOneDay), settings: { certifiedPartNumbers: ["Other"] } },
    { name: "part numbers match exactly (case matters)", payload: shipped(expressOneDay), settings: { certifiedPartNumbers: ["product0002"] } },
    { name: "a standard shipType", payload: shipped({ deliveryMethod: "SHIP_TO_HOME", shipType: "STANDARD" }), settings: certified },
    { name: "\"express\" only counts as the whole shippingType", payload: shipped({ shippingType: "non-express" }), settings: certified },
    // Part numbers are strings in every example ("0123456" keeps a leading zero a number cannot):
    // how the OMS would read a number as one is not said; the schema's type finding is the one to fix.
    {
      name: "a numeric partNumber is not compared with the setting's part numbers",
      payload: createOrder({ shippingMethod: expressOneDay, orderItems: [{ product: { partNumber: 123456, name: "P", availability: "Y" }, itemSpecifics: { actualPrice: 1, quantity: 1 } }] }),
      settings: { certifiedPartNumbers: ["123456"] },
    },
    {
      name: "a setting of the wrong shape certifies nothing",
      payload: shipped(expressOneDay),
      settings: { certifiedPartNumbers: "Product0002" } as unknown as Settings,
    },
  ],
  invalid: [
    {
      name: "a certified product with an EXPRESS shipType",
      payload: shipped(expressOneDay),
      settings: certified,
      errors: [
        {
          path: "/orderItems/1/product/partNumber",
          messageId: "notExpress",
          // Which field marks an order Express the documents never say: the message says the reading is ours,
          // and so does the finding's evidence (an audit found it "advised", where only the consequence is the documents').
          evidence: "inferred",
          messageIncludes: [
            "orderItems 1 (Product0002)",
            "in an order we read as Express (shippingMethod.shipType is EXPRESS_1_DAY; the documents do not say which field marks an order Express)",
            "created but not flagged Express",
          ],
        },
      ],
    },
    {
      name: "the shipType prefix is read case-insensitively",
      payload: shipped({ shipType: "express_2_day" }),
      settings: { certifiedPartNumbers: ["Product0001", "Product0002"] },
      errors: [
        { path: "/orderItems/0/product/partNumber", messageId: "notExpress", evidence: "inferred" },
        { path: "/orderItems/1/product/partNumber", messageId: "notExpress", evidence: "inferred" },
      ],
    },
    {
      name: "shippingType express",
      payload: shipped({ shippingType: "Express", shippingClass: "Express" }),
      settings: certified,
      errors: [{ path: "/orderItems/1/product/partNumber", messageId: "notExpress", evidence: "inferred", messageIncludes: ["shippingMethod.shippingType is Express"] }],
    },
    {
      name: "shippingClass EXPRESS",
      payload: shipped({ shippingType: "standard", shippingClass: "EXPRESS" }),
      settings: certified,
      errors: [{ path: "/orderItems/1/product/partNumber", messageId: "notExpress", evidence: "inferred", messageIncludes: ["shippingClass is EXPRESS"] }],
    },
    {
      name: "applies to imports too",
      kind: "importOrder",
      payload: importOrder({ shippingMethod: { shippingType: "express" } }),
      settings: { certifiedPartNumbers: ["0123456"] },
      errors: [{ path: "/orderItems/0/product/partNumber", messageId: "notExpress", evidence: "inferred", messageIncludes: ["(0123456)"] }],
    },
  ],
});

// Found by the rule docs pages audit: the page said a setting that is not a list of strings
// "certifies nothing", where the library throws and the CLI exits 2.
describe("a certifiedPartNumbers setting that is not a list of strings is refused, in the words its page quotes", () => {
  const page = rulePageProse("certified-express");
  const folder = scratchFolders("certified-express");

  it("validate() throws a TypeError", () => {
    const refusal = thrown(() => validate("createOrder", shipped(expressOneDay), { settings: { certifiedPartNumbers: "FIT-100" as never } }));
    expect(refusal.name).toBe("TypeError");
    expect(page).toContain(refusal.message);
  });

  it("the CLI exits 2 on the config the page shows", async () => {
    const config = '{ "settings": { "certifiedPartNumbers": "FIT-100" } }';
    const cwd = folder({ "oms-lint.config.json": config, "order.json": JSON.stringify(shipped(expressOneDay)) });
    const { code, stderr } = await runCli(["order.json"], { cwd });
    expect(code).toBe(2);
    expect(page).toContain(config);
    expect(page).toContain(stderr.trim());
  });
});
