import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { rawBodyCollection } from "./support.js";

/**
 * Found by the audit of request files: a variable the file does not define written where an
 * object's members go (`{"name": "a", {{$dotenv MORE}}}`) was a parse error advising to quote it,
 * which yields no JSON, while with `@more = "value": "b"` defined the same request passed.
 * REST Client and Postman fill the body's text either way: the variable may hold a key or whole
 * members, as one where a value goes may hold any value, so it is no error and its object may
 * hold any member.
 */
const customData = (body: string, definitions = "") => `${definitions}POST https://integration.shopatron.com/api/v2/order/1/customData\nContent-Type: application/json\n\n${body}\n`;
const findings = (text: string) => lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.severity, m.message]);

describe("a variable where an object's members go stands for members oms-lint cannot know", () => {
  const valid: { readonly name: string; readonly text: string }[] = [
    { name: "members after a member", text: customData('{"name": "a", {{$dotenv MORE}}}') },
    { name: "the same, the variable defined in the file", text: customData('{"name": "a", {{more}}}', '@more = "value": "b"\n') },
    { name: "members alone: the required fields may be among them", text: customData("{ {{$dotenv MORE}} }") },
    { name: "two of them in one object: no key said twice", text: customData("{ {{$dotenv A}}, {{$dotenv B}} }") },
    { name: "a key (a colon follows it)", text: customData('{"name": "note", {{key}}: "x", "value": "v"}') },
    { name: "members of a Create Order body: no required field said missing", text: customData('{"externalOrderID": "x", {{$dotenv REST}}}').replace("order/1/customData", "createOrder/") },
  ];
  for (const { name, text } of valid) it(`valid: ${name}`, () => expect(findings(text)).toEqual([]));

  it("a Postman raw body: the same", () => {
    const text = rawBodyCollection([], "order/1/customData", '{"name": "a", {{more}}}');
    expect(lintPostmanCollection(text, "c.postman_collection.json").messages.map((m) => m.ruleId)).toEqual([]);
  });

  const invalid: { readonly name: string; readonly text: string; readonly errors: readonly (readonly [string, number, string])[] }[] = [
    {
      name: "a member written beside them is still checked",
      text: customData('{"name": "a", {{$dotenv MORE}}, "value": ""}'),
      errors: [["schema", 2, "value must not be empty (the documents: minimum length 1)"]],
    },
    {
      name: "a variable after a value with no comma between: no place for members, the parse error names it",
      text: customData('{"name": "note" {{key}}}'),
      errors: [["parse", 2, '{{key}} (a variable) stands where JSON takes no value: write it inside double quotes ("{{key}}")']],
    },
  ];
  for (const { name, text, errors } of invalid) it(`invalid: ${name}`, () => expect(findings(text)).toEqual(errors));
});
