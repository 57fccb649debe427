import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { formatNames } from "../../src/formatters/index.js";
import { checkRequest, isValid, lintHttpFile, lintText, OmsValidationError, assertValid, standardSchema, validate, type Kind } from "../../src/index.js";
import { luhnCheckDigit } from "../support/cardNumbers.js";
import { fixtures } from "../support/cli.js";
import { createOrder, importOrder } from "../support/payloads.js";

/**
 * A service logs oms-lint's messages: a secret planted in any secret field, of any type and
 * in text that does not parse, never appears in any output of the library or of the CLI;
 * nor does a card number or an e-mail address planted in a field that is not secret by
 * name, or in a request's path or query.
 */

/** A token no message could hold by chance: letters then digits. */
const token = fc.tuple(fc.stringMatching(/^[A-Za-z]{4,8}$/), fc.stringMatching(/^[0-9]{4,8}$/)).map(([a, b]) => a + b);

interface Planted {
  /** The JSON (or not-JSON) text put in the field's place. */
  readonly text: string;
  /** What must never be printed. */
  readonly secrets: readonly string[];
}

const digits = fc.stringMatching(/^[1-9][0-9]{16,22}$/);

const planted: fc.Arbitrary<Planted> = fc.oneof(
  token.map((t) => ({ text: JSON.stringify(t), secrets: [t] })),
  fc.tuple(token, token).map(([a, b]) => ({ text: JSON.stringify(`${a}"\\\u0001 ${b}`), secrets: [a, b] })),
  digits.map((d) => ({ text: d, secrets: [d, d.slice(0, 12), String(Number(d)).slice(0, 12)] })),
  fc.tuple(token, token).map(([a, b]) => ({ text: JSON.stringify({ [a]: b, list: [b, { x: a }] }), secrets: [b] })),
  token.map((t) => ({ text: JSON.stringify([t, t.length]), secrets: [t] })),
  // Text that does not parse: a card number with spaces, an unquoted word, a bad escape, an open string.
  fc.tuple(token, token).map(([a, b]) => ({ text: `${a} ${b}`, secrets: [a, b] })),
  fc.tuple(digits, digits).map(([a, b]) => ({ text: `${a} ${b}`, secrets: [a.slice(0, 12), b.slice(0, 12)] })),
  token.map((t) => ({ text: `'${t}'`, secrets: [t] })),
  token.map((t) => ({ text: `"${t}\\q"`, secrets: [t] })),
  token.map((t) => ({ text: `0${t.replace(/\D/g, "")}`, secrets: [t.replace(/\D/g, "")] })),
  token.map((t) => ({ text: `[${t}]`, secrets: [t] })),
);

type Setter = (order: Record<string, any>, marker: string) => void;

const fields: Readonly<Record<string, Setter>> = {
  cardNumber: (o, m) => void (o.orderPayments[0].paymentMethod.cardNumber = m),
  cardSecurityCode: (o, m) => void (o.orderPayments[0].paymentMethod.cardSecurityCode = m),
  cardExpiration: (o, m) => void (o.orderPayments[0].paymentMethod.cardExpiration = m),
  cardHolderName: (o, m) => void (o.orderPayments[0].paymentMethod.cardHolderName = m),
  pin: (o, m) => void (o.orderPayments[0].paymentMethod.pin = m),
  token: (o, m) => void (o.orderPayments[0].paymentMethod.token = m),
  password: (o, m) => void (o.customer.password = m),
  email: (o, m) => void (o.customer.email = m),
  phone1: (o, m) => void (o.customer.phone1 = m),
  phone2: (o, m) => void (o.customer.phone2 = m),
  phone: (o, m) => void (o.shippingAddress.phone = m),
  billingPhone: (o, m) => void (o.orderPayments[0].paymentMethod.billingAddress.phone = m),
};

/** Fields that are not secret by name, where a value of the wrong kind is quoted back (an enum's "got …", an unknown key's value). */
const plainFields: Readonly<Record<string, Setter>> = {
  cardIssuer: (o, m) => void (o.orderPayments[0].paymentMethod.cardIssuer = m),
  paymentType: (o, m) => void (o.orderPayments[0].paymentMethod.paymentType = m),
  locale: (o, m) => void (o.locale = m),
  currency: (o, m) => void (o.currency = m),
  customerIP: (o, m) => void (o.customerIP = m),
  availability: (o, m) => void (o.orderItems[0].product.availability = m),
  deliveryMethod: (o, m) => void (o.shippingMethod.deliveryMethod = m),
  orderComment: (o, m) => void (o.orderComment = m),
};

/** The payload text with each chosen field holding its planted text (and a typo elsewhere, for a warning). */
function payloadText(kind: Kind, plants: readonly (readonly [string, Planted])[], setters: Readonly<Record<string, Setter>> = fields): string {
  const order = (kind === "createOrder" ? createOrder({ orderComent: "x" }) : importOrder()) as Record<string, any>;
  plants.forEach(([field], i) => setters[field]!(order, `__PLANT_${i}__`));
  let text = JSON.stringify(order, null, 2);
  plants.forEach(([, plant], i) => (text = text.replace(`"__PLANT_${i}__"`, () => plant.text)));
  return text;
}

