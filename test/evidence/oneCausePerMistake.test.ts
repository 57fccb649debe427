import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { runCli } from "../support/cli.js";
import { createOrder, edited, importOrder, orderPayment, orderWithPayments, type Json, type JsonObject } from "../support/payloads.js";

/** A row: one mistake in a payload, and the one finding a user should see for it. */
interface Row {
  readonly name: string;
  readonly kind: Kind;
  readonly text: string;
  readonly ruleId: string;
  readonly path: string;
  readonly message: RegExp;
  /** What the finding's line holds (its key, or its value)… */
  readonly line: string;
  /** …the how-manieth time from the top (0: the first). */
  readonly nth?: number;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** The documents' import example, its maxAmount null (the example's value is advised against: a warning of its own). */
const cleanImport = edited(importOrder(), { "/orderPayments/0/maxAmount": null }) as JsonObject;
const twoPayments = orderWithPayments([orderPayment(), orderPayment({ cardNumber: "4222222222222" })]);

const readOnlyValues: readonly Row[] = [
  { field: "/orderID", value: "abc", message: /^orderID is set by the OMS when it creates the order/ },
  { field: "/orderID", value: 0, message: /^orderID is set by the OMS when it creates the order/ },
  { field: "/customer/customerID", value: true, message: /^customerID is set by the OMS; a value is ignored/ },
  { field: "/customer/customerCustomDataID", value: {}, message: /^customerCustomDataID is set by the OMS; a value is ignored/ },
].map(({ field, value, message }) => ({
  name: `createOrder ${field} ${JSON.stringify(value)}`,
  kind: "createOrder" as const,
  text: pretty(edited(createOrder(), { [field]: value as Json })),
  ruleId: "read-only-ids",
  path: field,
  message,
  line: `"${field.split("/").at(-1)}"`,
}));

const customDataIds: readonly Row[] = [
  { kind: "orderCustomData" as const, field: "orderCustomDataID", value: "x" },
  { kind: "orderCustomData" as const, field: "orderID", value: -5 },
  { kind: "orderItemCustomData" as const, field: "itemID", value: "x" },
].map(({ kind, field, value }) => ({
  name: `${kind} ${field} ${JSON.stringify(value)}`,
  kind,
  text: pretty({ name: "giftNote", value: "hello", [field]: value }),
  ruleId: "read-only-ids",
  path: `/${field}`,
  message: new RegExp(`^${field} is taken from the URL`),
  line: `"${field}"`,
}));

/** An integer beyond 2^53 in place of `field`'s value (the digits as written). */
function unsafeAt(value: JsonObject, field: string): string {
  return pretty(edited(value, { [field]: "@@" })).replace('"@@"', "98765432109876543210");
}

const unsafeIntegers: readonly Row[] = [
  { kind: "createOrder" as const, value: createOrder(), field: "/externalOrderID", message: /^externalOrderID must be a string/ },
  { kind: "createOrder" as const, value: createOrder(), field: "/locale", message: /^locale must be/ },
  { kind: "importOrder" as const, value: cleanImport, field: "/customerIP", message: /^customerIP must be/ },
  { kind: "createOrder" as const, value: twoPayments, field: "/orderPayments/1/paymentMethod/cardIssuer", message: /^cardIssuer must be/ },
  { kind: "orderCustomData" as const, value: { name: "giftNote", value: "x" }, field: "/value", message: /^value must be a string/ },
].map(({ kind, value, field, message }) => ({
  name: `${kind} ${field} beyond 2^53`,
  kind,
  text: unsafeAt(value, field),
  ruleId: "schema",
  path: field,
  message,
  line: "98765432109876543210",
}));

describe("one mistake, one finding, at the place to fix (validate(), lintText and the CLI alike)", () => {
  const table = (rows: readonly Row[]) =>
    it.each(rows.map((row) => [row.name, row]))("%s", async (_name, row) => {
      const lines = row.text.split("\n").flatMap((l, index) => (l.includes(row.line) ? [index + 1] : []));
      const line = lines[row.nth ?? 0];
      const messages = lintText(row.text, { kind: row.kind }).messages;
      expect(messages.map((m) => [m.ruleId, m.path, m.line])).toEqual([[row.ruleId, row.path, line]]);
      expect(messages[0]?.message).toMatch(row.message);
      // validate() on the parsed value: the same one finding (an unsafe integer then already rounded).
      const found = validate(row.kind, JSON.parse(row.text)).diagnostics;
      expect(found.map((d) => [d.ruleId, d.path, d.message])).toEqual([[row.ruleId, row.path, messages[0]?.message]]);
      const cli = await runCli(["--stdin", "--stdin-filename", "payload.json", "--kind", row.kind, "--format", "json"], { input: row.text });
      const [file] = JSON.parse(cli.stdout) as { messages: { ruleId: string; path: string; line: number }[] }[];
      expect(file?.messages.map((m) => [m.ruleId, m.path, m.line])).toEqual([[row.ruleId, row.path, line]]);
    });

  describe("a wrong value in a field the documents call read-only: leave it out (its type is moot)", () => table(readOnlyValues.concat(customDataIds)));
  describe("an integer beyond 2^53 where the documents take no number: the schema's type finding", () => table(unsafeIntegers));

  it("a finding of another cause at the same place stands beside it", () => {
    // Where a number belongs, the number beyond 2^53 is unsafe-integer's own finding.
    const catalog = unsafeAt(createOrder(), "/catalogID");
    expect(lintText(catalog, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path])).toEqual([["unsafe-integer", "/catalogID"]]);
    // A read-only field written twice: leave it out, and the repeat is a cause of its own.
    const twice = pretty(edited(createOrder(), { "/orderID": "abc" })).replace('"orderID": "abc"', '"orderID": "abc",\n  "orderID": "abd"');
    expect(lintText(twice, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path]).sort()).toEqual([
      ["duplicate-key", "/orderID"],
      ["read-only-ids", "/orderID"],
    ]);
  });
});
