import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * Work that grows with the input, not with its square, told by a count (test/support/arraySteps.mjs:
 * every step of every array iteration while the CLI runs), not by a timing: the same input at n and
 * at 2n entries must cost at most a little over twice the steps. Found by the audit of hostile input:
 * a list copied whole for each entry added to it (`[...list, entry]`) made a URL repeating one query
 * parameter 32,000 times take 39 s in a .http file (and in the pre-submit check's checkRequest), and a
 * suppressions file of 40,000 keys that name one file take 26 s.
 */
const countedWork = fileURLToPath(new URL("../support/countedWork.mjs", import.meta.url));
const folder = scratchFolders("linear-work");

/** What test/support/countedWork.mjs counts while the CLI runs, each by a builtin it replaces. */
type Counter = "arraySteps" | "stringScans" | "arraySearches" | "keyHashing" | "stringifiedCharacters";
type Run = { readonly cwd: string; readonly args: readonly string[] };

/** Each case's two runs (at n and at a multiple of n), made on first use, and the count it is told by; added as the describes below are collected. */
const pairs = new Map<string, { readonly counter: Counter; readonly runs: () => readonly [Run, Run] }>();

/**
 * The counts of every case's two runs from one process (its start and the CLI's import paid once, not once a case or a
 * counter), on first use, every counter counting every run. The one-time work of the process's first run falls in the
 * first case's count at n alone (the .http URL's array steps, as when the array steps had a process of their own): the
 * other cases' counts at n hold none of it, which only raises their ratio.
 */
let counted: Map<string, readonly [number, number]> | undefined;
function countsOf(name: string): readonly [number, number] {
  counted ??= (() => {
    const names = [...pairs.keys()];
    const runs = names.flatMap((one) => pairs.get(one)!.runs());
    const counts = JSON.parse(execFileSync(process.execPath, [countedWork, JSON.stringify(runs)], { encoding: "utf8" })) as Record<Counter, number>[];
    return new Map(names.map((one, i) => [one, [counts[2 * i]![pairs.get(one)!.counter], counts[2 * i + 1]![pairs.get(one)!.counter]] as const]));
  })();
  return counted.get(name)!;
}

/** What a case runs the CLI over at n entries, and its arguments. */
interface Case {
  readonly files: (n: number) => Record<string, string>;
  readonly args: readonly string[];
}

const request = (n: number) => `### many\nGET https://integration.shopatron.com/api/v2/orderItem/?orderID=1&${Array.from({ length: n }, (_, i) => `p=${i}`).join("&")}\n`;
const collection = (n: number) =>
  JSON.stringify({
    info: { name: "many", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    item: [{ name: "search", request: { method: "GET", url: { raw: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1", host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "1" }, ...Array.from({ length: n }, (_, i) => ({ key: "p", value: String(i) }))] } } }],
  });
/** n unknown properties beside a string filling a secret n times: each body finding stands over the whole raw string, and so over every fill (audit of dfac0548). */
const secretFills = (n: number) =>
  JSON.stringify({
    info: { name: "fills", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    variable: [{ key: "apiKey", value: "sk_live_ABCDEFGH1234" }],
    item: [
      {
        name: "put",
        request: {
          method: "POST",
          url: "https://integration.shopatron.com/api/v2/order/1/customData",
          header: [{ key: "Content-Type", value: "application/json" }],
          body: { mode: "raw", raw: JSON.stringify({ name: "x", value: "{{apiKey}}".repeat(n), ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`u${i}`, 1])) }) },
        },
      },
    ],
  });
/** n secret variables each filled once in a request's path, each a finding: every finding asked every secret's fills, and every message scanned for every secret's forms (audit of secret redaction). */
const secretVariables = (n: number) =>
  Array.from({ length: n }, (_, i) => `@apiKey${i} = sk_live_${String(i).padStart(6, "0")}ABCDEFGH`).join("\n") +
  Array.from({ length: n }, (_, i) => `\n### r${i}\nGET https://integration.shopatron.com/api/v2/order/{{apiKey${i}}}/customData\n`).join("");
/** The same, each secret glued to written text (`{{apiKey1}}x`): redacted inside the longer word, each message asks at every place, not only at a token's start. */
const gluedSecretVariables = (n: number) => secretVariables(n).replace(/\}\}\/customData/g, "}}x/customData");
const record = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`d${i}/../a.json`, { schema: { count: 1 } }])));

