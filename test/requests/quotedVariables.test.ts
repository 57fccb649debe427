import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { createOrder, importOrder, orderPayment, type Json, type JsonObject } from "../support/payloads.js";
import { scratchServer } from "../lsp/scratchServer.js";
import { columnOf, lineOf } from "./support.js";
import "../support/fastCheckSeed.js";
import { asPostmanRawBody, createOrderLine } from "../support/requestBodies.js";

/**
 * REST Client (VariableProcessor.processRawRequest) and Postman fill `{{…}}` inside a body's
 * strings before they send it, from places the file does not hold: an environment,
 * `{{$dotenv …}}`, `{{$processEnv …}}`, `{{$datetime …}}`, an earlier response. A string holding
 * one sends a value oms-lint cannot know: nothing is said of its value (an enum, a length, a
 * pattern, a format, a rule reading it), while what holds whatever it fills to stays (a string
 * where the documents type a number; a misspelt key). A variable the file defines is filled
 * first, and the value sent is checked (README, "Variables …").
 */


/** The documents' Create Order example as a REST Client file's body, with its fields set as given (JSON text each). */
function httpFile(fields: Readonly<Record<string, string>>, head = ""): string {
  let body = JSON.stringify(createOrder(), null, 2);
  for (const [name, value] of Object.entries(fields)) {
    const written = new RegExp(`^( {2}"${name}": ).*?(,?)$`, "m");
    body = written.test(body) ? body.replace(written, (_, key: string, comma: string) => `${key}${value}${comma}`) : body.replace(/^\{/, `{\n  "${name}": ${value},`);
  }
  return `${head}${createOrderLine}${body}\n`;
}


interface Expected {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: 1 | 2;
  /** The text the finding stands at (its first occurrence in the file). */
  readonly at: string;
  readonly message: RegExp;
}

interface Row {
  readonly name: string;
  readonly http: string;
  readonly findings: readonly Expected[];
}

const rows: readonly Row[] = [
  {
    name: "the audit's file: currency and landingCode each one variable",
    http: httpFile({ currency: '"{{currency}}"', landingCode: '"{{code}}"' }),
    findings: [],
  },
  {
    name: "locale from a .env file, availability from an environment",
    http: httpFile({ locale: '"{{$dotenv LOCALE}}"' }).replace('"availability": "Y"', '"availability": "{{avail}}"'),
    findings: [],
  },
  {
    name: "a date REST Client makes ({{$datetime}}) and an address from a .env file: no format warning",
    http: httpFile({ expectedDeliveryDate: '"{{$datetime iso8601 1 d}}"', customerIP: '"{{$dotenv IP}}"' }),
    findings: [],
  },
  {
    name: "a variable of the process's environment, a length the documents give",
    http: httpFile({ landingCode: '"{{$processEnv CODE}}"' }),
    findings: [],
  },
  {
    name: "a string partly a variable: its value is still unknown",
    http: httpFile({ currency: '"EUR{{suffix}}"', locale: '"{{lang}}-US"' }),
    findings: [],
  },
  {
    name: "a file variable whose value is a variable the client fills: what is sent is still unknown",
    http: httpFile({ landingCode: '"{{code}}"' }, "@code = {{$dotenv CODE}}\n\n"),
    findings: [],
  },
  {
    name: "a file variable the file defines is filled, and the value sent is checked",
    http: httpFile({ currency: '"{{currency}}"' }, "@currency = USDX\n\n"),
    findings: [{ ruleId: "schema", messageId: "enum", severity: 2, at: '"{{currency}}"', message: /^currency must be one of the 35 documented ISO codes: .*; got "USDX"$/ }],
  },
  {
    name: "a file variable that fills a valid value: nothing",
    http: httpFile({ currency: '"{{currency}}"' }, "@currency = USD\n\n"),
    findings: [],
  },
  {
    name: "quotes send a string whatever fills them: a string where the documents type an integer stays an error",
    http: httpFile({ manufacturerID: '"{{mfgId}}"' }),
    findings: [{ ruleId: "schema", messageId: "type", severity: 2, at: '"{{mfgId}}"', message: /^manufacturerID must be an integer/ }],
  },
  {
    name: "a string whatever it fills to: max-amount-string's warning stays (a string's type is our reading), no error",
    http: httpFile({}).replace('"maxAmount": null', '"maxAmount": "{{amount}}"'),
    findings: [{ ruleId: "max-amount-string", messageId: "spellsNoNumber", severity: 1, at: '"{{amount}}"', message: /^maxAmount is a string that spells no number as written: the documents name its values but give maxAmount no type/ }],
  },
  {
    name: "a read-only ID set to any string is set: read-only-ids's warning stays",
    http: httpFile({}).replace('"customerID": null', '"customerID": "{{customerId}}"'),
    findings: [{ ruleId: "read-only-ids", messageId: "setByOms", severity: 1, at: '"{{customerId}}"', message: /^customerID is set by the OMS; a value is ignored/ }],
  },
  {
    name: "a misspelt key whose value holds a variable: its name is known, its finding stays at the key",
    http: httpFile({ landingCod: '"{{code}}"' }),
    findings: [{ ruleId: "unknown-property", messageId: "alreadyHas", severity: 1, at: '"landingCod"', message: /^unknown property "landingCod": it stands for landingCode, which this object already has/ }],
  },
  {
    name: "a value beside the variable is still checked",
    http: httpFile({ currency: '"{{currency}}"', landingCode: '"short"' }),
    findings: [{ ruleId: "schema", messageId: "minLength", severity: 2, at: '"short"', message: /^landingCode needs at least 10 characters/ }],
  },
  {
    name: "an escaped brace is sent as it stands, no variable: the value is checked",
    http: httpFile({ currency: '"\\u007b{x}}"' }),
    findings: [{ ruleId: "schema", messageId: "enum", severity: 2, at: '"\\u007b{x}}"', message: /^currency must be one of the 35 documented ISO codes/ }],
  },
];

/** Each finding as a user reads it: rule, message id, severity, line and column, message. */
const shown = (messages: readonly { ruleId: string; messageId: string; severity: number; line: number; column: number; message: string }[]) =>
  messages.map(({ ruleId, messageId, severity, line, column, message }) => ({ ruleId, messageId, severity, line, column, message }));
const expectedIn = (text: string, findings: readonly Expected[]) =>
  findings.map(({ ruleId, messageId, severity, at, message }) => ({ ruleId, messageId, severity, line: lineOf(text, at), column: columnOf(text, at), message: expect.stringMatching(message) }));

describe("a variable inside a body's string stands for a value oms-lint cannot know", () => {
  describe("a REST Client file", () => {
    for (const row of rows) it(row.name, () => expect(shown(lintHttpFile(row.http, "orders.http").messages)).toEqual(expectedIn(row.http, row.findings)));
  });

  it("on a Historic Order Import, max-amount-string's warning for a string maxAmount stays (the rule reads imports too)", () => {
    const order = importOrder() as JsonObject & { orderPayments: JsonObject[] };
    order.orderPayments[0]!.maxAmount = "{{amount}}";
    const text = `POST https://integration.shopatron.com/api/v2/importOrder/\nContent-Type: application/json\n\n${JSON.stringify(order, null, 2)}\n`;
    const found = lintHttpFile(text, "orders.http").messages.filter((m) => m.path === "/orderPayments/0/maxAmount");
    expect(shown(found)).toEqual([
      { ruleId: "max-amount-string", messageId: "spellsNoNumber", severity: 1, line: lineOf(text, '"{{amount}}"'), column: columnOf(text, '"{{amount}}"'), message: expect.stringMatching(/^maxAmount is a string that spells no number as written/) },
    ]);
  });

  describe("the same body as a Postman raw body", () => {
    // A file's own variables (`@currency = …`) are REST Client's: a collection's body is sent as written.
    for (const row of rows.filter((r) => r.http.startsWith("POST"))) {
      it(row.name, () => {
        const found = lintPostmanCollection(asPostmanRawBody(row.http), "orders.postman_collection.json").messages;
        expect(found.map(({ ruleId, messageId, severity, message }) => ({ ruleId, messageId, severity, message }))).toEqual(
          row.findings.map(({ ruleId, messageId, severity, message }) => ({ ruleId, messageId, severity, message: expect.stringMatching(new RegExp(`^body /[\\w/]+: ${message.source.slice(1)}`)) })),
        );
      });
    }
  });

  it("a collection's own variable is filled first, and the value sent is checked", () => {
    const text = asPostmanRawBody(httpFile({ currency: '"{{currency}}"' }));
    const withVariable = (value: string) => JSON.stringify({ ...JSON.parse(text), variable: [{ key: "currency", value }] });
    expect(lintPostmanCollection(withVariable("USD"), "orders.postman_collection.json").messages).toEqual([]);
    expect(lintPostmanCollection(withVariable("USDX"), "orders.postman_collection.json").messages).toEqual([
      expect.objectContaining({ ruleId: "schema", messageId: "enum", severity: 2, message: expect.stringMatching(/^body \/currency: currency must be one of the 35 documented ISO codes: .*; got "USDX"/) }),
    ]);
  });

  describe("the command line", () => {
    const temp = mkdtempSync(join(tmpdir(), "oms-lint-quoted-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it("the audit's file exits 0 with nothing to say; a filled value it refuses exits 1", async () => {
      writeFileSync(join(temp, "f.http"), rows[0]!.http);
      writeFileSync(join(temp, "g.http"), rows[6]!.http);
      expect(await runCli(["--no-config", "--format", "compact", "f.http"], { cwd: temp })).toEqual({ code: 0, stdout: "", stderr: "" });
      const refused = await runCli(["--no-config", "--format", "compact", "g.http"], { cwd: temp });
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(`g.http:${lineOf(rows[6]!.http, '"{{currency}}"')}:${columnOf(rows[6]!.http, '"{{currency}}"')}: error currency must be one of the 35 documented ISO codes`);
    });
  });

  describe("the language server publishes what the command line reports", () => {
    const server = scratchServer("quoted-variables");
    rows.forEach((row, index) => {
      it(row.name, async () => {
        const { client } = server;
        // A document of its own for each row: a closed one's last (empty) diagnostics are not read as the next one's.
        const document = await client.open(server.uri(`orders-${index}.http`), "http", row.http);
        const published = (await client.diagnosticsOf(document.uri, 1)).map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line + 1, column: d.range.start.character + 1 }));
        // The protocol's severities: 1 an error, 2 a warning.
        expect(published).toEqual(expectedIn(row.http, row.findings).map(({ ruleId, severity, line, column }) => ({ code: ruleId, severity: severity === 2 ? 1 : 2, line, column })));
        await client.close(document.uri);
      });
    });
  });
});

