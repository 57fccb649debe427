import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import { schemaErrorPaths } from "../support/mutate.js";

const property = { seed: 20261123, numRuns: 150 };
const errors = (query: object | string) => schemaErrorPaths("orderItemSearch", query);
const messages = (query: object | string) => validate("orderItemSearch", query).diagnostics.filter((d) => d.ruleId === "schema").map((d) => d.message);

describe("orderItemSearch schema", () => {
  it("orderID is required", () => {
    expect(errors({ shipmentID: "1" })).toEqual(["/orderID"]);
    expect(errors({ orderID: "555555" })).toEqual([]);
  });

  it.each(["orderID", "shipmentID", "retailerID", "manufacturerID", "catalogIDs"])("%s: a comma list of positive integers", (name) => {
    const query = (value: string) => ({ orderID: "1", [name]: value });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1, maxLength: 6 }), (ids) => {
        expect(errors(query(ids.join(",")))).toEqual([]);
      }),
      property,
    );
    for (const bad of ["0", "-1", "1,,2", "1, 2", "a", "", "1.5", "1,0"]) {
      expect(errors(query(bad)), bad).toEqual([`/${name}`]);
    }
    expect(messages(query("x"))[0]).toContain(name);
  });

  it("itemState: NORMAL, PREORDER, PROMOTION or CANCELED", () => {
    for (const state of ["NORMAL", "PREORDER", "PROMOTION", "CANCELED"]) expect(errors({ orderID: "1", itemState: state })).toEqual([]);
    expect(errors({ orderID: "1", itemState: "CANCELLED" })).toEqual(["/itemState"]);
  });

  // "In the case of performing a search with multiple terms of the same parameter, such as
  // retrieving multiple order IDs at once, use a comma-separated list."
  it("itemState: a comma-separated list of listed states passes; its first unlisted element is the error, named", () => {
    const states = fc.constantFrom("NORMAL", "PREORDER", "PROMOTION", "CANCELED");
    fc.assert(
      fc.property(fc.array(states, { minLength: 2, maxLength: 5 }), (list) => {
        expect(validate("orderItemSearch", { orderID: "555", itemState: list.join(",") }).diagnostics).toEqual([]);
      }),
      property,
    );
    fc.assert(
      fc.property(fc.array(states, { maxLength: 2 }), fc.array(states, { maxLength: 2 }), fc.constantFrom("LOST", "CANCELLED", "normal", "", " NORMAL"), (before, after, bad) => {
        const list = [...before, bad, ...after].join(",");
        fc.pre(list.includes(","));
        const found = validate("orderItemSearch", { orderID: "555", itemState: list }).diagnostics;
        expect(found.map((d) => [d.ruleId, d.severity, d.path])).toEqual([["schema", "error", "/itemState"]]);
        expect(found[0]?.message).toContain(`; got ${JSON.stringify(bad)}`);
        expect(found[0]?.message).toContain(`in the list ${JSON.stringify(list)}`);
      }),
      property,
    );
    expect(messages({ orderID: "1", itemState: "NORMAL,CANCELLED" })).toEqual([
      'itemState must be NORMAL, PREORDER, PROMOTION or CANCELED, or a comma-separated list of them; got "CANCELLED" (did you mean CANCELED?), in the list "NORMAL,CANCELLED"',
    ]);
    expect(errors("https://integration.shopatron.com/api/v2/orderItem/?orderID=555555&itemState=NORMAL,CANCELED")).toEqual([]);
    expect(errors("?orderID=555555&itemState=NORMAL,LOST")).toEqual([""]);
  });

  it("itemState: a list with several unlisted elements names each of them, once, in one finding", () => {
    const cases: [string, string][] = [
      ["Normal,LOST", 'got "Normal" (listed as "NORMAL") and "LOST", in the list "Normal,LOST"'],
      ["LOST,NORMAL,CANCELLED", 'got "LOST" and "CANCELLED" (did you mean CANCELED?), in the list "LOST,NORMAL,CANCELLED"'],
      ["x,y,x,z", 'got "x", "y" and "z", in the list "x,y,x,z"'],
      ["NORMAL,LOST", 'got "LOST", in the list "NORMAL,LOST"'],
      [Array.from({ length: 12 }, (_, i) => `s${i}`).join(","), 'got "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9" and 2 more, in the list'],
    ];
    for (const [itemState, named] of cases) {
      const found = validate("orderItemSearch", { orderID: "5", itemState }).diagnostics;
      expect(found.map((d) => [d.ruleId, d.severity, d.path]), itemState).toEqual([["schema", "error", "/itemState"]]);
      expect(found[0]?.message, itemState).toContain(`; ${named}`);
    }
  });

  it("page ≥ 1; perPage 1–100", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 200 }), (n) => {
        expect(errors({ orderID: "1", page: String(n) })).toEqual(n >= 1 ? [] : ["/page"]);
        expect(errors({ orderID: "1", perPage: String(n) })).toEqual(n >= 1 && n <= 100 ? [] : ["/perPage"]);
      }),
      property,
    );
    for (const [n, ok] of [[0, false], [1, true], [100, true], [101, false]] as const) {
      expect(errors({ orderID: "1", perPage: String(n) }), `perPage ${n}`).toEqual(ok ? [] : ["/perPage"]);
      expect(errors({ orderID: "1", perPage: n }), `perPage ${n} as a number`).toEqual(ok ? [] : ["/perPage"]);
    }
  });

  // Found by the rules audit: `page=` was the stated error "page must be a positive integer",
  // though the document gives its default "even if not provided in the search request": whether
  // an empty value counts as not provided, it does not say.
  describe("an empty page or perPage, whose defaults the document gives: our reading, a warning", () => {
    const pageSays = "The default and minimum value is “1”, so it will be automatically set as 1 even if not provided in the search request.";
    const perPageSays = "The default is “10”.";
    const given = (name: string) => [
      [`a URL`, `https://integration.shopatron.com/api/v2/orderItem/?orderID=5&${name}=`, ""],
      [`a query string`, `?orderID=5&${name}=&itemState=NORMAL`, ""],
      [`an object of parameters`, { orderID: "5", [name]: "" }, `/${name}`],
    ] as const;
    const cases = [
      ["page", pageSays, "leave page out to get the default of 1"],
      ["perPage", perPageSays, "leave perPage out to get the default of 10"],
    ] as const;
    for (const [name, says, advice] of cases) {
      it.each(given(name))(`${name}= in %s: one warning, quoting the default and saying what the document leaves open`, (_form, query, path) => {
        const result = validate("orderItemSearch", query);
        expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.evidence, d.path])).toEqual([["schema/search-empty-default", "warning", "inferred", path]]);
        expect(result.errorCount).toBe(0);
        const message = result.diagnostics[0]!.message;
        expect(message).toContain(`${name} is empty: the documents say "${says}"`);
        expect(message).toContain(`not whether the OMS takes an empty ${name}= as not provided or refuses it (our reading)`);
        expect(message).toContain(advice);
      });
    }

    it("a value the documents refuse is still the stated error: page=0, perPage=101, page=x", () => {
      for (const query of ["?orderID=5&page=0", "?orderID=5&perPage=101", "?orderID=5&page=x"]) {
        expect(validate("orderItemSearch", query).diagnostics.map((d) => [d.ruleId, d.severity]), query).toEqual([["schema", "error"]]);
      }
    });

    // The document gives no default for these: itemState's values are its listed set, the IDs
    // "must be positive integers", sortBy's "minimum length is 1", and an Order ID "is necessary".
    it("an empty parameter with no documented default stays the stated error", () => {
      for (const name of ["itemState", "shipmentID", "retailerID", "manufacturerID", "catalogIDs", "sortBy"]) {
        expect(validate("orderItemSearch", `?orderID=5&${name}=`).diagnostics.map((d) => [d.ruleId, d.severity]), name).toEqual([["schema", "error"]]);
      }
      expect(validate("orderItemSearch", "?orderID=").diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["schema", "error"]]);
    });

    it("given more than once: the empty value's warning and the repeat's, one each", () => {
      const findings = (query: string) => validate("orderItemSearch", query).diagnostics.map((d) => [d.ruleId, d.severity]);
      const both = [["schema/search-empty-default", "warning"], ["search-repeated-parameter", "warning"]];
      expect(findings("?orderID=5&page=&page=2")).toEqual(both);
      expect(findings("?orderID=5&page=&page=")).toEqual(both);
      // A value the documents refuse beside the empty one: the OMS may read either, so the refusal is the repeat's warning, named there.
      expect(findings("?orderID=5&perPage=&perPage=500")).toEqual(both);
      expect(validate("orderItemSearch", "?orderID=5&perPage=&perPage=500").diagnostics[1]?.message).toContain("they refuse perPage=500");
    });
  });

  it("sortBy: field names, each optionally prefixed by + or -", () => {
    for (const sort of ["orderItemID", "-orderItemID", "+partNumber,-quantity"]) expect(errors({ orderID: "1", sortBy: sort }), sort).toEqual([]);
    for (const sort of ["", "-", "a,,b", "--a", "a b"]) expect(errors({ orderID: "1", sortBy: sort }), sort).toEqual(["/sortBy"]);
  });

  it("accepts the query as a whole URL or a query string; errors then point at the string", () => {
    expect(errors("https://integration.shopatron.com/api/v2/orderItem/?orderID=555555&shipmentID=111111")).toEqual([]);
    expect(errors("orderID=555555,555556&perPage=20")).toEqual([]);
    expect(errors("?orderID=555555&itemState=CANCELED")).toEqual([]);
    expect(errors("https://integration.shopatron.com/api/v2/orderItem/?orderID=[Order ID]")).toEqual([""]);
    expect(errors("https://integration.shopatron.com/api/v2/orderItem/?shipmentID=1")).toEqual([""]);
    expect(messages("orderID=1&perPage=101")).toEqual([expect.stringContaining("perPage")]);
  });

  // Found by the audit of diagnostic wording: the repeat was read as "10,20" and called no integer.
  it("a parameter given twice: each value is checked as written, and the repeat is a warning that names it", () => {
    const findings = (query: string) => validate("orderItemSearch", query).diagnostics.map((d) => [d.ruleId, d.severity, d.parameter]);
    const repeat = (name: string) => ["search-repeated-parameter", "warning", name];
    expect(findings("?orderID=5&perPage=10&perPage=20")).toEqual([repeat("perPage")]);
    expect(validate("orderItemSearch", "?orderID=5&perPage=10&perPage=20").valid).toBe(true);
    expect(findings("?orderID=5&page=3&page=1")).toEqual([repeat("page")]);
    // A value the documents refuse beside one they take: the OMS may read either, so the refusal is the repeat's warning (test/lint/repeatedSearchParameter.test.ts).
    expect(findings("?orderID=5&perPage=10&perPage=500")).toEqual([repeat("perPage")]);
    expect(findings("?orderID=5&perPage=0&perPage=500")).toEqual([["schema", "error", "perPage"], repeat("perPage")]);
    expect(findings("?orderID=5&orderID=6")).toEqual([repeat("orderID")]);
    expect(findings("?orderID=5&orderID=x")).toEqual([repeat("orderID")]);
    expect(findings("?orderID=y&orderID=x")).toEqual([["schema", "error", "orderID"], repeat("orderID")]);
    // An unknown parameter given twice is unknown-property's one finding.
    expect(findings("?orderID=5&x=1&x=2")).toEqual([["unknown-property", "warning", "x"]]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 5 }), (values) => {
        expect(findings(`orderID=1&${values.map((n) => `perPage=${n}`).join("&")}`)).toEqual([repeat("perPage")]);
      }),
      property,
    );
  });

  it("a + in a URL is a space: the message says to write %2B", () => {
    expect(errors("orderID=1&sortBy=%2BpartNumber")).toEqual([]);
    // A space in a field name is against our reading of the syntax (schema/sort-by-syntax, a warning).
    const syntax = validate("orderItemSearch", "orderID=1&sortBy=+partNumber").diagnostics.filter((d) => d.ruleId === "schema/sort-by-syntax");
    expect(syntax.map((d) => [d.severity, d.message])).toEqual([["warning", expect.stringContaining("%2B")]]);
    // The document states the prefixes (seeds/002: "use a minus (-) in front of field name for
    // descending, a plus (+) for ascending"): the message quotes that, and calls only the rest our
    // reading (it said the document "gives no syntax": audit of the surfaces).
    const passage = "use a minus (-) in front of field name for descending, a plus (+) for ascending";
    expect(readFileSync(new URL("../fixtures/seeds/002_75287faee7b08d2b.txt", import.meta.url), "utf8")).toContain(passage);
    expect(syntax[0]?.message).toContain(`"${passage}"`);
    expect(syntax[0]?.message).toContain("our reading");
    expect(syntax[0]?.message).not.toMatch(/gives no syntax/);
  });
});

