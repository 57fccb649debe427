import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { readFileSync } from "node:fs";
import { stringParameters } from "../../src/kinds/searchQuery.js";

/**
 * SPEC §3: an error needs the documents' word that the OMS refuses. seeds/002 says nothing of a
 * parameter given twice, so the OMS may read either value: a value the documents refuse beside
 * one they take is only our reading (search-repeated-parameter's warning, naming it), and only
 * a parameter whose every value they refuse is the schema's stated error. Found by the review
 * of the stop: `perPage=101&perPage=10&orderID=1` was the error "perPage must be an integer
 * from 1 to 100".
 */

/** Values the documents take and refuse, by parameter (seeds/002, Optional Parameters; SPEC §2). */
const pools: Readonly<Record<string, readonly [taken: readonly string[], refused: readonly string[]]>> = {
  perPage: [["1", "10", "20", "100"], ["0", "101", "abc", "-1", "1.5"]],
  page: [["1", "2", "99"], ["0", "-1", "x"]],
  orderID: [["5", "555555", "555555,555556"], ["abc", "0", "-3"]],
  itemState: [["NORMAL", "PREORDER", "PROMOTION", "CANCELED"], ["BOGUS", "X1"]],
  shipmentID: [["7", "7,8"], ["x", "0"]],
  retailerID: [["3"], ["-3"]],
  manufacturerID: [["7"], ["x"]],
  catalogIDs: [["3", "3,4"], ["x", "0"]],
  // "The minimum length is 1." Found by the review of the session: `sortBy=&sortBy=` joined into ",", which passed.
  sortBy: [["orderItemID", "-orderItemID,+itemState"], [""]],
};
const names = Object.keys(pools);
/** The query with the parameter given these values, and an orderID where the parameter is not orderID. */
const query = (name: string, values: readonly string[]) => [...(name === "orderID" ? [] : ["orderID=1"]), ...values.map((v) => `${name}=${encodeURIComponent(v)}`)].join("&");
const errors = (q: unknown) => validate("orderItemSearch", q).diagnostics.filter((d) => d.severity === "error");

describe("the pools are what the documents say of one value", () => {
  it.each(names)("%s: each taken value alone passes, each refused one alone is a stated error, in the object form and the string form", (name) => {
    const [taken, refused] = pools[name]!;
    for (const value of taken) {
      expect(errors({ orderID: "1", [name]: value }), value).toEqual([]);
      expect(errors(query(name, [value])), value).toEqual([]);
    }
    for (const value of refused) {
      expect(errors({ orderID: "1", [name]: value }).map((d) => d.evidence), value).toEqual(["stated"]);
      expect(errors(query(name, [value])).map((d) => [d.evidence, d.parameter]), value).toEqual([["stated", name]]);
    }
  });
});

describe("a repeated search parameter", () => {
  const rows: readonly [string, readonly string[], "warning" | "error"][] = [
    ["perPage", ["101", "10"], "warning"],
    ["perPage", ["10", "101"], "warning"],
    ["perPage", ["101", "0"], "error"],
    ["page", ["0", "2"], "warning"],
    ["page", ["0", "x", "-1"], "error"],
    ["orderID", ["abc", "5"], "warning"],
    ["orderID", ["abc", "0"], "error"],
    ["itemState", ["NORMAL", "BOGUS"], "warning"],
    ["itemState", ["BOGUS", "X1"], "error"],
    ["shipmentID", ["x", "7,8"], "warning"],
    ["catalogIDs", ["x", "0"], "error"],
  ];

  it.each(rows)("%s given %j: one %s", (name, values, verdict) => {
    for (const form of [query(name, values), `?${query(name, values)}`, `https://integration.shopatron.com/api/v2/orderItem/?${query(name, values)}`]) {
      const { diagnostics } = validate("orderItemSearch", form);
      const repeat = diagnostics.filter((d) => d.ruleId === "search-repeated-parameter");
      expect(repeat).toHaveLength(1);
      expect(repeat[0]).toMatchObject({ severity: "warning", evidence: "inferred", parameter: name });
      const stated = diagnostics.filter((d) => d.severity === "error");
      if (verdict === "warning") {
        expect(stated, form).toEqual([]);
        const refused = values.filter((v) => pools[name]![1].includes(v));
        expect(repeat[0]?.message).toContain(`they refuse ${refused.map((r) => `${name}=${r}`).join(" and ")} (`);
        expect(repeat[0]?.message).toContain(`${name} must be`);
      } else {
        expect(stated.map((d) => [d.ruleId, d.evidence, d.parameter])).toEqual([["schema", "stated", name]]);
        expect(stated[0]?.message).toContain(`this holds for each of the ${values.length} values given, so the search is refused whichever the OMS reads`);
        expect(repeat[0]?.message).not.toContain("they refuse");
      }
    }
  });

  it("in a .json file: the warning stands in the string, and no error", () => {
    const { messages } = lintText(JSON.stringify("?orderID=1&perPage=101&perPage=10"), { kind: "orderItemSearch" });
    expect(messages.map((m) => [m.ruleId, m.level, m.line])).toEqual([["search-repeated-parameter", "warning", 1]]);
  });

  it("the object form holds one value per parameter: a refused one is the schema's stated error, with nothing said of a repeat", () => {
    const { diagnostics } = validate("orderItemSearch", { orderID: "1", perPage: "101" });
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["schema", "error"]]);
    expect(diagnostics[0]?.message).not.toContain("each of");
  });
});

