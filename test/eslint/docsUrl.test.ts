import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";
import { repoRoot } from "../support/cli.js";

/**
 * Each ESLint rule links its docs page, as the language server links each diagnostic (found by
 * the editor surface audit: no rule had `meta.docs.url`, so ESLint's formatters and the
 * VS Code extension linked nothing). With no repository in package.json, the link is the page
 * the package ships, a file: URL.
 */
describe("meta.docs.url of the plugin's rules", () => {
  const rules = Object.entries(plugin.rules);

  it.each(rules.filter(([id]) => existsSync(join(repoRoot, "docs", "rules", `${id}.md`))))("%s links its docs page", (id, rule) => {
    const url = rule.meta?.docs?.url;
    expect(url).toBe(pathToFileURL(join(repoRoot, "docs", "rules", `${id}.md`)).href);
    expect(existsSync(fileURLToPath(url!))).toBe(true);
  });

  it("every payload rule has a page, so every rule but the plugin's own settings, kind, parse and postman-info-schema (findings of no rule module) links one", () => {
    expect(rules.filter(([, rule]) => rule.meta?.docs?.url === undefined).map(([id]) => id)).toEqual(["settings", "kind", "parse", "postman-info-schema"]);
  });

  // The README said "Each rule's meta.docs.url is the link…", which the four rules above contradicted (audit of the ESLint plugin).
  it("the README names the rules that have no meta.docs.url, and no other", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8").replace(/\s+/g, " ");
    expect(readme.includes("Each rule's `meta.docs.url` is the link")).toBe(false);
    const without = /have no docs page, so no `meta\.docs\.url`: ((?:`oms-lint\/[a-z-]+`(?:, | and )?)+)/.exec(readme);
    const named = [...(without?.[1] ?? "").matchAll(/`oms-lint\/([a-z-]+)`/g)].map((m) => m[1]);
    expect(named).toEqual(rules.filter(([, rule]) => rule.meta?.docs?.url === undefined).map(([id]) => id));
  });
});
