import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { createOrder, importOrder, type JsonObject } from "../support/payloads.js";

/**
 * SPEC §1: where the documents contradict themselves, the rule's docs say which reading was
 * chosen. Both order documents list sendEmail, locale and customerIP as required, and also give
 * the first two a default ("The default is “true”", "The default is “en-US”") and the third a
 * condition ("required for bundled clients"). The schema page quotes both sides for each.
 */
const page = readFileSync(new URL("../../docs/rules/schema.md", import.meta.url), "utf8");
const quoted = page
  .split("\n")
  .filter((line) => line.startsWith(">"))
  .map((line) => line.replace(/^>\s?/, ""))
  .join(" ");
const squash = (text: string) => text.replace(/\s+/g, " ");

describe("required parameters that the documents also give a default or a condition", () => {
  it.each([
    ["sendEmail", "sendEmail boolean Whether email(s) should be sent to customer regarding order status. The default is “true”."],
    ["locale", "locale enum An Internet Engineering Task Force code indicating the location and language of the order. The default is “en-US”."],
    ["locale", "locale string An Internet Engineering Task Force code identifier consisting of information about the manufacturer’s language or region. The default is “en-US”."],
    ["customerIP", "The Customer IP is required for bundled clients, and providing the incorrect address will hinder the fraud review process."],
  ])("the schema page quotes %s's qualifier beside the Required Parameters of both documents", (_field, passage) => {
    expect(squash(quoted)).toContain(passage);
    expect(squash(quoted)).toContain("These parameters are necessary for the Create Order API to return a successful response:");
    expect(squash(quoted)).toContain("These parameters are necessary for the Historic Order Import API to return a successful response.");
  });

  it.each(["sendEmail", "locale", "customerIP"])("a missing %s is the reading the page chose: a stated error on both kinds", (field) => {
    for (const [kind, order] of [["createOrder", createOrder()], ["importOrder", importOrder()]] as const) {
      const { [field]: _gone, ...without } = order as JsonObject;
      const found = validate(kind, without).diagnostics.filter((d) => d.path === `/${field}`);
      expect(found.map((d) => [d.ruleId, d.severity, d.evidence])).toEqual([["schema", "error", "stated"]]);
    }
  });
});