describe("for random repeats of any search parameter", () => {
  const repeat = fc.constantFrom(...names).chain((name) =>
    fc
      .array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 2, maxLength: 4 })
      .map((picks) => ({ name, values: picks.map(([refused, i]) => pools[name]![refused ? 1 : 0][i % pools[name]![refused ? 1 : 0].length]!) })),
  );

  it("there is an error if and only if the documents refuse every value given; the repeat is always one warning", () => {
    fc.assert(
      fc.property(repeat, fc.boolean(), ({ name, values }, asUrl) => {
        const q = query(name, values);
        const { diagnostics } = validate("orderItemSearch", asUrl ? `https://integration.shopatron.com/api/v2/orderItem/?${q}` : q);
        const everyRefused = values.every((v) => pools[name]![1].includes(v));
        expect(diagnostics.some((d) => d.severity === "error"), `${q} ${JSON.stringify(diagnostics)}`).toBe(everyRefused);
        expect(diagnostics.filter((d) => d.ruleId === "search-repeated-parameter" && d.severity === "warning")).toHaveLength(1);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});

/**
 * The object form of a query as a server hands it over: Express's `req.query` (and
 * URLSearchParams grouped by name) gives a parameter given once as its string and one given
 * more than once as the array of its strings. Found by the service audit: `{ orderID: ["5",
 * "6"] }`, what `?orderID=5&orderID=6` is in `req.query`, was the stated error "orderID must be
 * a positive integer or a comma-separated list…", where the URL form gives only
 * search-repeated-parameter's warning.
 */
describe("a repeated parameter in the object form, as Express's req.query holds it", () => {
  /** The query's parameters grouped by name: a string for one value, the array of them for more. */
  const grouped = (pairs: readonly (readonly [string, string])[]): Record<string, string | string[]> => {
    const byName = new Map<string, string[]>();
    for (const [name, value] of pairs) byName.set(name, [...(byName.get(name) ?? []), value]);
    return Object.fromEntries([...byName].map(([name, values]) => [name, values.length === 1 ? values[0]! : values]));
  };
  const findings = (q: unknown) => validate("orderItemSearch", q).diagnostics.map((d) => `${d.ruleId} ${d.severity}`).sort();

  it("orderID given twice: the repeat's warning at /orderID, no error", () => {
    const { diagnostics } = validate("orderItemSearch", { orderID: ["5", "6"] });
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["search-repeated-parameter", "warning", "/orderID"]]);
    expect(findings({ orderID: ["5", "6"] })).toEqual(findings("?orderID=5&orderID=6"));
  });

  it("every value refused: the stated error, saying so, at the parameter", () => {
    const { diagnostics } = validate("orderItemSearch", { orderID: "1", perPage: ["101", "0"] });
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
      ["schema", "error", "/perPage"],
      ["search-repeated-parameter", "warning", "/perPage"],
    ]);
    expect(diagnostics[0]?.message).toContain("this holds for each of the 2 values given");
  });

  it("an array with a hole is no list of strings: checked as JSON.stringify sends it ([null]), not passed", () => {
    // Found by the types work: Array.prototype.every skips holes, so [ , ] read as a list of
    // strings, its one value a request file's variable: valid, no finding.
    // eslint-disable-next-line no-sparse-arrays
    const holed = { orderID: "555555", shipmentID: [, "7"] };
    const sent = JSON.parse(JSON.stringify(holed)) as unknown;
    expect(sent).toEqual({ orderID: "555555", shipmentID: [null, "7"] });
    expect(validate("orderItemSearch", holed).valid).toBe(false);
    expect(findings(holed)).toEqual(findings(sent));
  });

  it("property: the URL form and its grouped object form have the same findings", () => {
    const pair = fc.oneof(
      fc.constantFrom(...names).chain((name) => fc.constantFrom(...pools[name]![0], ...pools[name]![1]).map((value) => [name, value] as const)),
      fc.constantFrom(["pageSize", "5"] as const, ["orderId", "5"] as const, ["note", ""] as const),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const url = `?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&")}`;
        expect(findings(grouped(pairs)), url).toEqual(findings(url));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});

/**
 * Found by the audit: `{ orderID: [555555, 555556] }`, even `[5]`, was the stated error "orderID
 * must be a positive integer or a comma-separated list of positive integers", and `{ perPage:
 * [10, 20] }` "perPage must be an integer from 1 to 100", where the same values as strings are
 * search-repeated-parameter's warning. Every encoder sends a number as its String:
 * `new URLSearchParams({ orderID: [555555, 555556] })` writes `orderID=555555%2C555556`, as for
 * `["555555", "555556"]`; qs's `arrayFormat: "repeat"` and axios's `indexes: null` write
 * `orderID=555555&orderID=555556` for both. So an array of numbers gets its strings' verdict, each
 * value checked as seeds/002 says ("They must be positive integers").
 */
describe("an array of numbers in the object form is sent as the array of their strings", () => {
  const seen = (q: unknown) => validate("orderItemSearch", q).diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path, d.message]);
  const repeat = (path: string) => ["search-repeated-parameter", "warning", "inferred", path];

  const rows: readonly [name: string, given: Record<string, unknown>, found: readonly (readonly string[])[], says: readonly string[]][] = [
    ["numbers", { orderID: [555555, 555556] }, [repeat("/orderID")], ["orderID is given 2 times"]],
    ["strings", { orderID: ["555555", "555556"] }, [repeat("/orderID")], ["orderID is given 2 times"]],
    ["strings and numbers mixed", { orderID: ["555555", 555556] }, [repeat("/orderID")], ["orderID is given 2 times"]],
    ["one number: the parameter given once", { orderID: [5] }, [], []],
    ["[5, 0]: 0 refused beside 5 taken", { orderID: [5, 0] }, [repeat("/orderID")], ["they refuse orderID=0 (orderID must be a positive integer"]],
    ["[5.5, 6]: 5.5 is no integer", { orderID: [5.5, 6] }, [repeat("/orderID")], ["they refuse orderID=5.5 ("]],
    ["[0, -1]: every value refused, the stated error", { orderID: [0, -1] }, [["schema", "error", "stated", "/orderID"], repeat("/orderID")], ["this holds for each of the 2 values given"]],
    ["perPage [10, 20]: each in range", { orderID: "5", perPage: [10, 20] }, [repeat("/perPage")], ["perPage is given 2 times"]],
    ["perPage [10, 200]: 200 past the maximum", { orderID: "5", perPage: [10, 200] }, [repeat("/perPage")], ["they refuse perPage=200 (perPage must be an integer from 1 to 100"]],
    // new URLSearchParams writes [] as String([]), "perPage=" (qs and axios leave it out): an empty value, our reading.
    ["perPage []: sent empty", { orderID: "5", perPage: [] }, [["schema/search-empty-default", "warning", "inferred", "/perPage"]], ["perPage is empty"]],
    ["orderID []: sent empty or not at all, refused either way", { orderID: [] }, [["schema", "error", "stated", "/orderID"]], ["orderID must be a positive integer"]],
    // No reading holds a nested array as one parameter's values (qs and axios write orderID[0][0]=…, a name the OMS does not know).
    ["nested arrays", { orderID: [[555555, 555556]] }, [["schema", "error", "stated", "/orderID"]], ["orderID must be a positive integer"]],
  ];

  it.each(rows)("%s", (_, given, found, says) => {
    const diagnostics = seen(given);
    expect(diagnostics.map((d) => d.slice(0, 4))).toEqual(found);
    for (const words of says) expect(diagnostics.map((d) => d[4]).join("\n")).toContain(words);
  });

  // The audit: [1e21] was the stated error (its element is sent as "1e+21") while 1e21 alone passed with unsafe-integer's warning; URLSearchParams sends both as orderID=1e%2B21.
  it("a number alone gets the verdict of the same number in an array, the value sent quoted", () => {
    for (const [name, value, message] of [
      ["orderID", 1e21, "orderID must be a positive integer"],
      ["orderID", 1e-7, "orderID must be a positive integer"],
      ["perPage", 1e21, "perPage must be an integer from 1 to 100"],
    ] as const) {
      const query = (given: unknown) => (name === "orderID" ? { orderID: given } : { orderID: "5", [name]: given });
      const sent = String(value);
      expect(seen(query(value)).map((d) => d.slice(0, 4)), sent).toEqual([["schema", "error", "stated", `/${name}`]]);
      expect(seen(query(value)), sent).toEqual(seen(query([value])));
      expect(seen(query(value))[0]?.[4], sent).toContain(message);
      expect(seen(query(value))[0]?.[4], sent).toContain(`sent as ${name}=${sent}`);
    }
    // A number written in digits is sent as those digits: checked as it stands.
    expect(seen({ orderID: 555555 })).toEqual([]);
  });

  // Seed 50 of the suite: { sortBy: 1.5 } passed with sort-by-syntax's warning (sent as "1.5") while { sortBy: 5 } was the
  // stated error "sortBy must be a string", and { sortBy: [5] } the warning. Every encoder sends all three as text; the
  // documents type the text ("sortBy string"), and say nothing of one made of digits: the verdict of the string sent.
  it("a number for a parameter the documents type as a string is read as the string it is sent as, in digits too", () => {
    const syntax = [["schema/sort-by-syntax", "warning", "inferred", "/sortBy"]];
    for (const value of [5, 1.5, 1e-7, 5e-324, -3]) {
      expect(seen({ orderID: "5", sortBy: value }).map((d) => d.slice(0, 4)), String(value)).toEqual(syntax);
      expect(seen({ orderID: "5", sortBy: value }).map((d) => d.slice(0, 4)), String(value)).toEqual(seen({ orderID: "5", sortBy: String(value) }).map((d) => d.slice(0, 4)));
      expect(seen({ orderID: "5", sortBy: value }), String(value)).toEqual(seen({ orderID: "5", sortBy: [value] }));
    }
    // itemState's states are listed: 5 is sent as itemState=5, which the list refuses, and the message says what was sent.
    const state = seen({ orderID: "5", itemState: 5 });
    expect(state.map((d) => d.slice(0, 4))).toEqual([["schema", "error", "stated", "/itemState"]]);
    expect(state[0]?.[4]).toContain("sent as itemState=5");
  });

  it("the parameters read so are those the search schema types as strings only", () => {
    const schema = JSON.parse(readFileSync(new URL("../../schemas/orderItemSearch.json", import.meta.url), "utf8")) as { definitions: { queryParameters: { properties: Record<string, { type?: unknown }> } } };
    const typedString = Object.entries(schema.definitions.queryParameters.properties).flatMap(([name, one]) => (one.type === "string" ? [name] : []));
    expect([...stringParameters].sort()).toEqual(typedString.sort());
  });

  it("the URL such an array is sent as by a repeat encoder has the same findings", () => {
    const findings = (q: unknown) => validate("orderItemSearch", q).diagnostics.map((d) => [d.ruleId, d.severity, d.message]);
    expect(findings({ orderID: [555555, 555556], perPage: [10, 200] })).toEqual(findings("?orderID=555555&orderID=555556&perPage=10&perPage=200"));
  });

  it("the command line: warnings only exit 0, every value refused exits 1", async () => {
    const lint = (payload: unknown) => runCli(["--stdin", "--kind", "orderItemSearch", "--format", "json"], { input: JSON.stringify(payload) });
    const taken = await lint({ orderID: [555555, 555556] });
    expect(taken.code).toBe(0);
    expect((JSON.parse(taken.stdout) as { messages: { ruleId: string; severity: number; path: string }[] }[])[0]?.messages.map((m) => [m.ruleId, m.severity, m.path])).toEqual([["search-repeated-parameter", 1, "/orderID"]]);
    expect((await lint({ orderID: [0, -1] })).code).toBe(1);
  });

  it("property: any array of positive integers, as numbers and as strings, gives the same findings", () => {
    const parameter = fc.constantFrom("orderID", "shipmentID", "retailerID", "manufacturerID", "catalogIDs", "page", "perPage");
    const integers = fc.array(fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(parameter, integers, (name, values) => {
        const withOrder = (list: readonly unknown[]) => (name === "orderID" ? { orderID: list } : { orderID: "1", [name]: list });
        expect(seen(withOrder(values)), JSON.stringify(values)).toEqual(seen(withOrder(values.map(String))));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});