/** A valid Create Order that holds the strings the schema and the rules check by value: dates, an address, codes, a card. */
function checkedOrder(): JsonObject {
  const order = createOrder({ currency: "EUR", currencyLocale: "fr-FR", expectedDeliveryDate: "2026-11-23T10:00:00Z", landingCode: "ABCDEFGHIJKL" });
  (order.orderPayments as Json[]).push(orderPayment({}, { maxAmount: 5 }));
  return order;
}

/** The pointer of every string in a value. */
function stringPointers(value: Json, at = ""): string[] {
  if (typeof value === "string") return [at];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => stringPointers(inner, `${at}/${key}`));
}

/** The pointer of every number, boolean, object and list below the top of a value (null and strings left out: a string may be wanted there). */
function nonStringPointers(value: Json, at = ""): string[] {
  if (value === null || typeof value !== "object") return typeof value === "string" || value === null || at === "" ? [] : [at];
  const inner = Object.entries(value).flatMap(([key, held]) => nonStringPointers(held, `${at}/${key}`));
  return at === "" ? inner : [at, ...inner];
}

function withValueAt(value: JsonObject, pointer: string, to: string): JsonObject {
  const copy = structuredClone(value);
  const keys = pointer.split("/").slice(1);
  const last = keys.pop() as string;
  let node = copy as Record<string, Json>;
  for (const key of keys) node = node[key] as Record<string, Json>;
  node[last] = to;
  return copy;
}

