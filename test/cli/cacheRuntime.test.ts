import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

// Found by the cache audit: a verdict hangs on the runtime as well as on oms-lint (ICU's list of
// ISO 4217 currencies decides currency-locale's, its CLDR names a locale in a schema message, the
// Unicode version decides what a `\p{…}` class of invisible characters holds), yet a cache written
// under one Node.js was reused under another (a CI matrix of Node 20 and 22 sharing one cache).

const folder = scratchFolders("cache-runtime");
let dir = "";
beforeEach(() => {
  dir = folder({
    "data/good.json": `{"name": "gift", "value": "v"}`,
    "oms-lint.config.json": JSON.stringify({ files: [{ glob: "data/**", kind: "orderCustomData" }] }),
  });
});

/** The runtime facts a test changes, put back after each test. */
const changed: [object, string, PropertyDescriptor][] = [];
afterEach(() => {
  for (const [owner, name, descriptor] of changed.splice(0).reverse()) Object.defineProperty(owner, name, descriptor);
});
function pretend(owner: object, name: string, value: string): void {
  changed.push([owner, name, Object.getOwnPropertyDescriptor(owner, name)!]);
  Object.defineProperty(owner, name, { value, writable: false, enumerable: true, configurable: true });
}

const cacheFile = () => join(dir, ".oms-lint-cache");
const lint = async () => {
  const run = await runCli(["-f", "json", "--cache", "data"], { cwd: dir });
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
  return results.find((result) => result.filePath.endsWith("good.json"))!.messages.map((message) => message.message);
};

/** A finding in good.json's entry that linting it never gives: reported only when the entry is reused. */
function plant(): void {
  const cache = JSON.parse(readFileSync(cacheFile(), "utf8")) as { files: Record<string, { messages: unknown[] }> };
  const planted = { ruleId: "schema", messageId: "schema", severity: 2, level: "error", message: "PLANTED in the cache", path: "/name", line: 1, column: 10, endLine: 1, endColumn: 16 };
  cache.files[join(dir, "data/good.json")]!.messages = [planted];
  writeFileSync(cacheFile(), JSON.stringify(cache));
}

describe("--cache and the runtime", () => {
  it("the same runtime reuses the entry (the planted finding is reported)", async () => {
    expect(await lint()).toEqual([]);
    plant();
    expect(await lint()).toEqual(["PLANTED in the cache"]);
  });

  it.each([
    ["another Node.js version", "node", "99.0.0"],
    ["another ICU (its currencies, its locale names)", "icu", "0.1"],
    ["another Unicode version (what \\p{…} matches)", "unicode", "0.1"],
    ["another CLDR (locale names)", "cldr", "0.1"],
  ])("%s: the entries are stale, every file is linted again", async (_what, name, value) => {
    await lint();
    plant();
    pretend(process.versions, name, value);
    expect(await lint()).toEqual([]);
  });
});
