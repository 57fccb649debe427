import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertValid, checkRequest, isValid, standardSchema, withPreSubmitCheck } from "../../src/index.js";
import { repoRoot } from "../support/cli.js";

/**
 * The service entry points read their options as the caller's own properties say: with
 * Object.prototype polluted (a deep merge that wrote `__proto__.failOn`), isValid() failed
 * the import example on its two warnings, and checkRequest() threw about a baseUrl it was
 * never given (found by the review of what a polluted prototype reaches).
 */
const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(repoRoot, "examples", name), "utf8")) as Record<string, unknown>;
/** The import example: valid, with two warnings. */
const importOrder = example("importOrder.json");
/** A Create Order the OMS refuses: no currency. */
const { currency: _sent, ...withoutCurrency } = example("createOrder.json");

function withPolluted<T>(name: string, value: unknown, read: () => T): T {
  (Object.prototype as Record<string, unknown>)[name] = value;
  try {
    return read();
  } finally {
    delete (Object.prototype as Record<string, unknown>)[name];
  }
}

const standardIssues = (kind: "importOrder" | "createOrder", value: unknown) => {
  const result = standardSchema(kind)["~standard"].validate(value);
  return "issues" in result ? result.issues?.map((issue) => issue.message.split(" ")[0]) : [];
};

describe("a polluted Object.prototype is none of the service's options", () => {
  it.each<[string, string, unknown]>([
    ["failOn: warning", "failOn", "warning"],
    ["failOn of no severity", "failOn", "x"],
    ["rules that turn the schema off", "rules", { schema: "off" }],
    ["a depth limit of 1", "maxDepth", 1],
    ["an existing record", "existing", "x"],
  ])("%s: the import example passes and a Create Order without its currency fails, as on a clean prototype", (_case, name, value) => {
    const [passes, fails, importIssues, createIssues, asserted] = withPolluted(name, value, () => [
      isValid("importOrder", importOrder),
      isValid("createOrder", withoutCurrency),
      standardIssues("importOrder", importOrder),
      standardIssues("createOrder", withoutCurrency),
      (() => {
        try {
          assertValid("createOrder", withoutCurrency);
          return "passed";
        } catch (error) {
          return (error as Error).name;
        }
      })(),
    ]);
    expect([passes, fails]).toEqual([true, false]);
    expect(importIssues).toEqual([]);
    expect(createIssues).toEqual(["currency"]);
    expect(asserted).toBe("OmsValidationError");
  });

  /** A Create Order without its currency, and a search sent with neither a method nor a body (a GET, as fetch sends it). */
  const createOrder = { method: "POST", url: "https://integration.shopatron.com/api/v2/createOrder/", body: JSON.stringify(withoutCurrency) };
  const search = { url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" };
  it.each<[string, unknown, object]>([
    ["baseUrl", "x", createOrder],
    ["headers", "x", createOrder],
    ["body", "{}", search],
    ["method", "POST", search],
  ])("checkRequest() reads no %s its caller did not give", (name, value, request) => {
    const clean = checkRequest(request as { url: string });
    expect(withPolluted(name, value, () => checkRequest(request as { url: string }))).toEqual(clean);
  });

  it("checkRequest() on a clean prototype: the Create Order fails on its currency, the search passes", () => {
    expect(checkRequest(createOrder).failures).toEqual([expect.objectContaining({ path: "/currency" })]);
    expect(checkRequest(search)).toEqual(expect.objectContaining({ valid: true, checked: true }));
  });

  it("withPreSubmitCheck() takes no baseUrl it was not given: a call to another host is sent unchecked, as on a clean prototype", async () => {
    const sent: string[] = [];
    const fetch = async (input: string | URL | Request, _init?: RequestInit) => {
      sent.push(String(input));
      return new Response("{}");
    };
    const checked = withPreSubmitCheck(fetch);
    const call = () => checked("https://api.example.com/api/v2/createOrder/", { method: "POST", body: JSON.stringify(withoutCurrency) });
    await call();
    (Object.prototype as Record<string, unknown>).baseUrl = "https://api.example.com/";
    try {
      await call();
    } finally {
      delete (Object.prototype as Record<string, unknown>).baseUrl;
    }
    expect(sent).toEqual(["https://api.example.com/api/v2/createOrder/", "https://api.example.com/api/v2/createOrder/"]);
  });
});
