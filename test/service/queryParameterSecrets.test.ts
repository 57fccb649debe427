import { describe, expect, it } from "vitest";
import { checkRequest, validate, withPreSubmitCheck } from "../../src/index.js";
import { recordingServer } from "../support/recordingServer.js";
import { refusalOf } from "../support/refusal.js";

const server = recordingServer();

/** Search parameters named by an e-mail address and a Luhn-valid card number: a caller's form fields pasted into the query. */
const secretNames = ["joe@example.com", "4111111111111111"];
const query = `orderID=5&${secretNames.map((name, i) => `${name}=${i + 1}`).join("&")}`;

/** Every field a finding shows a reader, as one text. */
const shown = (d: { readonly message: string; readonly path: string; readonly parameter?: string }) => [d.message, d.path, d.parameter ?? ""].join("\n");

describe("a search query parameter whose name is a secret", () => {
  it("validate() names it [redacted]: the baseline the service API keeps (README)", () => {
    const { diagnostics } = validate("orderItemSearch", query);
    expect(diagnostics.map((d) => [d.ruleId, d.parameter])).toEqual([
      ["unknown-property", "[redacted]"],
      ["unknown-property", "[redacted]"],
    ]);
  });

  it("checkRequest() names it [redacted] in every field of its findings, as validate() does", () => {
    const verdict = checkRequest({ url: `https://integration.shopatron.com/api/v2/orderItem/?${query}` });
    expect(verdict.diagnostics.map((d) => [d.ruleId, d.parameter])).toEqual([
      ["unknown-property", "[redacted]"],
      ["unknown-property", "[redacted]"],
    ]);
    const text = [...verdict.diagnostics, ...verdict.failures].map(shown).join("\n");
    for (const secret of secretNames) expect(text).not.toContain(secret);
  });

  it("withPreSubmitCheck's refusal under failOn warning quotes neither in its diagnostics, its message or JSON.stringify", async () => {
    const checked = withPreSubmitCheck(fetch, { baseUrl: `${server.origin}/oms`, failOn: "warning" });
    const error = await refusalOf(checked(`${server.origin}/oms/api/v2/orderItem/?${query}`));
    expect(error.diagnostics.map((d) => d.parameter)).toEqual(["[redacted]", "[redacted]"]);
    const logged = [String(error), JSON.stringify(error), JSON.stringify(error.issues)].join("\n");
    for (const secret of secretNames) expect(logged).not.toContain(secret);
    expect(server.arrivals).toHaveLength(0);
  });
});