describe("property: a field of a valid Create Order that is no string, made a string holding a variable, draws what any string draws there", () => {
  const order = checkedOrder();
  const pointers = nonStringPointers(order);
  const http = (body: JsonObject) => `${createOrderLine}${JSON.stringify(body, null, 2)}\n`;
  const findingsAt = (pointer: string, to: string) =>
    lintHttpFile(http(withValueAt(order, pointer, to)), "orders.http")
      .messages.filter((m) => m.path === pointer)
      .map(({ ruleId, messageId, severity }) => ({ ruleId, messageId, severity }));

  it("a string where a number, a boolean, an object or a list is wanted is refused whatever fills it", () => {
    const variable = fc.stringMatching(/^\$?[A-Za-z_][\w .-]{0,15}$/);
    fc.assert(
      fc.property(fc.constantFrom(...pointers), variable, (pointer, name) => {
        const found = findingsAt(pointer, `{{${name}}}`);
        expect(found.length).toBeGreaterThan(0);
        expect(found).toEqual(findingsAt(pointer, name));
      }),
      { numRuns: 100 },
    );
  });
});

describe("property: any string of a valid Create Order, made to hold an unfilled variable, draws nothing at its pointer", () => {
  const order = checkedOrder();
  const pointers = stringPointers(order);
  const http = (body: JsonObject) => `${createOrderLine}${JSON.stringify(body, null, 2)}\n`;

  it("the order itself draws nothing, in a file and in a collection", () => {
    expect(lintHttpFile(http(order), "orders.http").messages).toEqual([]);
    expect(lintPostmanCollection(asPostmanRawBody(http(order)), "orders.postman_collection.json").messages).toEqual([]);
  });

  it("holds for any variable, any text around it, in a file and in a collection", () => {
    // A name as REST Client and Postman write one: no brace, no line break (`$dotenv NAME` has a blank).
    const name = fc.stringMatching(/^\$?[A-Za-z_][\w .-]{0,15}$/);
    const around = fc.string({ maxLength: 12 }).filter((s) => !/[{}\r\n]/.test(s));
    fc.assert(
      fc.property(fc.constantFrom(...pointers), around, name, around, fc.boolean(), (pointer, before, variable, after, inCollection) => {
        const text = http(withValueAt(order, pointer, `${before}{{${variable}}}${after}`));
        const found = inCollection
          ? lintPostmanCollection(asPostmanRawBody(text), "orders.postman_collection.json").messages.filter((m) => m.message.startsWith(`body ${pointer}: `))
          : lintHttpFile(text, "orders.http").messages.filter((m) => m.path === pointer);
        expect(found).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
