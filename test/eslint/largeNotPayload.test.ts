import { join } from "node:path";
import { JSONLanguage } from "@eslint/json";
import { ESLint } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { afterEach, describe, expect, it, vi } from "vitest";
import { eslintMaxFileSize } from "../../src/eslint/languageFileSize.js";
import { recommendedConfig } from "../support/eslintRun.js";
import { taxedOrder } from "../support/payloads.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * JSON that is no payload (a package-lock.json, …) past the size limit is not parsed: no
 * oms-lint rule runs on it, and @eslint/json's parser built its tree whole, so a 50.8 MB
 * package-lock.json under the README's `files: ["**\/*.json"]` ran ESLint out of memory after
 * 2.5 minutes, every file's result lost (audit of the ESLint plugin). A lowered limit stands
 * for the default in the table; one case is just past the default itself.
 */

const folder = scratchFolders("eslint-large-not-payload");

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

/** One dependency's entry, as npm writes it under `packages`, indented to stand there. */
function lockEntry(i: number): string {
  const entry = { version: `1.0.${i}`, resolved: `https://registry.npmjs.org/dep-${i}/-/dep-${i}-1.0.${i}.tgz`, integrity: `sha512-${"A".repeat(86)}==`, license: "MIT" };
  return `,\n    "node_modules/dep-${i}": ${JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ")}`;
}

/** A package-lock.json as npm 11 writes it (lockfileVersion 3, the root package under the "" key), just past `bytes` bytes (by one entry at most). */
function packageLock(bytes: number): string {
  const head = JSON.stringify({ name: "checkout", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "checkout", version: "1.0.0" } } }, null, 2).slice(0, -"\n  }\n}".length);
  const tail = "\n  }\n}\n";
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 0; length <= bytes; i++) {
    parts.push(lockEntry(i));
    length += parts.at(-1)!.length;
  }
  return parts.join("") + tail;
}

/** The texts @eslint/json's parser is given from now on (the plugin's language parses through it), read when called. */
function parsedTexts(): () => string[] {
  const parse = vi.spyOn(JSONLanguage.prototype, "parse");
  return () => parse.mock.calls.map(([file]) => String(file.body));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(majors)("a package-lock.json past languageOptions.limits.maxFileSize under %s", (_, ESLint) => {
  it("gets no message and is not parsed; the order beside it is parsed and linted", async () => {
    const lock = packageLock(64 * 1024);
    expect(Buffer.byteLength(lock)).toBeGreaterThan(64 * 1024);
    expect(Buffer.byteLength(lock)).toBeLessThan(70 * 1024);
    const dir = folder({ "package-lock.json": lock, "orders/order.json": taxedOrder() });
    const texts = parsedTexts();
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxFileSize: "64KB" } }) });
    const results = await eslint.lintFiles(["."]);
    const byName = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
    expect(byName["package-lock.json"]).toEqual([]);
    expect(byName[join("orders", "order.json")]).toContainEqual(expect.objectContaining({ ruleId: "oms-lint/tax-rate-cap", severity: 2 }));
    expect(texts().some((text) => text.includes('"lockfileVersion": 3'))).toBe(false);
    expect(texts().some((text) => text.includes('"externalOrderID"'))).toBe(true);
  });

  it("at the limit or under it, it is still read as its own tool reads it: a comment is a parsing error", async () => {
    const lock = packageLock(16 * 1024).replace("{", "{\n  // npm writes no comment");
    const dir = folder({ "package-lock.json": lock });
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig(undefined, undefined, { limits: { maxFileSize: Buffer.byteLength(lock) } }) });
    const [result] = await eslint.lintFiles(["package-lock.json"]);
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, line: 2, message: expect.stringMatching(/^Parsing error: JSON has no comments/) })]);
  });
});

describe("the default limit (8 MiB)", () => {
  it("a package-lock.json a few bytes past it is not parsed, and gets no message", async () => {
    const lock = packageLock(eslintMaxFileSize);
    const bytes = Buffer.byteLength(lock);
    expect(bytes).toBeGreaterThan(eslintMaxFileSize);
    expect(bytes).toBeLessThan(eslintMaxFileSize + 1024);
    const dir = folder({ "package-lock.json": lock });
    const texts = parsedTexts();
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    const [result] = await eslint.lintFiles(["package-lock.json"]);
    expect(result!.messages).toEqual([]);
    // (Their lengths, not the texts, are shown when this fails.)
    expect(texts().map((text) => text.length)).toEqual([]);
  });
});
