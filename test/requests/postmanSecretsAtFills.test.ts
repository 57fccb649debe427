import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../src/builtIn/linter.js";
import { rawBodyCollection, type PostmanVariable } from "./support.js";

/**
 * A Postman collection's secret variable (a secret-named key, `apiKey`, `password`, or one marked
 * `type: "secret"` or `secret: true`) whose value credentialLike refuses as a whole secret (`-1`,
 * `true`, `TRUE`, `1234`, `0000`, `07`: redacted file-wide, they would blank a message's own words
 * and numbers) was no secret at all: a finding at its `{{name}}` fill quoted it (`body: a comma is
 * missing before -1`, `got "1234"`). A `.http` file's `@apiKey = -1` is taken at its fills
 * (secretFillFaults.test.ts); a collection's is too.
 */
const said = /^body: the text a secret variable fills in here is not valid JSON where it stands \(not quoted: no part of a secret's value is shown\)/;

const linted = (variable: PostmanVariable, raw: string) => lintPostmanCollection(rawBodyCollection([variable], "createOrder/", raw), "c.postman_collection.json").messages;

describe("Postman: a secret variable filled bare, its value no whole secret", () => {
  it.each([
    { variable: { key: "apiKey", value: "-1" }, raw: '{"a": "x"{{apiKey}}}', hidden: ["-1"] },
    { variable: { key: "k", value: "true", type: "secret" }, raw: '{"a": 1}{{k}}', hidden: ["true"] },
    { variable: { key: "apiKey", value: "TRUE" }, raw: '{"a": {{apiKey}}}', hidden: ["TRUE", "write true"] },
    { variable: { key: "k", value: "1234", secret: true }, raw: "{ {{k}} }", hidden: ["1234"] },
    { variable: { key: "apiToken", value: "0000" }, raw: '{"a": {{apiToken}}}', hidden: ["0000", "all zeros"] },
    { variable: { key: "password", value: "07" }, raw: '{"a": "x"{{password}}}', hidden: ["07", "write 7"] },
  ])("$variable.value in $raw: the parse fault says so, and quotes nothing of the value", ({ variable, raw, hidden }) => {
    const messages = linted(variable, raw);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "parse", path: "/item/0/request/body/raw" });
    expect(messages[0]!.message).toMatch(said);
    for (const shown of hidden) expect(messages[0]!.message).not.toContain(shown);
  });
});

describe("Postman: a schema finding quoting a secret variable's value at its fill", () => {
  it.each([
    { variable: { key: "apiKey", value: "1234" }, field: "currency" },
    { variable: { key: "k", value: "TRUE", type: "secret" }, field: "locale" },
    { variable: { key: "apiKey", value: "true" }, field: "currency" },
    { variable: { key: "k", value: "0000", secret: true }, field: "locale" },
  ])("$variable.value as $field: [redacted] there", ({ variable, field }) => {
    const messages = linted(variable, `{"externalOrderID": "x", "${field}": "{{${variable.key}}}"}`);
    const finding = messages.find((m) => m.message.startsWith(`body /${field}: `));
    expect(finding?.message).toMatch(/; got "\[redacted\]"$/);
    expect(messages.map((m) => `${m.path} ${m.message}`).join("\n")).not.toContain(`"${variable.value}"`);
  });
});

describe("Postman: a folder's secret variable", () => {
  it("-1 in a folder's apiKey, filled bare in its request's body: the parse fault quotes nothing of it", () => {
    const collection = JSON.parse(rawBodyCollection([], "createOrder/", '{"a": "x"{{apiKey}}}'));
    collection.item = [{ name: "f", variable: [{ key: "apiKey", value: "-1" }], item: collection.item }];
    const messages = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json").messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "parse", path: "/item/0/item/0/request/body/raw" });
    expect(messages[0]!.message).toMatch(said);
  });
});
