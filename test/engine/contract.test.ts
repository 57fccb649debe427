import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { builtInLinter, fix, lintText, validate } from "../../src/builtIn/linter.js";
import { defineRule } from "../../src/engine/rule.js";
import { UnknownMessageIdError } from "../../src/engine/ruleEngine.js";
import { applyFix } from "../../src/fix/fix.js";
import { createLinter } from "../../src/lint/linter.js";
import { createOrder, type JsonObject } from "../support/payloads.js";
import { fixtures } from "../support/cli.js";

/** A rule of our own, as a library caller would write one. */
const noComment = defineRule<{ readonly allowEmpty?: boolean }>({
  meta: {
    id: "acme/no-order-comment",
    description: "Acme's checkout never sends an order comment.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: { document: "Acme's integration notes", passage: "The checkout does not send orderComment to the OMS." },
    messages: { comment: "orderComment is set ({{length}} characters)" },
    optionsSchema: { type: "object", properties: { allowEmpty: { type: "boolean" } }, additionalProperties: false },
    defaultOptions: { allowEmpty: false },
  },
  check({ value, options, report }) {
    const comment = (value as JsonObject).orderComment;
    if (typeof comment !== "string" || (options.allowEmpty && comment === "")) return;
    report({ path: "/orderComment", messageId: "comment", data: { length: comment.length } });
  },
});

const commented = (orderComment: string) => createOrder({ orderComment });

describe("the engine runs the rules it is handed, and those alone", () => {
  it("a linter of one rule of our own: its findings only, no schema check, no built-in rule", () => {
    const linter = createLinter({ rules: [noComment] });
    // catalogID -1 breaks the schema; the built-in linter says so, this one does not run it.
    const payload = createOrder({ orderComment: "hello", catalogID: -1 });
    expect(linter.validate("createOrder", payload).diagnostics).toEqual([
      { ruleId: "acme/no-order-comment", messageId: "comment", severity: "warning", evidence: "inferred", message: "orderComment is set (5 characters)", path: "/orderComment" },
    ]);
    expect(validate("createOrder", payload).diagnostics.map((d) => d.ruleId)).toContain("schema");
    expect(validate("createOrder", payload).diagnostics.map((d) => d.ruleId)).not.toContain("acme/no-order-comment");
  });

  it("the built-in set knows no rule id it was not handed", () => {
    const linter = createLinter({ rules: [noComment] });
    expect(() => linter.validate("createOrder", createOrder(), { rules: { "tax-rate-cap": "off" } })).toThrow(/unknown rule "tax-rate-cap"/);
  });

  it("two rules with one id is a TypeError", () => {
    expect(() => createLinter({ rules: [noComment, noComment] })).toThrow(TypeError);
  });
});

describe("report()", () => {
  it("a messageId the rule does not declare throws", () => {
    const typo = defineRule({ ...noComment, check: ({ report }) => report({ path: "", messageId: "coment" }) });
    expect(() => createLinter({ rules: [typo] }).validate("createOrder", createOrder())).toThrow(UnknownMessageIdError);
    expect(() => createLinter({ rules: [typo] }).validate("createOrder", createOrder())).toThrow(/"coment"/);
  });

  it("a rule that throws anything else is one internal-error finding of that rule, at its level (a warning rule's: a warning)", () => {
    const broken = defineRule({ ...noComment, check: () => { throw new Error("boom"); } });
    const [finding, ...rest] = createLinter({ rules: [broken] }).validate("createOrder", createOrder()).diagnostics;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "acme/no-order-comment", severity: "warning", messageId: "internalError" });
    expect(finding?.message).toContain("boom");
  });
});

describe("rule options are checked against the rule's options schema", () => {
  const linter = createLinter({ rules: [noComment] });

  it("options the schema takes reach the rule, over its defaults", () => {
    expect(linter.validate("createOrder", commented(""), { rules: { "acme/no-order-comment": ["warn", { allowEmpty: true }] } }).diagnostics).toEqual([]);
    expect(linter.validate("createOrder", commented("")).diagnostics).toHaveLength(1);
  });

  it("an option the schema does not know is a TypeError naming it", () => {
    expect(() => linter.validate("createOrder", commented(""), { rules: { "acme/no-order-comment": ["warn", { allowEmtpy: true }] } })).toThrow(
      new TypeError('validate: rule "acme/no-order-comment" has no option "allowEmtpy"'),
    );
  });

  it("an option of the wrong type is a TypeError naming it", () => {
    expect(() => linter.validate("createOrder", commented(""), { rules: { "acme/no-order-comment": ["warn", { allowEmpty: "yes" }] } })).toThrow(
      /rule "acme\/no-order-comment" option allowEmpty must be boolean/,
    );
  });

  it("a built-in rule without options takes none", () => {
    expect(() => validate("createOrder", createOrder(), { rules: { "tax-rate-cap": ["error", { noSuchOption: 1 }] } })).toThrow(
      new TypeError('validate: rule "tax-rate-cap" takes no options; got option "noSuchOption"'),
    );
  });

  it("levels: off, warn, error, warning and ESLint's 0, 1, 2; anything else is a TypeError", () => {
    const payload = commented("x");
    for (const [level, severity] of [["warn", "warning"], ["warning", "warning"], [1, "warning"], ["error", "error"], [2, "error"]] as const) {
      expect(linter.validate("createOrder", payload, { rules: { "acme/no-order-comment": level } }).diagnostics[0]?.severity).toBe(severity);
    }
    for (const off of ["off", 0] as const) expect(linter.validate("createOrder", payload, { rules: { "acme/no-order-comment": off } }).diagnostics).toEqual([]);
    expect(() => linter.validate("createOrder", payload, { rules: { "acme/no-order-comment": "loud" as never } })).toThrow(TypeError);
  });
});

