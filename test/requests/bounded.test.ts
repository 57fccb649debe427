import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHttpFile } from "../../src/requests/httpFile.js";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";
import { expandVariables, expansionBudget, expansionLimits } from "../../src/requests/variables.js";

const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
/** Ten variables, each holding ten of the next: 10^10 copies of the last, if nothing stopped it. */
const doubling = Array.from({ length: 10 }, (_, i) => `@v${i} = ${`{{v${i + 1}}}`.repeat(10)}`).join("\n") + "\n@v10 = x\n";

describe("variable substitution is bounded", () => {
  it("a file of variables that multiply each other stops at the length cap, with a finding at the request", () => {
    const text = `${doubling}\nPOST https://integration.shopatron.com/api/v2/order/1/customData\nContent-Type: application/json\n\n{"name": "{{v0}}", "value": "b"}\n`;
    const file = parseHttpFile(text);
    const body = file.requests[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(text.length + expansionLimits.addedLength);
    const result = lintHttpFile(text, "doubling.http");
    const stopped = result.messages.filter((m) => m.message.startsWith("variables not substituted to the end"));
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({ ruleId: "parse", line: text.split("\n").indexOf("POST https://integration.shopatron.com/api/v2/order/1/customData") + 1 });
    // Every message quotes at most 160 characters of the file's text.
    for (const m of result.messages) expect(m.message.length).toBeLessThan(600);
  });

  it("a variable that names itself stops at the depth cap and says so", () => {
    const expanded = expandVariables("{{a}}", (name) => (name === "a" ? "<{{a}}>" : undefined));
    expect(expanded.text).toBe("<".repeat(expansionLimits.depth) + "{{a}}" + ">".repeat(expansionLimits.depth));
    expect(expanded.stopped).toMatch(/nest more than 19 deep here \(\{\{a\}\} refers to itself/);
  });

  // Found by the request files audit: a chain of 40 variables, none naming itself, was said to refer to itself.
  it("a chain deeper than the cap, with no cycle, is said to be a chain, not a self-reference", () => {
    const chainOf40 = (name: string) => (/^v\d+$/.test(name) && Number(name.slice(1)) < 40 ? `{{v${Number(name.slice(1)) + 1}}}` : undefined);
    const expanded = expandVariables("{{v0}}", chainOf40);
    expect(expanded.stopped).toMatch(/nest more than 19 deep here \(\{\{v19\}\} is reached through a chain of more than 19 variables/);
    expect(expanded.stopped).not.toMatch(/itself/);
  });

  it("substitutions past the count cap are left as written", () => {
    const text = "{{x}}".repeat(expansionLimits.substitutions + 5);
    const expanded = expandVariables(text, () => "1");
    expect(expanded.text).toBe("1".repeat(expansionLimits.substitutions) + "{{x}}".repeat(5));
    expect(expanded.stopped).toMatch(/more than 10,000 variables/);
  });

  it("substitutes as REST Client does otherwise: nested, unknown names kept, the innermost braces", () => {
    const values: Record<string, string> = { host: "https://{{sub}}.example", sub: "api", id: "7" };
    expect(expandVariables("{{host}}/{{ id }}/{{missing}}/{{{id}}}/{{a b}}", (name) => values[name]).text).toBe("https://api.example/7/{{missing}}/{7}/{{a b}}");
  });

  it("a Postman collection whose variables multiply each other: a finding at the request, bounded text", () => {
    const variable = Array.from({ length: 10 }, (_, i) => ({ key: `v${i}`, value: `{{v${i + 1}}}`.repeat(10) }));
    const collection = { info: { schema }, variable, item: [{ name: "r", request: { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID={{v0}}" } }] };
    const read = readPostmanCollection(collection);
    expect(read.requests[0]!.url.length).toBeLessThanOrEqual(100 + expansionLimits.addedLength);
    expect(read.problems).toEqual([{ pointer: "/item/0/request", message: expect.stringMatching(/^variables not substituted to the end: (more than 10,000 variables|variables would make this text longer)/) }]);
    const result = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json");
    for (const m of result.messages) expect(m.message.length).toBeLessThan(600);
  });

  it("a Postman body whose key is a megabyte long: each message names the place in at most 160 characters of it", () => {
    const key = "k".repeat(1_000_000);
    const body = JSON.stringify({ name: "a", value: "b", [key]: 1 });
    const request = { method: "POST", header: [{ key: "Content-Type", value: "application/json" }], url: "https://integration.shopatron.com/api/v2/order/1/customData", body: { mode: "raw", raw: body } };
    const result = lintPostmanCollection(JSON.stringify({ info: { schema }, item: [{ name: "r", request }] }), "c.postman_collection.json");
    // A path stops at 4,096 characters: this key's is the body's own, and its message quotes the key.
    const bodyMessages = result.messages.filter((m) => m.message.startsWith("body"));
    expect(bodyMessages.map((m) => [m.ruleId, m.path])).toEqual([["unknown-property", "/item/0/request/body/raw"]]);
    expect(bodyMessages.length).toBeGreaterThan(0);
    for (const m of bodyMessages) expect(m.message.length).toBeLessThan(600);
  });

  it("Postman scopes: an item's variables hide its folder's and the collection's, and are not seen by its siblings", () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({
      name: `r${i}`,
      ...(i % 2 === 0 && { variable: [{ key: "id", value: String(i + 1) }] }),
      request: { method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID={{id}}&page={{v1999}}" },
    }));
    const variable = Array.from({ length: 2000 }, (_, i) => ({ key: `v${i}`, value: String(i) }));
    const collection = { info: { schema }, variable: [...variable, { key: "id", value: "outer" }], item: [{ name: "folder", item: items }] };
    const urls = readPostmanCollection(collection).requests.map((r) => r.url);
    expect(urls[0]).toBe("https://integration.shopatron.com/api/v2/orderItem/?orderID=1&page=1999");
    expect(urls[1]).toBe("https://integration.shopatron.com/api/v2/orderItem/?orderID=outer&page=1999");
    expect(urls[1998]).toBe("https://integration.shopatron.com/api/v2/orderItem/?orderID=1999&page=1999");
  });
});

describe("request files are read in time linear in their lines", () => {
  it("a request line with 400,000 blanks is read (no backtracking regular expression)", () => {
    const blanks = " ".repeat(400_000);
    const text = `GET${blanks}https://integration.shopatron.com/api/v2/orderItem/?orderID=1${blanks}HTTP/1.1${blanks}\nAccept:${blanks}application/json${blanks}\n@v =${blanks}x${blanks}y${blanks}\n`;
    const [request] = parseHttpFile(text).requests;
    expect(request).toMatchObject({ method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", headers: [{ name: "Accept", value: "application/json" }] });
    expect(request!.urlColumn).toBe(4 + blanks.length);
    expect(parseHttpFile(text).variables.get("v")).toBe(`x${blanks}y`);
  });

  // 200 of each, not 2,000: the messages' cap (five names, "and 195 more") and each rename shows at
  // 200 as at 2,000, which linted ten times the requests (~1.5 CPU-s) for the same findings.
  it("200 POSTs and 200 PUTs of custom data on one order: each rename found, each message naming at most five earlier names", () => {
    const url = "https://integration.shopatron.com/api/v2/order/1/customData";
    const posts = Array.from({ length: 200 }, (_, i) => `POST ${url}\nContent-Type: application/json\n\n{"name": "n${i}", "value": "v"}\n`);
    const puts = Array.from({ length: 200 }, (_, i) => `PUT ${url}/5\nContent-Type: application/json\n\n{"name": "${i % 2 ? `n${i}` : `renamed${i}`}", "value": "v"}\n`);
    const result = lintHttpFile([...posts, ...puts].join("###\n"), "many.http");
    const renames = result.messages.filter((m) => m.ruleId === "request/custom-data-name-unmatched");
    expect(renames).toHaveLength(100);
    expect(renames[0]!.message).toBe(
      'this PUT sends "renamed0", a name this file created no custom data with on order 1 (it created "n195", "n196", "n197", "n198", "n199" (and 195 more)): if it updates one of those, the record\'s name cannot be changed; if it updates a record created elsewhere, this is no fault (the file does not say which record "5" is)',
    );
  });
});

describe("past a limit, the rest of the text stays as written", () => {
  it("a value that does not fit is left as its reference, and the text after it is kept whole", () => {
    // Room for one value of 600,000 characters, not two: the second reference and the tail stay as written.
    const big = "x".repeat(600_000);
    const expanded = expandVariables("A{{v}}B{{v}}TAIL", (name) => (name === "v" ? big : undefined));
    expect(expanded.text).toBe(`A${big}B{{v}}TAIL`);
    expect(expanded.stopped).toMatch(/longer than 1,000,000 characters past what is written/);
    expect(expanded.references).toEqual([{ expandedFrom: 1, expandedTo: 600_001, writtenFrom: 1, writtenTo: 6 }]);
  });

  it("whatever the values and the room, the text's own head and tail stand in the result, which the room bounds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "-", "{{v}}", "{{w}}", "{{u}}"), { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 60 }), (pieces, v, room) => {
        const text = pieces.join("");
        const values: Record<string, string> = { v: "V".repeat(v), w: "{{v}}{{v}}" };
        const budget = expansionBudget(0);
        budget.addedLength = room;
        const expanded = expandVariables(text, (name) => values[name], budget);
        const head = text.includes("{{") ? text.slice(0, text.indexOf("{{")) : text;
        const tail = text.includes("}}") ? text.slice(text.lastIndexOf("}}") + 2) : text;
        expect(expanded.text.startsWith(head)).toBe(true);
        expect(expanded.text.endsWith(tail)).toBe(true);
        expect(expanded.text.length).toBeLessThanOrEqual(text.length + room);
      }),
    );
  });
});
