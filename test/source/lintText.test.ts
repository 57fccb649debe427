import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectKind } from "../../src/kinds/kindDetection.js";
import { allKinds, type Kind } from "../../src/kinds/kinds.js";
import { lintText, validate } from "../../src/builtIn/linter.js";
import { decodeUtf8 } from "../../src/source/utf8.js";
import { positionOf, valuePosition } from "../support/cli.js";
import { createOrder } from "../support/payloads.js";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

describe("lintText (the library function for services that hold the text)", () => {
  it("places schema diagnostics at their values, sorted by line", () => {
    const text = example("createOrder.json").replace('"catalogID": 0', '"catalogID": -1').replace('"sendEmail": true', '"sendEmail": "yes"');
    const result = lintText(text, { kind: "createOrder", filePath: "order.json" });
    expect(result).toMatchObject({ filePath: "order.json", kind: "createOrder", errorCount: 2 });
    const byPath = Object.fromEntries(result.messages.map((m) => [m.path, m]));
    expect(byPath["/catalogID"]).toMatchObject({ ruleId: "schema", severity: 2, ...valuePosition(text, "catalogID") });
    expect(byPath["/sendEmail"]).toMatchObject({ ruleId: "schema", severity: 2, ...valuePosition(text, "sendEmail") });
    const lines = result.messages.map((m) => m.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("a parse fault is the one fatal message", () => {
    const result = lintText('{"name": "a", "value": MFG_ID}', { kind: "orderCustomData" });
    expect(result.messages).toEqual([
      { ruleId: "parse", messageId: "parse", severity: 2, level: "error", evidence: "stated", message: expect.stringContaining("MFG_ID"), path: "", line: 1, column: 24, endLine: 1, endColumn: 30, fatal: true },
    ]);
    expect(result.kind).toBe("orderCustomData");
  });

  it("each repeat of a key is reported at its own place", () => {
    const text = '{\n  "name": "a",\n  "value": "b",\n  "name": "c",\n  "name": "d"\n}';
    const repeats = lintText(text, { kind: "orderCustomData" }).messages.filter((m) => m.ruleId === "duplicate-key");
    expect(repeats.map((m) => ({ line: m.line, column: m.column }))).toEqual([valuePosition(text, "name", 2), valuePosition(text, "name", 3)]);
  });

  it("an unsafe integer is reported at its digits", () => {
    const text = '{\n  "name": "a",\n  "value": "b",\n  "catalogID": 12345678901234567890\n}';
    const found = lintText(text, { kind: "orderCustomData" }).messages.find((m) => m.ruleId === "unsafe-integer");
    expect(found).toMatchObject({ path: "/catalogID", ...positionOf(text, "12345678901234567890") });
  });

  it("tells the kind from the content, or says it cannot and how a caller names it (the kind option: a service has no --kind)", () => {
    expect(lintText('{"orderID": "1"}').kind).toBe("orderItemSearch");
    const unknown = lintText('{"hello": 1}');
    expect(unknown.kind).toBeNull();
    expect(unknown.messages).toHaveLength(1);
    expect(unknown.messages[0]).toMatchObject({ ruleId: "kind", severity: 2, line: 1, column: 1 });
    expect(unknown.messages[0]!.message).toContain("pass its kind as the kind option");
    expect(unknown.messages[0]!.message).not.toContain("--kind");
    expect(unknown.messages[0]!.message).toContain("createOrder, importOrder, orderCustomData");
  });

  it("an unknown kind is a TypeError, as in validate()", () => {
    expect(() => lintText("{}", { kind: "order" as Kind })).toThrow(TypeError);
  });
});

describe("kind detection", () => {
  const examples: [string, Kind | undefined][] = [
    ["createOrder.json", "createOrder"],
    ["importOrder.json", "importOrder"],
    ["orderCustomData.json", "orderCustomData"],
    ["orderCustomDataRecord.json", "orderCustomDataRecord"],
    // The two custom data bodies are the same {name, value}: a bare one is order custom data.
    ["orderItemCustomData.json", "orderCustomData"],
    ["orderItemCustomDataRecord.json", "orderItemCustomDataRecord"],
    ["orderItemSearch.json", "orderItemSearch"],
    ["orderItemSearch-url.json", "orderItemSearch"],
    ["orderItemSearchResponse.json", "orderItemSearchResponse"],
  ];
  it.each(examples)("examples/%s → %s", (file, kind) => {
    expect(detectKind(JSON.parse(example(file)))).toBe(kind);
  });

  it("the table holds the example of every kind of the registry", () => {
    expect(allKinds.filter((kind) => !examples.some(([file]) => file === `${kind}.json`))).toEqual([]);
  });

  // An import that forgot its orderStatus is still an import when a field only the import document names says so.
  // Audit of Create Order / import verdicts: a serializer that writes every field of a shared model writes
  // assignedLocation, useInventory and orderStatus as null too, and those had made a Create Order an import.
  const importOnly = ["orderStatus", "assignedLocation", "useInventory", "importedCreationDate", "orderCreationDate"];
  it.each(importOnly)("a Create Order carrying %s: null (a shared model's serializer) is no sign of an import", (key) => {
    const { kind } = lintText(JSON.stringify({ ...createOrder(), [key]: null }));
    expect(kind).toBe("createOrder");
  });

  // undefined too: JSON.stringify drops it, and the kind of a value must be the kind of its text (found by the audit of the service surface).
  it("an order is an import when one of the import's own fields holds a value, whichever of them are absent, null or undefined; its text is of the same kind", () => {
    const { orderStatus: _status, assignedLocation: _location, useInventory: _inventory, ...importWithout } = JSON.parse(example("importOrder.json"));
    const given = fc.oneof(fc.constant<"absent">("absent"), fc.constant(null), fc.constant(undefined), fc.jsonValue().filter((value) => value !== null));
    fc.assert(
      fc.property(fc.constantFrom(createOrder(), importWithout), fc.tuple(...importOnly.map(() => given)), (order, values) => {
        const fields = Object.fromEntries(importOnly.flatMap((key, i) => (values[i] === "absent" ? [] : [[key, values[i]]])));
        const heldValue = Object.values(fields).some((value) => value !== null && value !== undefined);
        const value = { ...order, ...fields };
        expect([detectKind(value), lintText(JSON.stringify(value)).kind]).toEqual(Array(2).fill(heldValue ? "importOrder" : "createOrder"));
      }),
      // 150 runs, measured: with 758bb5c0's defect (a null import field an import's sign) 34 fail (63 of 300); with
      // e0d77fee's (an undefined one) 34 (58 of 300).
      { numRuns: 150 },
    );
  });

  // JSON.stringify leaves out a key whose value is undefined: a value is of the kind of the text it is sent as, whichever
  // of the keys detection reads are undefined (the audit of e0d77fe: {name, value, externalOrderID: undefined} was a Create Order).
  const detectionKeys = ["name", "value", "externalOrderID", "orderItems", "orderPayments", "collection", "itemID", "orderItemCustomDataID", "orderCustomDataID", "orderID", "perPage", "other"];
  it("a value whose keys detection reads are absent, undefined, a function or JSON is of the kind its JSON text is", () => {
    const held = fc.oneof(fc.constant(undefined), fc.constant(undefined), fc.constant(() => 1), fc.jsonValue({ maxDepth: 1 }), fc.constant("1"), fc.constant([]));
    const given = fc.record(Object.fromEntries(detectionKeys.map((key) => [key, held])), { requiredKeys: [] });
    fc.assert(
      fc.property(given, (value) => {
        // lintText's kind is null where the content does not say (detectKind's undefined).
        expect(detectKind(value) ?? null).toBe(lintText(JSON.stringify(value)).kind);
      }),
      // 200 runs, measured: with ecc67028's defect (an undefined key other than the import's own read as present) 44 fail
      // (88 of 500).
      { numRuns: 200 },
    );
  });

  it.each([
    [{ name: "a", value: "b", externalOrderID: undefined }, "orderCustomData"],
    [{ name: "a", value: "b", itemID: undefined }, "orderCustomData"],
    [{ name: "a", value: "b", orderCustomDataID: undefined, orderID: 5 }, "orderCustomData"],
    [{ name: "a", value: "b", orderCustomDataID: 3, orderID: undefined }, "orderCustomData"],
    [{ name: undefined, value: undefined, orderID: 5, perPage: "10" }, "orderItemSearch"],
    [{ orderID: 5, perPage: "10", other: undefined }, "orderItemSearch"],
  ])("%o is read as its JSON text, without the undefined keys → %s", (value, kind) => {
    expect([detectKind(value), lintText(JSON.stringify(value)).kind]).toEqual([kind, kind]);
  });

  // A value is of the kind of the text JSON.stringify sends: its toJSON methods applied, at the top and in a member,
  // its keys not enumerable left out, a boxed string unboxed (the audit of the last service fixes: each was told apart).
  class Note {
    name = "giftMessage";
    value = "hi";
    externalOrderID = "A-1";
    toJSON() {
      return { name: this.name, value: this.value };
    }
  }
  const unlisted = (object: object, key: string, value: unknown) => Object.defineProperty(object, key, { value, enumerable: false });
  const hidingExternalOrderID = new Proxy(
    { name: "a", value: "b", externalOrderID: "A-1" },
    { getOwnPropertyDescriptor: (target, key) => ({ ...Reflect.getOwnPropertyDescriptor(target, key)!, ...(key === "externalOrderID" ? { enumerable: false } : {}) }) },
  );
  it.each([
    ["a class whose toJSON leaves out externalOrderID", "orderCustomData", new Note()],
    ["an externalOrderID whose toJSON answers undefined", "orderCustomData", { name: "a", value: "b", externalOrderID: { toJSON: () => undefined } }],
    ["an orderStatus whose toJSON answers null", "createOrder", { externalOrderID: "x", orderStatus: { toJSON: () => null } }],
    ["a collection whose toJSON answers an array", "orderItemSearchResponse", { collection: { toJSON: () => [] } }],
    ["an externalOrderID not enumerable", "orderCustomData", unlisted({ name: "a", value: "b" }, "externalOrderID", "A-1")],
    ["a Proxy reporting externalOrderID not enumerable", "orderCustomData", hidingExternalOrderID],
    ["a boxed search URL", "orderItemSearch", new String("/api/v2/orderItem/?orderID=1")],
    ["a search with a key whose toJSON answers undefined", "orderItemSearch", { orderID: 1, foo: { toJSON: () => undefined } }],
    ["a boxed orderID string", "orderItemSearch", { orderID: new String("1"), other: 1 }],
    ["an orderStatus of NaN (written null)", "createOrder", { externalOrderID: "x", orderStatus: Number.NaN }],
  ])("%s is of the kind of its JSON text, %s", (_case, kind, value: unknown) => {
    expect([detectKind(value), lintText(JSON.stringify(value)).kind]).toEqual([kind, kind]);
  });

  // The same at random: toJSON at the top and in the members, keys not enumerable, boxed strings.
  it("a value written otherwise by JSON.stringify (toJSON, keys not enumerable, boxed strings) is of the kind its JSON text is", () => {
    const json = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant("1"), fc.constant([]), fc.constant(null));
    const held = fc.oneof(
      fc.constant(undefined),
      json,
      json.map((answer) => ({ toJSON: () => answer })),
      fc.constant({ toJSON: () => undefined }),
      fc.string().map((text) => new String(text)),
      fc.constant(new String("/api/v2/orderItem/?orderID=1")),
    );
    const given = fc.record(Object.fromEntries(detectionKeys.map((key) => [key, held])), { requiredKeys: [] });
    const value = fc.tuple(given, fc.subarray(detectionKeys), fc.boolean()).map(([members, hidden, answered]) => {
      const object: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(members)) {
        if (hidden.includes(key)) unlisted(object, key, member);
        else object[key] = member;
      }
      return answered ? { other: "x", toJSON: () => object } : object;
    });
    fc.assert(
      fc.property(fc.oneof(value, fc.string().map((text) => new String(text)), fc.constant(new String("orderID=1"))), (subject) => {
        expect(detectKind(subject) ?? null).toBe(lintText(JSON.stringify(subject)).kind);
      }),
      { numRuns: 500 },
    );
  });

  it.each(importOnly)("a Create Order value whose %s is undefined is a Create Order, as its text is, and validate() gives it Create Order's verdict", (key) => {
    const order = { ...createOrder(), [key]: undefined };
    expect(detectKind(order)).toBe("createOrder");
    expect(validate("createOrder", order)).toMatchObject({ valid: true, errorCount: 0, warningCount: 0 });
  });

  it("a Create Order with the import's fields as null gets Create Order's errors, and no import's", () => {
    const order = createOrder({ assignedLocation: null, useInventory: null, importedCreationDate: null, orderStatus: null });
    (order.orderItems as { itemSpecifics: Record<string, unknown> }[])[0]!.itemSpecifics.itemTaxOverride = 1000;
    const result = lintText(JSON.stringify(order, null, 2));
    expect(result.kind).toBe("createOrder");
    const errors = result.messages.filter((m) => m.level === "error").map((m) => [m.ruleId, m.path]);
    expect(errors).toEqual([["tax-rate-cap", "/orderItems/0/itemSpecifics/itemTaxOverride"]]);
    expect(result.messages.filter((m) => m.path === "/orderStatus" && m.ruleId === "schema")).toEqual([]);
  });

  it.each([["importedCreationDate", "2019-05-01T10:00:00Z"], ["orderCreationDate", "2019-05-01T10:00:00Z"]])("an order with %s and no orderStatus → importOrder", (key, date) => {
    const { orderStatus: _status, assignedLocation: _location, useInventory: _inventory, ...rest } = JSON.parse(example("importOrder.json"));
    expect(detectKind({ ...rest, [key]: date })).toBe("importOrder");
  });

  it("tells a forgetful import what it lacks, not Create Order's errors", () => {
    const { orderStatus: _status, assignedLocation: _location, useInventory: _inventory, ...rest } = JSON.parse(example("importOrder.json"));
    const result = lintText(JSON.stringify({ ...rest, importedCreationDate: "2019-05-01T10:00:00Z", currency: "EUR" }, null, 2));
    expect(result.kind).toBe("importOrder");
    const found = result.messages.map((m) => [m.ruleId, m.level, m.path]);
    expect(found).toContainEqual(["schema", "error", "/orderStatus"]);
    // HI in EUR: Create Order's statement, our reading on an import (a warning), and no unknown importedCreationDate.
    expect(found).toContainEqual(["create-order-fields", "warning", "/orderPayments/0/paymentMethod/noOperationType"]);
    expect(found.filter(([ruleId, level]) => ruleId === "no-operation-subtype" || ruleId === "unknown-property" || (level === "error" && ruleId !== "schema"))).toEqual([]);
  });

  it.each([
    [{ name: "a", value: "b", itemID: 5 }, "orderItemCustomData"],
    [{ name: "a", value: "b", orderCustomDataID: 5 }, "orderCustomData"],
    [{ orderID: 5, perPage: "10" }, "orderItemSearch"],
    ["orderID=1,2&page=2", "orderItemSearch"],
    ["/api/v2/orderItem/?shipmentID=1", "orderItemSearch"],
    [{ orderID: 5, other: 1 }, undefined],
    ["hello", undefined],
    [[1, 2], undefined],
    [null, undefined],
  ])("%j → %s", (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });
});

describe("UTF-8", () => {
  it("bytes that are not UTF-8 are reported at the first bad one", () => {
    const bytes = Buffer.concat([Buffer.from('{"name": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const decoded = decodeUtf8(bytes);
    expect(decoded).toMatchObject({ ok: false, offset: 13 });
    expect(decodeUtf8(Buffer.from([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({ ok: false, message: expect.stringContaining("UTF-16") });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, offset: 0 });
    expect(decodeUtf8(Buffer.from("é😀"))).toEqual({ ok: true, text: "é😀" });
  });
});

describe("lintText() and validate() say a finding's severity in the same words", () => {
  it("each message's level is validate()'s severity for the same finding, and agrees with ESLint's 2/1", () => {
    const body = { ...JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")), orderComent: "typo", currency: "USX" };
    const linted = lintText(JSON.stringify(body, null, 2), { kind: "createOrder" }).messages;
    const validated = validate("createOrder", body).diagnostics;
    expect(linted.map((m) => [m.ruleId, m.path, m.level])).toEqual(validated.map((d) => [d.ruleId, d.path, d.severity]));
    expect(new Set(linted.map((m) => m.level))).toEqual(new Set(["error", "warning"]));
    for (const m of linted) expect(m.severity).toBe(m.level === "error" ? 2 : 1);
  });
});