function cliIo(text: string) {
  const out = { text: "" };
  const io: CliIo = {
    cwd: fixtures,
    env: {},
    stdoutIsTTY: false,
    readStdin: async () => Buffer.from(text),
    writeStdout: (t) => void (out.text += t),
    writeStderr: (t) => void (out.text += t),
  };
  return { io, out };
}

/** Every output of the library and the CLI for the text as a payload of the kind: results, errors, issues, a request's verdict, a CLI report. */
async function outputsOf(kind: Kind, text: string, format: string): Promise<string[]> {
  const outputs: string[] = [JSON.stringify(lintText(text, { kind }))];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value !== undefined) {
    outputs.push(JSON.stringify(validate(kind, value)), JSON.stringify(validate(kind, value, { rules: { "unknown-property": "error" } })));
    outputs.push(JSON.stringify(standardSchema(kind, { failOn: "warning" })["~standard"].validate(value)));
    try {
      assertValid(kind, value, { failOn: "warning" });
    } catch (error) {
      expect(error).toBeInstanceOf(OmsValidationError);
      outputs.push(String(error), (error as Error).stack ?? "", JSON.stringify(error), JSON.stringify((error as OmsValidationError).issues));
    }
    isValid(kind, value);
  }
  const url = kind === "createOrder" ? "https://integration.shopatron.com/api/v2/createOrder/" : "https://integration.shopatron.com/api/v2/importOrder/";
  outputs.push(JSON.stringify(checkRequest({ method: "POST", url, body: text })));
  const { io, out } = cliIo(text);
  await run(["--stdin", "--kind", kind, "--format", format], io);
  outputs.push(out.text);
  return outputs;
}

const sample = fc.record({
  kind: fc.constantFrom<Kind>("createOrder", "importOrder"),
  plants: fc.uniqueArray(fc.tuple(fc.constantFrom(...Object.keys(fields)), planted), { minLength: 1, maxLength: 3, selector: ([field]) => field }),
  format: fc.constantFrom(...formatNames),
});

/**
 * A payment card number: 13 to 18 digits, the first not 0 (ISO/IEC 7812-1 gives no card issuer
 * a major industry identifier of 0), and the Luhn check digit (14 to 19 in all: Visa's 13-digit
 * numbers are no longer issued), whole or in groups of four set off by spaces or dashes.
 */
const cardNumber = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 17 }), fc.constantFrom("", " ", "-"))
  .map(([first, rest, separator]) => {
    const body = [first, ...rest];
    const digits = [...body, luhnCheckDigit(body)].join("");
    return separator === "" ? digits : digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
  });

const emailAddress = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._+-]{2,12}$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), fc.constantFrom("com", "example", "co.uk", "io"))
  .map(([local, domain, top]) => `${local}@${domain}.${top}`);

const lookalike = fc.oneof(cardNumber, emailAddress);

const lookalikeSample = fc.record({
  kind: fc.constantFrom<Kind>("createOrder", "importOrder"),
  plants: fc.uniqueArray(fc.tuple(fc.constantFrom(...Object.keys(plainFields)), lookalike, fc.boolean()), { minLength: 1, maxLength: 3, selector: ([field]) => field }),
  format: fc.constantFrom(...formatNames),
  inUrl: fc.tuple(lookalike, lookalike),
});

describe("no secret in any message", () => {
  it("library results, errors and issues, and every CLI format, never hold a planted secret", async () => {
    await fc.assert(
      fc.asyncProperty(sample, async ({ kind, plants, format }) => {
        const outputs = await outputsOf(kind, payloadText(kind, plants), format);
        const all = outputs.join("\n");
        for (const [field, plant] of plants) {
          for (const secret of plant.secrets) expect(all, `${field} = ${plant.text} (${format})`).not.toContain(secret);
        }
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });

  it("a card number or an e-mail address in a field not secret by name, in a URL path parameter or in the query, is never quoted either", async () => {
    await fc.assert(
      fc.asyncProperty(lookalikeSample, async ({ kind, plants, format, inUrl }) => {
        // A card number planted bare: a number (digits only) or text that does not parse (in groups).
        const texts = plants.map(([field, plant, bare]): [string, Planted] => [field, { text: bare && !plant.includes("@") ? plant : JSON.stringify(plant), secrets: [] }]);
        const outputs = await outputsOf(kind, payloadText(kind, texts, plainFields), format);
        const [path, query] = [encodeURIComponent(inUrl[0]), encodeURIComponent(inUrl[1])];
        const calls = [
          { method: "POST", url: `https://integration.shopatron.com/api/v2/order/${path}/customData`, body: '{"name":"a","value":"b"}' },
          { method: "POST", url: `https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID=${query}`, body: '{"name":"a","value":"b"}' },
          { method: "GET", url: `https://integration.shopatron.com/api/v2/orderItem/?orderID=${query}&itemState=${path}&perPage=${query}` },
        ];
        for (const call of calls) {
          outputs.push(JSON.stringify(checkRequest({ ...call, headers: { "content-type": "application/json" } })));
          outputs.push(JSON.stringify(lintHttpFile(`${call.method} ${call.url}\ncontent-type: application/json\n\n${call.body ?? ""}\n`)));
        }
        const all = outputs.join("\n");
        for (const planted of [...plants.map(([, plant]) => plant), ...inUrl]) {
          for (const form of new Set([planted, planted.replace(/[ -]/g, ""), encodeURIComponent(planted)])) expect(all, `${planted} (${format})`).not.toContain(form);
        }
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });
});