describe("structural checks are rules", () => {
  const gift = (recipient: string) => createOrder({ orderGift: { recipient, message: "hi" } });
  const long = "x".repeat(101);

  it("an annotated constraint carries its own rule id, evidence and messageId (a warning: inferred)", () => {
    expect(validate("createOrder", gift(long)).diagnostics).toEqual([
      {
        ruleId: "schema/gift-recipient-length",
        messageId: "maxLength",
        severity: "warning",
        evidence: "inferred",
        message: expect.stringContaining("100 characters"),
        path: "/orderGift/recipient",
        constraint: "definitions.json#/definitions/orderGift/properties/recipient/maxLength",
      },
    ]);
  });

  it("can be set on its own, apart from the rest of the schema", () => {
    expect(validate("createOrder", gift(long), { rules: { "schema/gift-recipient-length": "off" } }).diagnostics).toEqual([]);
    expect(validate("createOrder", gift(long), { rules: { schema: "off" } }).diagnostics).toHaveLength(1);
    expect(validate("createOrder", gift(long), { rules: { "schema/gift-recipient-length": "error" } }).errorCount).toBe(1);
  });

  it("every other constraint is the rule schema, stated; its messageId the failing keyword", () => {
    const [finding] = validate("createOrder", createOrder({ catalogID: -1 })).diagnostics;
    expect(finding).toMatchObject({ ruleId: "schema", messageId: "minimum", severity: "error", evidence: "stated", path: "/catalogID" });
    expect(validate("createOrder", createOrder({ catalogID: -1 }), { rules: { schema: "warn" } }).diagnostics[0]?.severity).toBe("warning");
    expect(validate("createOrder", createOrder({ catalogID: -1 }), { rules: { schema: "off" } }).diagnostics).toEqual([]);
  });
});

describe("fixes travel with reports", () => {
  const example = readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8");
  const text = example.replace('"shippingMethod": {', '"shippingMethod": {\n    "name": "Ground",\n    "price": 5,');

  const shipping = (d: { ruleId: string }) => d.ruleId === "read-only-shipping-fields";

  it("each finding of a fixable rule carries its JSON edit (validate) and that edit placed in the text (lintText)", () => {
    const value = JSON.parse(text) as unknown;
    expect(validate("createOrder", value).diagnostics.filter(shipping).map((d) => d.fix)).toEqual([
      { path: "/shippingMethod/name", remove: true },
      { path: "/shippingMethod/price", remove: true },
    ]);
    const placed = lintText(text, { kind: "createOrder" }).messages.filter(shipping).map((m) => m.fix);
    const line = text.split("\n").findIndex((l) => l.includes('"name": "Ground"')) + 1;
    expect(placed[0]).toMatchObject({ text: "" });
    expect(placed[0]!.line).toBeLessThanOrEqual(line);
    expect(placed).toHaveLength(2);
    const customer = validate("createOrder", createOrder({ customer: { customerID: 7, firstName: "T" } })).diagnostics.filter((d) => d.fix);
    expect(customer.map((d) => d.fix)).toEqual([{ path: "/customer/customerID", value: null }]);
  });

  it("one finding's fix can be applied alone", () => {
    const [name] = validate("createOrder", JSON.parse(text) as unknown).diagnostics.filter(shipping);
    expect(applyFix(text, name!.fix!)).toBe(text.replace('\n    "name": "Ground",', ""));
    expect(fix(text, "createOrder").output).toBe(text.replace('\n    "name": "Ground",\n    "price": 5,', ""));
  });
});

describe("every rule SARIF lists can be set from the CLI and has a docs page", () => {
  it("all of them, parse and kind apart", () => {
    const ids = builtInLinter.ruleSet.rules.map((rule) => rule.meta.id);
    expect(ids).toEqual(expect.arrayContaining(["schema", "schema/gift-recipient-length", "request/content-type", "tax-rate-cap"]));
    for (const id of ids) {
      expect(() => validate("createOrder", createOrder(), { rules: { [id]: "off" } }), id).not.toThrow();
      expect(readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), "utf8")).toMatch(new RegExp(`^# ${id.replace(/\//g, "\\/")}\\n`));
    }
  });
});

describe("the CLI and the config check rule options", () => {
  function io() {
    const out = { stdout: "", stderr: "" };
    const world: CliIo = {
      cwd: fixtures,
      env: {},
      stdoutIsTTY: false,
      readStdin: async () => Buffer.from(JSON.stringify(createOrder())),
      writeStdout: (t) => void (out.stdout += t),
      writeStderr: (t) => void (out.stderr += t),
    };
    return { world, out };
  }

  it("--rule with an option the rule does not take is exit 2, one line naming the option", async () => {
    const { world, out } = io();
    expect(await run(["--stdin", "--no-config", "--rule", 'tax-rate-cap:["error",{"noSuchOption":1}]'], world)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(out.stderr).toContain('"noSuchOption"');
    expect(out.stderr).toContain("tax-rate-cap");
  });

  it("--rule sets a structural rule and a request rule", async () => {
    for (const id of ["schema:warn", "schema/gift-message-length:off", "request/content-type:off"]) {
      const { world } = io();
      expect(await run(["--stdin", "--no-config", "--kind", "createOrder", "--rule", id], world), id).toBe(0);
    }
  });
});