const cases = {
  http: { files: (n) => ({ "many.http": request(n) }), args: ["-f", "json", "many.http"] },
  postman: { files: (n) => ({ "many.postman_collection.json": collection(n) }), args: ["-f", "json", "many.postman_collection.json"] },
  suppressions: { files: (n) => ({ "a.json": '{"name":"a","value":"b"}', "oms-lint-suppressions.json": record(n) }), args: ["-f", "json", "a.json"] },
  // A fifth of n: under the cap on one rule's findings, so the findings grow with n as the fills do.
  secretFills: { files: (n) => ({ "fills.postman_collection.json": secretFills(n / 5) }), args: ["-f", "json", "fills.postman_collection.json"] },
  secretVariables: { files: (n) => ({ "keys.http": secretVariables(n / 5) }), args: ["-f", "json", "keys.http"] },
  gluedSecretVariables: { files: (n) => ({ "glued.http": gluedSecretVariables(n / 5) }), args: ["-f", "json", "glued.http"] },
} satisfies Record<string, Case>;

// The array steps of the CLI over each case's files at n = 1,000 and 2,000. Where a square's steps are at least one a pair of
// entries, the ratio is already past 3.2 there (a list copied per entry 3.99, every fill asked by every finding 3.26 to 3.57),
// and the linear ones' 1.93 to 2.00 are what they are at 2,000 and 4,000; the runs at 2,000 and 4,000 cost twice the steps.
for (const [name, { files, args }] of Object.entries(cases)) pairs.set(name, { counter: "arraySteps", runs: () => [folderRun(files(1_000), args), folderRun(files(2_000), args)] });

function folderRun(files: Record<string, string>, args: readonly string[]): Run {
  return { cwd: folder(files), args };
}

/** At most 2.5 times as many array steps at 2n as at n, where a square makes it 4. */
function expectLinear(name: keyof typeof cases): void {
  const [small, large] = countsOf(name);
  expect(large / small).toBeLessThan(2.5);
}

describe("the work of a run grows with its input (array steps counted at n and 2n entries)", () => {
  it("a .http request whose URL repeats one query parameter n times", () => {
    expectLinear("http");
  });

  it("a Postman collection whose url lists one query parameter n times", () => {
    expectLinear("postman");
  });

  it("a suppressions file whose n keys all name one file in other words (d1/../a.json)", () => {
    expectLinear("suppressions");
  });

  it("a Postman body of n/5 unknown properties beside a string filling a secret n/5 times", () => {
    expectLinear("secretFills");
  });

  it("a .http file of n/5 secret variables, each filled once in a request's path", () => {
    expectLinear("secretVariables");
  });

  it("a .http file of n/5 secret variables, each filled once in a request's path glued to text", () => {
    expectLinear("gluedSecretVariables");
  });
});

/**
 * Found by the request-files audit: a `.http` file of 100,000 `{{h}}` lines under the request line
 * took 188 s in the CLI, and the language server published nothing. REST Client may read each as a
 * `?`/`&` line of the URL (unfilledLine.ts), and each asked whether the URL so far held a `?` by
 * joining and searching all of it: a square of characters, which no array step shows. Told by the
 * characters String's searches are handed (test/support/stringScans.mjs) at n and 4n lines.
 */
describe("the characters searched grow with the input (String searches counted at n and 4n lines)", () => {
  const variableLines = (n: number) => `POST https://integration.shopatron.com/api/v2/order/1/customData\n${"{{h}}\n".repeat(n)}\n{"name": "", "value": "v"}\n`;

  // At 1,000 and 4,000 lines: 3.96 as the code is, 15.34 with each line searching the whole URL so far (3.98 and 15.66 at 2,000 and 8,000).
  pairs.set("variableLines", { counter: "stringScans", runs: () => [folderRun({ "lines.http": variableLines(1_000) }, ["-f", "json", "lines.http"]), folderRun({ "lines.http": variableLines(4_000) }, ["-f", "json", "lines.http"])] });

  it("a .http request with n lines of a variable the client fills directly under its request line", () => {
    const [small, large] = countsOf("variableLines");
    // At most 5 times as many characters at 4n as at n, where a square makes it 16.
    expect(large / small).toBeLessThan(5);
  });
});

/**
 * Found by the audit of the request-file rules: request/path-parameter kept an item custom data
 * call's distinct `?orderID=` values by searching all the values before each
 * (`values.indexOf(value) === index`), so 90,000 of them on one request line took 12 s. Told by the
 * elements Array's searches read (test/support/arraySearches.mjs) at n and 2n values.
 */
