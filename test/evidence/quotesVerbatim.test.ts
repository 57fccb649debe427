import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";

/**
 * SPEC §3: never credit the documents with what they do not say. Every rule's passage, and
 * every blockquote in the docs and the README, must stand word for word in the five vendor
 * documents (copied to test/fixtures/seeds/). Whitespace is ignored: the documents' tables run
 * their cells together ("namestringThe name of …"), and a quote spaces them. An ellipsis marks
 * an elision, so the text on each side of it is looked for on its own.
 *
 * Two rules quote RFC 8259, not the vendor's documents (duplicate-key §4, unsafe-integer §6;
 * the documents say only "Supported Formats JSON"). The RFC's text is not on this machine or
 * on CI's, so their RFC quotes are the one exception, and they are named here.
 */
const root = new URL("../../", import.meta.url);
const squash = (text: string) => text.replace(/\s+/g, "");
const seedDir = new URL("test/fixtures/seeds/", root);
const seeds = readdirSync(seedDir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => squash(readFileSync(new URL(file, seedDir), "utf8")));
const inDocuments = (text: string) => seeds.some((seed) => seed.includes(squash(text)));
/** The parts of a quote that must each stand in the documents: the text between its ellipses. */
const elided = (quote: string) => quote.split(/…|\.\.\.|\[…\]/).filter((part) => squash(part).length > 0);
const rfcRules = new Set(["duplicate-key", "unsafe-integer"]);

/** Every Markdown file a user reads: docs/ (rule pages included) and the README. */
function markdownFiles(): string[] {
  const docs = readdirSync(new URL("docs/", root), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`);
  return [...docs, "README.md"];
}

/** The blockquotes of a Markdown text, each as its lines (Markdown stripped; an attribution line "— …" left out). */
function blockquotes(markdown: string): string[][] {
  const quotes: string[][] = [];
  let current: string[] = [];
  for (const line of [...markdown.split("\n"), ""]) {
    if (line.startsWith(">")) {
      const text = line.replace(/^>\s?/, "").replace(/\*\*|\*|`/g, "");
      if (!text.startsWith("—") && squash(text).length > 0) current.push(text);
    } else if (current.length > 0) {
      quotes.push(current);
      current = [];
    }
  }
  return quotes;
}

/**
 * The lines of a quote the documents do not hold. A blockquote may join passages from several
 * places (a table row, then a sentence), so its lines are taken as runs: each run, as long as
 * it still stands in the documents joined, must stand there; a line that stands nowhere is
 * returned.
 */
function unfoundLines(lines: readonly string[]): string[] {
  const parts = elided(lines.join("\n")).flatMap((part) => [part.split("\n").filter((line) => squash(line).length > 0)]);
  const unfound: string[] = [];
  for (const part of parts) {
    let start = 0;
    while (start < part.length) {
      let end = start;
      while (end < part.length && inDocuments(part.slice(start, end + 1).join(" "))) end++;
      if (end === start) unfound.push(part[start] as string);
      start = Math.max(end, start + 1);
    }
  }
  return unfound;
}

describe("what oms-lint quotes stands word for word in the documents", () => {
  it("has the five documents to look in", () => expect(seeds).toHaveLength(5));

  it("every rule's passage", () => {
    const vendorRules = rules.filter((rule) => !rfcRules.has(rule.meta.id));
    expect(vendorRules.length).toBeGreaterThan(30);
    const unfound = vendorRules.flatMap((rule) => elided(rule.meta.source.passage).filter((part) => !inDocuments(part)).map((part) => `${rule.meta.id}: ${part}`));
    expect(unfound).toEqual([]);
  });

  it("the RFC-quoting rules name RFC 8259 as their document", () => {
    for (const rule of rules.filter((r) => rfcRules.has(r.meta.id))) expect(rule.meta.source.document).toMatch(/^RFC 8259 §\d/);
  });

  it("every blockquote in docs/ and the README", () => {
    const files = markdownFiles();
    const quoted = files.flatMap((file) => blockquotes(readFileSync(new URL(file, root), "utf8")).map((lines) => ({ file, lines })));
    expect(quoted.length).toBeGreaterThan(40);
    const rfcPages = new Set([...rfcRules].map((id) => `docs/rules/${id}.md`));
    const unfound = quoted.filter(({ file }) => !rfcPages.has(file)).flatMap(({ file, lines }) => unfoundLines(lines).map((line) => `${file}: ${line}`));
    expect(unfound).toEqual([]);
  });

  it("finds a quote that is not theirs (the check can fail)", () => {
    expect(unfoundLines(["The Create Order API doesn’t accept orders that mix preorder products and non-preorder products."])).toEqual([]);
    expect(unfoundLines(["The OMS refuses a customerIP that is not an IPv4 address."])).toEqual(["The OMS refuses a customerIP that is not an IPv4 address."]);
    expect(elided("maxAmount … must be null").filter((part) => !inDocuments(part))).toEqual([" must be null"]);
  });
});
