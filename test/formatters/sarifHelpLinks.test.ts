import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatters } from "../../src/formatters/index.js";
import { packageInfo } from "../../src/builtIn/packageInfo.js";
import { ruleDescriptions } from "../../src/builtIn/ruleDescriptions.js";
import { withRelativeLinksAsText } from "../../src/builtIn/relativeLinkText.js";

/**
 * SARIF's help.markdown is a rule's docs page, shown on GitHub's code-scanning alert page,
 * where a relative link (`[create-order-only](create-order-only.md)`) leads nowhere (found by
 * the audit of the report formats). The package names no homepage, so such a link is its text.
 */

/** The targets of the Markdown links outside code in `markdown`. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^\s{0,3}(`{3,}|~{3,})[^]*?^\s{0,3}\1/gm, "").replace(/`+[^`\n]*`+/g, "");
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((match) => match[1]!);
}

const relative = (target: string) => !/^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/.test(target);

describe("rule help for a viewer outside the package: no relative link", () => {
  const rules = ruleDescriptions(packageInfo());

  it("the docs pages do link to each other (what the help must not carry), and the help keeps the links' text", () => {
    const page = readFileSync(join(packageInfo().root, "docs", "rules", "certified-express.md"), "utf8");
    expect(linkTargets(page).filter(relative).length).toBeGreaterThan(0);
    const help = rules.find((rule) => rule.id === "certified-express")?.helpMarkdown;
    expect(help).toContain("(how the rules read an\nimport)");
    expect(help).not.toContain("](../historic-order-import.md)");
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))("%s: its help.markdown in the SARIF log keeps each link's text, and no relative target", (id, rule) => {
    const log = JSON.parse(formatters.sarif([], { cwd: "/work/project", color: false, toolVersion: "1.2.3", rules: [rule] }));
    const markdown = log.runs[0].tool.driver.rules[0].help.markdown as string;
    expect(linkTargets(markdown).filter(relative), id).toEqual([]);
  });

  it.each([
    ["a link to another rule's page", "see [create-order-only](create-order-only.md).", "see create-order-only."],
    ["a link up and with an anchor", "[requests](../requests.md#fix) and [fix](#fix)", "requests and fix"],
    ["an absolute link stays", "[RFC 8259](https://www.rfc-editor.org/rfc/rfc8259)", "[RFC 8259](https://www.rfc-editor.org/rfc/rfc8259)"],
    ["a link in a code span stays code", "`[a](a.md)` and [b](b.md)", "`[a](a.md)` and b"],
    ["a link in a fenced block stays code", "```md\n[a](a.md)\n```\n[b](b.md)", "```md\n[a](a.md)\n```\nb"],
    ["a link whose text runs over two lines (certified-express)", "(see [Historic Order\nImport](../historic-order-import.md)).", "(see Historic Order\nImport)."],
  ])("%s", (_name, markdown, expected) => {
    expect(withRelativeLinksAsText(markdown)).toBe(expected);
  });
});
