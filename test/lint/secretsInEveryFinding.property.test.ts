import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";
import { formatters } from "../../src/formatters/index.js";
import { packageInfo } from "../../src/builtIn/packageInfo.js";
import { ruleDescriptions } from "../../src/builtIn/ruleDescriptions.js";
import { emptyConfig, fileKinds } from "../../src/config/config.js";
import { lintDocument } from "../../src/lsp/documentLint.js";
import { createOrder } from "../support/payloads.js";
import { runCli } from "../support/cli.js";
import { recommendedConfig } from "../support/eslintRun.js";

/**
 * README: a key that looks like an e-mail address (a custom data hash keyed by the customer's
 * address) is written "[redacted]" in a finding's path, and no message quotes one. Found by
 * the review of the stop: the findings added after the redaction (a value JSON.stringify
 * cannot write) quoted the key their path hid. Every surface, whatever the finding.
 */

const dir = mkdtempSync(join(tmpdir(), "oms-lint-secret-findings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cycle = (): object => {
  const held: Record<string, unknown> = { a: 1 };
  held.self = held;
  return held;
};

describe("a custom data body keyed by an e-mail address, whose value validate() cannot send", () => {
  const address = "jane@example.com";
  const table: readonly [string, unknown, RegExp][] = [
    ["a BigInt", 10n, /could not be written \(a BigInt/],
    ["a toJSON that throws", { toJSON: () => { throw new Error("no"); } }, /could not be written \(its toJSON threw\)/],
    ["a toJSON that answers a cycle", { toJSON: cycle }, /could not be written \(its toJSON answers a value that holds itself at \/\[redacted\]\/self, a cycle\)/],
    ["a getter that throws", Object.defineProperty({}, "x", { enumerable: true, get: () => { throw new Error("no"); } }), /could not be read \(a getter or Proxy trap threw\)/],
  ];

  it.each(table)("%s: the finding names the place as its path does, under /[redacted], and quotes no address", (_name, unsendable, words) => {
    const { diagnostics } = validate("orderCustomData", { name: "a", value: "b", [address]: unsendable });
    const finding = diagnostics.find((d) => d.severity === "error");
    expect(finding?.path).toMatch(/^\/\[redacted\]/);
    expect(finding?.message).toMatch(words);
    expect(finding?.message).toContain(`the value at ${finding?.path} could not be`);
    expect(JSON.stringify(diagnostics)).not.toContain(address);
  });

  it("a search string's parameter named by an address is [redacted] in the finding's parameter as in its message", () => {
    const { diagnostics } = validate("orderItemSearch", `orderID=1&${address}=2&${address}=3`);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.parameter).toBe("[redacted]");
    expect(JSON.stringify(diagnostics)).not.toContain(address);
  });
});

/** An e-mail address as people write them: the look withoutSecretLookalikes redacts (README). */
const address = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}[a-z0-9]$/),
    fc.stringMatching(/^[a-z0-9]{1,10}$/),
    fc.constantFrom("com", "org", "co.uk", "example"),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** What may stand at, or under, a key that is an address: each a different finding (or none). */
const planted = (secret: string) =>
  fc.constantFrom<readonly [string, () => unknown]>(
    ["a number", () => 5],
    ["an empty string", () => ""],
    ["the address as the value", () => secret],
    ["a string past 1000 characters", () => "x".repeat(1001)],
    ["an unsafe integer", () => 2 ** 60],
    ["an object", () => ({ [secret]: secret })],
    ["a BigInt", () => 10n],
    ["a toJSON that throws", () => ({ toJSON: () => { throw new Error(secret); } })],
    ["a toJSON that answers a cycle", () => ({ toJSON: cycle })],
    ["a toJSON answering a BigInt inside", () => ({ toJSON: () => ({ [secret]: 1n }) })],
    ["a getter that throws", () => Object.defineProperty({}, secret, { enumerable: true, get: () => { throw new Error(secret); } })],
    ["nesting past the depth limit", () => JSON.parse("[".repeat(200) + "]".repeat(200))],
  );

