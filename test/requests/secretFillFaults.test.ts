import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { rawBodyCollection, type PostmanVariable } from "./support.js";

/**
 * A parse fault at a secret variable filled bare quoted what the parser read of its value: the
 * first characters of a number-like word (`07` and `write 7` of `07Qx…`, `1.e5` of `1.{{apiKey}}`
 * with `e5Qx…`, `1e` of `1ezz…`), a literal's spelling (`write true` of `True…`), or a kind that
 * tells its shape (`is not a complete number`: digits then e then -, as in the UUID
 * `4717392e-a000-…`). Below three characters a piece was not redacted at all.
 */
const api = "https://integration.shopatron.com/api/v2";
const said = /^the text a secret variable fills in here is not valid JSON where it stands \(not quoted: no part of a secret's value is shown\)/;
const parseFaults = (key: string, body: string) =>
  lintHttpFile(`@apiKey = ${key}\n\nPOST ${api}/createOrder/\nContent-Type: application/json\n\n${body}\n`, "a.http").messages.filter((m) => m.ruleId === "parse");

/** A collection's parse faults, its variable `variable` filled where `body` says `{{apiKey}}`: after the collection's `body: `. */
const collectionFaults = (variable: PostmanVariable, body: string) =>
  lintPostmanCollection(rawBodyCollection([variable], "createOrder/", body.replaceAll("{{apiKey}}", `{{${variable.key}}}`)), "c.postman_collection.json").messages.filter((m) => m.ruleId === "parse");
const saidInCollection = new RegExp(`^body: ${said.source.slice(1)}`);

/** Where a secret is filled: a .http file's `@apiKey`, or a collection's variable secret by its name or by its mark (`-1` or `true` in one was quoted whole). */
const holders = [
  { holder: ".http", faults: parseFaults, says: said },
  { holder: "collection, apiKey", faults: (key: string, body: string) => collectionFaults({ key: "apiKey", value: key }, body), says: saidInCollection },
  { holder: 'collection, type "secret"', faults: (key: string, body: string) => collectionFaults({ key: "k", value: key, type: "secret" }, body), says: saidInCollection },
  { holder: "collection, secret: true", faults: (key: string, body: string) => collectionFaults({ key: "siteRef", value: key, secret: true }, body), says: saidInCollection },
];

const cases: readonly { key: string; body: string; hidden: readonly string[] }[] = [
  { key: "4717392e-a000-2e5b-8000-000000000000", body: '{"a": "x"{{apiKey}}}', hidden: ["4717392e", "complete number"] },
  { key: "4717392e-a000-2e5b-8000-000000000000", body: "{ {{apiKey}} }", hidden: ["4717392e", "complete number"] },
  { key: "12e-abcdef99", body: '{"a": {{apiKey}}}', hidden: ["12e", "complete number"] },
  { key: "1e5-x7Qz9kLm", body: '{"a": {{apiKey}}}', hidden: ["x7Qz9kLm", "1e5"] },
  { key: "1e5-x", body: '{"a": {{apiKey}}}', hidden: ['"x"', "x is"] },
  { key: "1ezzzzzz", body: '{"a": "x"{{apiKey}}}', hidden: ["1e", "complete number"] },
  { key: "1.zzzzzz", body: "[{{apiKey}}]", hidden: ["1.", "complete number"] },
  { key: "0x7f3a9c1e2b4d", body: '{"a": {{apiKey}}}', hidden: ["0x7f", "JSON number"] },
  { key: "07Qx9mZp", body: '{"a": "x"{{apiKey}}}', hidden: ["07", "write 7"] },
  { key: "00abcdef", body: '{"a": {{apiKey}}}', hidden: ["00", "all zeros"] },
  { key: "7Qx9mZpLw8", body: '{"a": 0{{apiKey}}}', hidden: ["07", "write 7"] },
  { key: "e5Qx9mZpLw8", body: '{"a": 1.{{apiKey}}}', hidden: ["e5", "complete number"] },
  { key: "-1abcdef0123", body: '{"a": {{apiKey}}}', hidden: ["-1a", "JSON number"] },
  { key: "-17Qx9mZp", body: '{"a": "x"{{apiKey}}}', hidden: ["-17"] },
  { key: "True9Zk4Rq", body: '{"a": {{apiKey}}}', hidden: ["True"] },
  { key: "None", body: '{"a": {{apiKey}}}', hidden: ["None", "write null"] },
  { key: "nullish-7Qx2", body: '{"a": 1, {{apiKey}}: 2}', hidden: ["nullish"] },
  { key: 'ab"cd\\qEFGH1234', body: '{"a": "{{apiKey}}"}', hidden: ["\\q", "escape"] },
];

describe("a parse fault at a secret variable filled bare", () => {
  it.each(cases)("$key in $body: says so, and quotes nothing of the value", ({ key, body, hidden }) => {
    const faults = parseFaults(key, body);
    expect(faults).toHaveLength(1);
    expect(faults[0]!.message).toMatch(said);
    for (const shown of hidden) expect(faults[0]!.message).not.toContain(shown);
  });

  it("says the same whatever the value (its shape is not told either), in a .http file and a collection", () => {
    const shapes = fc.oneof(
      fc.uuid(),
      fc.stringMatching(/^-?[0-9]{1,8}[eE.][-+]?[a-z0-9]{3,20}$/),
      fc.stringMatching(/^0[0-9a-zA-Z]{1,20}$/),
      fc.stringMatching(/^(?:true|false|null|True|NULL)[A-Za-z0-9-]{0,12}$/),
      fc.stringMatching(/^-?[0-9]{1,4}$/),
    );
    const bodies = ['{"a": "x"{{apiKey}}}', "{ {{apiKey}} }", '{"a": {{apiKey}}}', '{"a": 1}{{apiKey}}'];
    fc.assert(
      fc.property(shapes, fc.constantFrom(...bodies), fc.constantFrom(...holders), (key, body, { faults, says }) => {
        // A value that is JSON where it stands (`1e5`, `true`) makes no fault there.
        for (const fault of faults(key, body)) expect(fault.message).toMatch(says);
      }),
      { numRuns: 120 },
    );
  });

  // Values no message's own words can be told from (credentialLike: under three characters, a count of up to four
  // digits, true, false, null) were no secret of a file that has no other, and were quoted whole at the fill.
  it.each([
    { key: "-1", body: '{"a": "x"{{apiKey}}}', hidden: ["-1"] },
    { key: "true", body: '{"a": 1}{{apiKey}}', hidden: ["true"] },
    { key: "TRUE", body: '{"a": {{apiKey}}}', hidden: ["TRUE", "write true"] },
    { key: "1234", body: "{ {{apiKey}} }", hidden: ["1234"] },
    { key: "0000", body: '{"a": {{apiKey}}}', hidden: ["0000", "all zeros"] },
    { key: "07", body: '{"a": "x"{{apiKey}}}', hidden: ["07", "write 7"] },
  ])("$key, the file's only secret, in $body: says so, and quotes nothing of the value", ({ key, body, hidden }) => {
    const faults = parseFaults(key, body);
    expect(faults).toHaveLength(1);
    expect(faults[0]!.message).toMatch(said);
    for (const shown of hidden) expect(faults[0]!.message).not.toContain(shown);
  });

  it("a fault before the fill, quoting none of it, keeps its own words", () => {
    const faults = parseFaults("Zq8vLw3xMpRt", '{"a" 1, "b": "{{apiKey}}"}');
    expect(faults).toHaveLength(1);
    expect(faults[0]!.message).toMatch(/^expected ":" after the property name/);
  });
});
