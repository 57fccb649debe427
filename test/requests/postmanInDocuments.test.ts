import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { pseudoRules } from "../../src/builtIn/ruleDescriptions.js";
import { rules } from "../../rules/index.js";

/**
 * What oms-lint says the OMS documents say of Postman (SPEC §3: a message never credits the
 * documents with less, or more, than they give). Found by the audit of this session's Postman
 * changes: the postman-info-schema and postman-raw-url-differs findings said "no OMS document
 * speaks of Postman", and four of the five do (the schema within Postman, a sample collection).
 */
const root = new URL("../../", import.meta.url);
const seedDir = new URL("test/fixtures/seeds/", root);
const seeds = readdirSync(seedDir)
  .filter((file) => file.endsWith(".txt"))
  // One space for any run of white space: seeds/002 writes "the sample" with a no-break space.
  .map((file) => readFileSync(new URL(file, seedDir), "utf8").replace(/\s+/g, " "));
const saysWhatTheyMention = "the OMS documents mention Postman only for the schema within Postman and a sample Postman Collection, and say nothing of";
const deniesAnyMention = /(no|none of the five) (OMS |vendor )?documents? speaks? of Postman/i;

/** The text a user reads: the sources of every message and description, the docs and the README. */
function userFacingFiles(): string[] {
  const under = (folder: string, ending: string) =>
    readdirSync(new URL(folder, root), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(ending))
      .map((name) => `${folder}${name}`);
  return [...under("src/", ".ts"), ...under("rules/", ".ts"), ...under("docs/", ".md"), "README.md", "schemas/editor/oms-lint.config.schema.json"];
}

const collection = (info: object, url: unknown) => JSON.stringify({ info, item: [{ name: "a", request: { method: "GET", url } }] });
const v21 = { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" };

describe("what the documents say of Postman", () => {
  it("they mention it: the schema within Postman, the sample Postman Collection", () => {
    expect(seeds.filter((seed) => seed.includes("access the schema within Postman"))).toHaveLength(4);
    expect(seeds.filter((seed) => seed.includes("the sample Postman Collection"))).toHaveLength(3);
  });

  it("postman-info-schema's warning and description say what they mention and that they say nothing of info.schema", () => {
    const [finding] = lintPostmanCollection(collection({ name: "x" }, "https://integration.shopatron.com/api/v2/orderItem/?orderID=1"), "c.postman_collection.json").messages;
    expect(finding?.ruleId).toBe("postman-info-schema");
    expect(finding?.message).toContain(`${saysWhatTheyMention} a collection's info.schema`);
    expect(pseudoRules.find((rule) => rule.id === "postman-info-schema")?.description).toContain(`${saysWhatTheyMention} a collection's info.schema`);
  });

  it("request/postman-raw-url-differs's warning, description and source say what they mention and that they say nothing of how Postman sends a url", () => {
    const url = { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5", protocol: "https", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "6" }] };
    const [finding] = lintPostmanCollection(collection(v21, url), "c.postman_collection.json").messages;
    expect(finding?.ruleId).toBe("request/postman-raw-url-differs");
    expect(finding?.message).toContain(`${saysWhatTheyMention} how Postman sends a url`);
    const rule = rules.find((r) => r.meta.id === "request/postman-raw-url-differs");
    expect(rule?.meta.description).toContain(`${saysWhatTheyMention} how Postman sends a url`);
    expect(rule?.meta.source?.document).toContain(`${saysWhatTheyMention} how Postman sends a url`);
  });

  it("no message, description, doc page or README says that they do not speak of it", () => {
    const denying = userFacingFiles().filter((file) => deniesAnyMention.test(readFileSync(new URL(file, root), "utf8")));
    expect(denying).toEqual([]);
  });
});