describe("orderItemSearchResponse schema", () => {
  it("needs a collection array of order item records", () => {
    expect(schemaErrorPaths("orderItemSearchResponse", { collection: [] })).toEqual([]);
    expect(schemaErrorPaths("orderItemSearchResponse", {})).toEqual(["/collection"]);
    expect(schemaErrorPaths("orderItemSearchResponse", { collection: [{ orderID: 1 }] })).toEqual(["/collection/0/orderItemID"]);
    expect(schemaErrorPaths("orderItemSearchResponse", { collection: [{ orderItemID: 1, orderID: 1, itemState: "GONE" }] })).toEqual([
      "/collection/0/itemState",
    ]);
  });
});

describe("orderItemSearchResponse: a record's customData", () => {
  // seeds/002 says only "The response details all of the information associated with the order
  // item: general order information, custom data, item options"; its type is seen in the example
  // response alone (the "customOrderData object" line types a request field of the import), so a
  // record whose customData is not an object is our reading: a warning, as the record's other fields.
  it("of another type is schema/response-shape's warning, and the response stays valid", () => {
    const result = validate("orderItemSearchResponse", { collection: [{ orderItemID: 1, orderID: 2, customData: "x" }] });
    expect(result.valid).toBe(true);
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.path, d.message])).toEqual([
      ["schema/response-shape", "warning", "/collection/0/customData", expect.stringContaining("our reading of the example response")],
    ]);
  });

  it("as an object or null draws nothing", () => {
    for (const customData of [{ giftWrap: "yes" }, null]) {
      expect(validate("orderItemSearchResponse", { collection: [{ orderItemID: 1, orderID: 2, customData }] }).diagnostics).toEqual([]);
    }
  });
});