/** A payload with the address as a key (and the planted value under it) where a user would put one. */
const body = (secret: string, value: unknown) =>
  fc.constantFrom<readonly [Parameters<typeof validate>[0], unknown]>(
    ["orderCustomData", { name: "giftWrap", value: "yes", [secret]: value }],
    ["orderItemCustomData", { name: secret, value: typeof value === "string" ? value : "yes", [secret]: value }],
    ["createOrder", { ...createOrder(), customOrderData: { [secret]: value } }],
    ["createOrder", { ...createOrder(), [secret]: value }],
    ["orderItemSearch", { orderID: "1", [secret]: value }],
    ["orderItemSearch", `orderID=1&perPage=${secret}&${secret}=1&${secret}=${typeof value === "string" ? value : 2}`],
  );

const case_ = address.chain((secret) => planted(secret).chain(([what, make]) => body(secret, make()).map(([kind, value]) => ({ secret, what, kind, value }))));

/** Whether a finding shows the address anywhere a reader sees it: its message, its path, its parameter or any other word it carries (its edit aside: README). */
function shows(finding: object, secret: string): boolean {
  const { fix: _fix, suggestion: _suggestion, ...shown } = finding as Record<string, unknown>;
  return JSON.stringify(shown).includes(secret);
}

const runs = { numRuns: 60, seed: 20261205 };

describe("no finding shows an address planted as a key or a value, whatever finding it is", () => {
  it("validate()", () => {
    fc.assert(
      fc.property(case_, ({ secret, kind, value }) => {
        for (const d of validate(kind, value).diagnostics) expect(shows(d, secret), JSON.stringify(d)).toBe(false);
      }),
      runs,
    );
  });

  /** The same payloads as text, where JSON can write them (a duplicate key added: the text alone knows it). */
  const texts = case_
    .filter(({ value }) => {
      try {
        return JSON.stringify(value) !== undefined;
      } catch {
        return false;
      }
    })
    .map(({ secret, kind, value }) => {
      const text = JSON.stringify(value, null, 2);
      const repeated = typeof value === "object" ? text.replace(/^\{/, `{\n  ${JSON.stringify(secret)}: 1,`) : text;
      return { secret, kind, text: repeated.includes(secret) ? repeated : text };
    });

  it("lintText(), and every formatter of the CLI over its result", () => {
    // One context for every run, as the CLI builds one a run (the package's version, every rule's
    // description and docs page): made afresh at each call, it read package.json, and every rule's
    // docs page for SARIF and again for rdjson, at each of the 60 runs: a third of this test's time.
    const info = packageInfo();
    const context = { cwd: dir, color: false, toolVersion: info.version, informationUri: info.homepage, rules: ruleDescriptions(info) };
    fc.assert(
      fc.property(texts, ({ secret, kind, text }) => {
        const result = lintText(text, { kind });
        for (const m of result.messages) expect(shows(m, secret), JSON.stringify(m)).toBe(false);
        for (const [name, format] of Object.entries(formatters)) expect(format([{ ...result, filePath: "order.json" }], context), name).not.toContain(secret);
      }),
      runs,
    );
  });

  it("the CLI's report of a file piped in", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async ({ secret, kind, text }) => {
        const run = await runCli(["--kind", kind, "--format", "json", "--stdin"], { input: text, cwd: dir });
        expect(run.stdout + run.stderr).not.toContain(secret);
      }),
      { ...runs, numRuns: 20 },
    );
  });

  it("the language server's diagnostics of an open document", () => {
    fc.assert(
      fc.property(texts, ({ secret, kind, text }) => {
        const linted = lintDocument({ filePath: join(dir, "order.json") }, text, { ...emptyConfig(dir), files: fileKinds([{ glob: "order.json", kind }]) }, { structure: "publish" }, dir);
        for (const m of linted?.result.messages ?? []) expect(shows(m, secret), JSON.stringify(m)).toBe(false);
      }),
      runs,
    );
  });

  it("the ESLint plugin's messages", async () => {
    // One ESLint a kind, as an editor or a CI run keeps one: its config is built once, each text linted afresh.
    const eslints = new Map<string, ESLint>();
    await fc.assert(
      fc.asyncProperty(texts, async ({ secret, kind, text }) => {
        let eslint = eslints.get(kind);
        if (eslint === undefined) eslints.set(kind, (eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig({ kind }) })));
        const [result] = await eslint.lintText(text, { filePath: join(dir, "order.json") });
        for (const m of result!.messages) expect(JSON.stringify(m)).not.toContain(secret);
      }),
      { ...runs, numRuns: 20 },
    );
  });
});