describe("the elements Array searches read grow with the input (counted at n and 2n values)", () => {
  const repeatedOrderID = (n: number) =>
    `GET https://1-translation.mozu.com/api/v2/orderItem/1/customData/?orderID=1${Array.from({ length: n }, (_, i) => `&orderID=x${i}`).join("")}\nx-vol-tenant: 1\n`;

  // At 1,000 and 2,000 values: 7 elements each as the code is, 1,003,009 and 4,006,009 with each value searched among those before it (3.99 times).
  pairs.set("repeatedOrderID", { counter: "arraySearches", runs: () => [folderRun({ "repeated.http": repeatedOrderID(1_000) }, ["-f", "json", "repeated.http"]), folderRun({ "repeated.http": repeatedOrderID(2_000) }, ["-f", "json", "repeated.http"])] });

  it("an item custom data call whose ?orderID= is given n times, each value a different one the documents refuse", () => {
    const [small, large] = countsOf("repeatedOrderID");
    // At most 2.5 times as many elements at 2n as at n, where a square makes it 4.
    expect(large).toBeLessThanOrEqual(2.5 * small);
  });
});

/**
 * Found placing a finding deep in a text: the walk that finds where pointers stand (walkWanted)
 * looked up each container it opened by its whole path, so a text of n levels hashed a square of
 * characters. 900 levels of 10,000-character keys with a repeated key at the bottom (9 MB, within
 * the default limits) took 18 s, and a Postman collection of 15,000 nested folders (--max-depth
 * raised) 19 s. Told by the characters of the keys Maps and Sets are handed
 * (test/support/keyHashing.mjs) at n and 4n levels.
 */
describe("the characters of keys hashed grow with the input (Map and Set keys counted at n and 4n levels)", () => {
  const deepKeys = (n: number) => `${Array.from({ length: n }, (_, i) => `{"${String(i % 10).repeat(100)}":`).join("")}{"a":1,"a":2}${"}".repeat(n)}`;
  const folderLeaf = JSON.stringify({ name: "create", request: { method: "POST", url: "https://example.shopatron.com/api/v2/createOrder/", body: { mode: "raw", raw: "{}" } } });
  const deepFolders = (n: number) =>
    `{"info":{"name":"deep","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[${'{"name":"f","item":['.repeat(n)}${folderLeaf}${"]}".repeat(n)}]}`;

  const cases = [
    ["an object n levels deep, each key 100 characters, a repeated key at the bottom", { "deep.json": deepKeys }, ["--kind", "orderCustomData"]],
    ["a Postman collection of n nested folders, a request at the bottom", { "deep.postman_collection.json": deepFolders }, ["--max-depth", "10000"]],
  ] as const;
  // Each case's runs at 200 and 800 levels.
  for (const [description, files, args] of cases) {
    const [name, text] = Object.entries(files)[0] as [string, (n: number) => string];
    pairs.set(description, { counter: "keyHashing", runs: () => [folderRun({ [name]: text(200) }, ["-f", "json", ...args, name]), folderRun({ [name]: text(800) }, ["-f", "json", ...args, name])] });
  }

  it.each(cases.map(([description]) => description))("%s", (description) => {
    const [small, large] = countsOf(description);
    // At most 5 times as many characters at 4n as at n, where a square makes it 16.
    expect(large / small).toBeLessThan(5);
  });
});

/**
 * Found by the audit of the redaction of cut secrets (47479480): each message built every
 * secret's quoted and cut forms again, so n secrets over n messages cost a square (a thousand
 * 5,000-character API keys beside a thousand unknown properties: 23.7 s against 0.58 s). Told by
 * the characters JSON.stringify returns (test/support/stringifiedCharacters.mjs) at n and 2n.
 */
describe("the characters JSON.stringify returns grow with the input (counted at n and 2n secrets and findings)", () => {
  const order = (n: number) =>
    JSON.stringify({
      ...JSON.parse(readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8")),
      customOrderData: Object.fromEntries(Array.from({ length: n }, (_, i) => [`apiKey${i}`, `${"k".repeat(1000)}${i}`])),
      ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`unknownProp${i}`, 1])),
    });

  // At 50 and 100: the forms built again for each message count 3.98 times as many characters at 2n (3.99 at 100 and 200), the code as it is 2.00.
  pairs.set("credentials", { counter: "stringifiedCharacters", runs: () => [folderRun({ "order.json": order(50) }, ["-f", "json", "--no-config", "order.json"]), folderRun({ "order.json": order(100) }, ["-f", "json", "--no-config", "order.json"])] });

  it("an order with n credential values and n unknown properties", () => {
    const [small, large] = countsOf("credentials");
    // At most 2.5 times as many characters at 2n as at n, where a square makes it 4.
  expect(large / small).toBeLessThan(2.5);
  });
});
