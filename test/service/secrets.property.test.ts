import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { formatNames } from "../../src/formatters/index.js";
import { checkRequest, isValid, lintText, OmsValidationError, assertValid, standardSchema, validate, type Kind } from "../../src/index.js";
import { fixtures } from "../support/cli.js";
import { createOrder, importOrder } from "../support/payloads.js";

/**
 * A service logs oms-lint's messages: a secret planted in any secret field, of any type and
 * in text that does not parse, never appears in any output of the library or of the CLI.
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
  password: (o, m) => void (o.customer.password = m),
  email: (o, m) => void (o.customer.email = m),
  phone1: (o, m) => void (o.customer.phone1 = m),
  phone2: (o, m) => void (o.customer.phone2 = m),
  phone: (o, m) => void (o.shippingAddress.phone = m),
  billingPhone: (o, m) => void (o.orderPayments[0].paymentMethod.billingAddress.phone = m),
};

/** The payload text with each chosen field holding its planted text (and a typo elsewhere, for a warning). */
function payloadText(kind: Kind, plants: readonly (readonly [string, Planted])[]): string {
  const order = (kind === "createOrder" ? createOrder({ orderComent: "x" }) : importOrder()) as Record<string, any>;
  plants.forEach(([field], i) => fields[field]!(order, `__PLANT_${i}__`));
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

const sample = fc.record({
  kind: fc.constantFrom<Kind>("createOrder", "importOrder"),
  plants: fc.uniqueArray(fc.tuple(fc.constantFrom(...Object.keys(fields)), planted), { minLength: 1, maxLength: 3, selector: ([field]) => field }),
  format: fc.constantFrom(...formatNames),
});

describe("no secret in any message", () => {
  it("library results, errors and issues, and every CLI format, never hold a planted secret", async () => {
    await fc.assert(
      fc.asyncProperty(sample, async ({ kind, plants, format }) => {
        const text = payloadText(kind, plants);
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
        const all = outputs.join("\n");
        for (const [field, plant] of plants) {
          for (const secret of plant.secrets) expect(all, `${field} = ${plant.text} (${format})`).not.toContain(secret);
        }
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});
