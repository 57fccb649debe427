import { describe, expect, it } from "vitest";
import { assertValid, checkRequest, fix, isValid, lintHttpFile, lintPostmanCollection, lintText, splitOrder, standardSchema, unifiedDiff, validate, withPreSubmitCheck } from "../../src/index.js";
import { orderItem, orderWithItems } from "../support/payloads.js";
import { thrownError } from "../support/thrownError.js";

/**
 * Every public entry point checks its options the same way (found by the library audit:
 * validate() and lintText() took a misspelt option, or a setting of the wrong type, and
 * silently ran without it): a TypeError naming the function, the option or setting, and
 * the nearest valid name or the type it takes.
 */

const record = { name: "Gift", value: "x" };
const url = "https://integration.shopatron.com/api/v2/createOrder/";
const call = (fn: Function, ...args: unknown[]) => () => fn(...args);

const thrown = thrownError;

describe("a misspelt or unknown option", () => {
  const table: [string, () => unknown, RegExp][] = [
    ["validate's maxdepth", call(validate, "orderCustomData", record, { maxdepth: 3 }), /^validate: unknown option "maxdepth" \(did you mean "maxDepth"\?\); the options are: rules, settings, existing, maxDepth, maxEntries, maxValues$/],
    ["validate's failOn", call(validate, "orderCustomData", record, { failOn: "warning" }), /^validate: unknown option "failOn": validate\(\) fails nothing, it reports every finding; isValid, assertValid, standardSchema, checkRequest and withPreSubmitCheck take failOn\. The options are: /],
    ["validate's failon", call(validate, "orderCustomData", record, { failon: "warning" }), /^validate: unknown option "failon" \(did you mean "failOn"\?\): validate\(\) fails nothing/],
    ["lintText's knd", call(lintText, "{}", { knd: "orderCustomData" }), /^lintText: unknown option "knd" \(did you mean "kind"\?\); the options are: kind, filePath, /],
    ["lintText's maxentries", call(lintText, "{}", { kind: "orderCustomData", maxentries: 1 }), /^lintText: unknown option "maxentries" \(did you mean "maxEntries"\?\)/],
    ["lintText's failOn", call(lintText, "{}", { failOn: "warning" }), /^lintText: unknown option "failOn": lintText\(\) fails nothing/],
    ["fix's kind (its own argument)", call(fix, "{}", undefined, { rule: {} }), /^fix: unknown option "rule" \(did you mean "rules"\?\)/],
    ["lintHttpFile's setting", call(lintHttpFile, "", "a.http", { setting: {} }), /^lintHttpFile: unknown option "setting" \(did you mean "settings"\?\); the options are: rules, settings, maxDepth, maxEntries, maxValues$/],
    ["lintPostmanCollection's existing (it takes none)", call(lintPostmanCollection, "{}", "c.json", { existing: record }), /^lintPostmanCollection: unknown option "existing"; the options are: /],
    ["isValid's failon", call(isValid, "orderCustomData", record, { failon: "warning" }), /^isValid: unknown option "failon" \(did you mean "failOn"\?\)/],
    ["standardSchema's failon", call(standardSchema, "orderCustomData", { failon: "warning" }), /^standardSchema: unknown option "failon" \(did you mean "failOn"\?\)/],
    ["checkRequest's baseURL", call(checkRequest, { url }, { baseURL: url }), /^checkRequest: unknown option "baseURL" \(did you mean "baseUrl"\?\)/],
    // existing is refused by name (below), so neither lists it nor suggests it (the audit: "did you mean existing?", then "not taken").
    ["checkRequest's existng", call(checkRequest, { url }, { existng: record }), /^checkRequest: unknown option "existng"; the options are: rules, settings, maxDepth, maxEntries, maxValues, failOn, baseUrl$/],
    ["withPreSubmitCheck's existng", call(withPreSubmitCheck, fetch, { existng: record }), /^withPreSubmitCheck: unknown option "existng"; the options are: rules, settings, maxDepth, maxEntries, maxValues, failOn, baseUrl, onInvalid, maxBodySize$/],
    ["splitOrder's idtemplate", call(splitOrder, orderWithItems([orderItem()]), { idtemplate: "{id}-{n}" }), /^splitOrder: unknown option "idtemplate" \(did you mean "idTemplate"\?\); the options are: idTemplate, settings, minorDigits, maxValues$/],
    ["unifiedDiff's contxt", call(unifiedDiff, "a", "b", { contxt: 1 }), /^unifiedDiff: unknown option "contxt" \(did you mean "context"\?\); the options are: fromFile, toFile, context$/],
  ];
  it.each(table)("%s", (_what, act, message) => {
    const error = thrown(act);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
  });

  it("validate() takes no facts of a text (lintText's own): a malformed one gave rules internal errors, a made-up one made-up findings", () => {
    expect(() => validate("orderCustomData", record, { source: {} } as never)).toThrow(/validate: unknown option "source"/);
  });

  it("checkRequest and withPreSubmitCheck refuse existing, which they took and ignored: a renaming PUT was sent", () => {
    const existing = { name: "Gift", value: "w" };
    expect(() => checkRequest({ method: "GET", url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=1" }, { existing } as never)).toThrow(/^checkRequest: option "existing" is not taken: .*isValid\(kind, body, \{ existing \}\)/);
    expect(() => withPreSubmitCheck(fetch, { existing } as never)).toThrow(/^withPreSubmitCheck: option "existing" is not taken/);
  });

  it("each option the unknown-option message lists is taken by the function that lists it", () => {
    const listed = (act: () => unknown) => thrown(act).message.replace(/^.*the options are: /s, "").split(", ");
    const checkRequestOptions = listed(call(checkRequest, { url }, { unknown: 1 }));
    const preSubmitOptions = listed(call(withPreSubmitCheck, fetch, { unknown: 1 }));
    expect(checkRequestOptions).not.toContain("existing");
    for (const name of checkRequestOptions) expect(() => checkRequest({ url }, { [name]: undefined })).not.toThrow();
    for (const name of preSubmitOptions) expect(() => withPreSubmitCheck(fetch, { [name]: undefined })).not.toThrow();
  });

  it("each option an entry point documents is taken", () => {
    expect(() => validate("orderCustomData", record, { rules: {}, settings: {}, existing: record, maxDepth: 5, maxEntries: 5, maxValues: 50 })).not.toThrow();
    expect(() => lintText("{}", { kind: "orderCustomData", filePath: "a.json", rules: {}, settings: {}, existing: record, maxDepth: 5, maxEntries: 5, maxValues: 50 })).not.toThrow();
    expect(() => fix("{}", "orderCustomData", { filePath: "a.json", rules: {}, settings: {}, existing: record, maxDepth: 5 })).not.toThrow();
    expect(() => lintHttpFile("", "a.http", { rules: {}, settings: {}, maxDepth: 5, maxEntries: 5, maxValues: 50 })).not.toThrow();
  });
});

describe("a setting or option of the wrong type", () => {
  const mixed = orderWithItems([orderItem({ availability: "D", partNumber: "A1" }), orderItem({ availability: "Y", partNumber: "B2" })]);

  it("the setting an onBlocks tenant gives as a string is refused, not read as off", () => {
    // With onBlocks the OMS splits the order itself; as off, availability-split would report it.
    expect(validate("createOrder", mixed).diagnostics.filter((d) => d.ruleId === "availability-split")).not.toEqual([]);
    expect(validate("createOrder", mixed, { settings: { onBlocks: true } }).diagnostics.filter((d) => d.ruleId === "availability-split")).toEqual([]);
    expect(thrown(call(validate, "createOrder", mixed, { settings: { onBlocks: "true" } })).message).toBe('validate: setting onBlocks must be true or false; got "true"');
  });

  const table: [string, () => unknown, RegExp][] = [
    ["validate's onBlocks: 1", call(validate, "createOrder", mixed, { settings: { onBlocks: 1 } }), /^validate: setting onBlocks must be true or false; got 1$/],
    ["validate's certifiedPartNumbers as one string", call(validate, "createOrder", mixed, { settings: { certifiedPartNumbers: "FIT" } }), /^validate: setting certifiedPartNumbers must be a list of part numbers \(strings\); got "FIT"$/],
    ["lintText's onBlocks: 1", call(lintText, "{}", { settings: { onBlocks: 1 } }), /^lintText: setting onBlocks must be true or false; got 1$/],
    ["lintText's skipInternationalTax as a string", call(lintText, "{}", { settings: { skipInternationalTax: "yes" } }), /^lintText: setting skipInternationalTax must be true or false/],
    ["fix's customNoOperationTypes as a string", call(fix, "{}", undefined, { settings: { customNoOperationTypes: "ZZ" } }), /^fix: setting customNoOperationTypes must be a list of subtype codes/],
    ["lintHttpFile's certifiedPartNumbers of numbers", call(lintHttpFile, "", "a.http", { settings: { certifiedPartNumbers: [1] } }), /^lintHttpFile: setting certifiedPartNumbers must be a list/],
    ["splitOrder's onBlocks as a string", call(splitOrder, mixed, { settings: { onBlocks: "true" } }), /^splitOrder: setting onBlocks must be true or false; got "true"$/],
    ["assertValid's onBlocks as a string", call(assertValid, "createOrder", mixed, { settings: { onBlocks: "true" } }), /^assertValid: setting onBlocks must be true or false/],
    ["validate's existing as the name alone", call(validate, "orderCustomData", record, { existing: "Gift" }), /^validate: options\.existing must be the custom data record the PUT replaces, \{ name, value \}; got the string "Gift"$/],
    ["validate's existing: null", call(validate, "orderCustomData", record, { existing: null }), /^validate: options\.existing must be .*; got null$/],
    ["isValid's existing: null", call(isValid, "orderCustomData", record, { existing: null }), /^isValid: options\.existing must be .*; got null$/],
    ["lintText's existing as an array", call(lintText, "{}", { existing: [record] }), /^lintText: options\.existing must be .*; got an array$/],
    // Found by the service audit: a rule's level or id named no function.
    ["validate's unknown-property: 3", call(validate, "orderCustomData", record, { rules: { "unknown-property": 3 } }), /^validate: rule "unknown-property": a setting is "off", "warn", "error" \(or 0, 1, 2\), or \["warn" \| "error", \{ options \}\]; got 3$/],
    ["validate's misspelt rule", call(validate, "orderCustomData", record, { rules: { "unknown-propery": "off" } }), /^validate: unknown rule "unknown-propery" \(did you mean "unknown-property"\?\)/],
    ["fix's unknown-property: 3", call(fix, "{}", "orderCustomData", { rules: { "unknown-property": 3 } }), /^fix: rule "unknown-property": a setting is/],
    ["lintText's unknown-property: 3", call(lintText, "{}", { rules: { "unknown-property": 3 } }), /^lintText: rule "unknown-property": a setting is/],
    ["isValid's unknown-property: 3", call(isValid, "orderCustomData", record, { rules: { "unknown-property": 3 } }), /^isValid: rule "unknown-property": a setting is/],
    ["standardSchema's tax-rate-cap option", call(standardSchema, "createOrder", { rules: { "tax-rate-cap": ["warn", { x: 1 }] } }), /^standardSchema: rule "tax-rate-cap" takes no options; got option "x"$/],
    ["checkRequest's unknown-property: 3", call(checkRequest, { url }, { rules: { "unknown-property": 3 } }), /^checkRequest: rule "unknown-property": a setting is/],
    // Found by the service audit: a record without a string name was the one such TypeError that named no function.
    ["validate's existing name 5", call(validate, "orderCustomData", record, { existing: { name: 5 } }), /^validate: options\.existing must hold the record's name, a string: \{ name, value \}; its name is number$/],
    ["lintText's existing without a name", call(lintText, "{}", { kind: "orderCustomData", existing: { value: "x" } }), /^lintText: options\.existing must hold the record's name/],
    ["fix's existing name null", call(fix, "{}", "orderCustomData", { existing: { name: null } }), /^fix: options\.existing must hold the record's name/],
    ["isValid's existing name 5", call(isValid, "orderCustomData", record, { existing: { name: 5 } }), /^isValid: options\.existing must hold the record's name/],
    ["assertValid's existing name 5", call(assertValid, "orderCustomData", record, { existing: { name: 5 } }), /^assertValid: options\.existing must hold the record's name/],
    ["standardSchema's existing name 5", call(standardSchema, "orderCustomData", { existing: { name: 5 } }), /^standardSchema: options\.existing must hold the record's name/],
  ];
  it.each(table)("%s", (_what, act, message) => {
    const error = thrown(act);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
  });
});
