import { Property } from "postman-collection";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { expandVariables } from "../../src/requests/variables.js";
import { rawBodyCollection } from "./support.js";

/**
 * Variables within variables are filled as deep as Newman fills them: postman-collection's
 * Substitutor (which Newman runs) makes up to 19 passes, each filling one more level, and sends
 * what is left as written. oms-lint stopped at 10: a chain of 11 to 19 variables that Newman
 * fills was a parse error, and its request went unchecked.
 */
const chainOf = (length: number): ReadonlyMap<string, string> => new Map(Array.from({ length }, (_, i) => [`v${i}`, i < length - 1 ? `{{v${i + 1}}}` : "end"]));
/** The text as postman-collection fills it (Property.replaceSubstitutions: its Substitutor's passes). */
const asNewmanFills = (text: string, variables: ReadonlyMap<string, string>) => Property.replaceSubstitutions(text, [Object.fromEntries(variables)]);

describe("variables within variables, as deep as Newman fills them", () => {
  it.each([1, 2, 10, 11, 18, 19, 20, 25, 40])("a chain of %i variables is filled as postman-collection's Substitutor fills it", (length) => {
    const variables = chainOf(length);
    expect(expandVariables("x{{v0}}y", (name) => variables.get(name)).text).toBe(asNewmanFills("x{{v0}}y", variables));
  });

  it("a variable that names itself is filled 19 times, as by postman-collection's Substitutor, and said to stop", () => {
    const variables: ReadonlyMap<string, string> = new Map([["a", "<{{a}}>"]]);
    const expanded = expandVariables("{{a}}", (name) => variables.get(name));
    expect(expanded.text).toBe(asNewmanFills("{{a}}", variables));
    expect(expanded.stopped).toMatch(/^variables nest more than 19 deep here \(\{\{a\}\} refers to itself/);
  });

  /** A collection whose Create Order's comment is filled through a chain of `length` variables. */
  const collection = (length: number) =>
    rawBodyCollection(
      [...chainOf(length)].map(([key, value]) => ({ key, value })),
      "createOrder/",
      JSON.stringify({ externalOrderID: "A-1", currency: "XXX", orderComment: "{{v0}}" }),
    );
  const parseFaults = (text: string) => lintPostmanCollection(text, "c.postman_collection.json").messages.filter((m) => m.ruleId === "parse");

  it("a collection filled through 15 variables is checked whole: no parse fault, and its body's findings (currency XXX)", () => {
    const { messages } = lintPostmanCollection(collection(15), "c.postman_collection.json");
    expect(messages.filter((m) => m.ruleId === "parse")).toEqual([]);
    expect(messages.some((m) => m.ruleId === "schema" && m.message.includes("currency"))).toBe(true);
  });

  it("past 19 variables, what Newman leaves as written is one parse fault that says so", () => {
    expect(parseFaults(collection(20)).map((m) => m.message)).toEqual([expect.stringMatching(/^variables not substituted to the end: variables nest more than 19 deep here \(\{\{v19\}\} is reached through a chain of more than 19 variables/)]);
  });

  it("a secret filled through 15 variables is quoted in no message of a .http file", () => {
    const secret = "Zq9vLk2mWx7RtPa4";
    const chain = Array.from({ length: 15 }, (_, i) => `@v${i} = {{${i < 14 ? `v${i + 1}` : "apiKey"}}}`).join("\n");
    const text = `@apiKey = ${secret}\n${chain}\n\nGET https://integration.shopatron.com/api/v2/order/{{v0}}/customData\n`;
    const { messages } = lintHttpFile(text, "a.http");
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.message, m.message).not.toContain(secret.slice(0, 8));
  });
});
