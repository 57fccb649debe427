import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/cli.js";

// Found by the audit of the docs: max-amount-null-preferred.md spoke of "duplicate-key's error",
// where duplicate-key is a warning by default. A page that names another rule's finding by its
// level ("[id](id.md)'s error") must give the level that rule's own page states as its default.
const docs = join(repoRoot, "docs/rules");
const pages = (readdirSync(docs, { recursive: true }) as string[]).filter((name) => name.endsWith(".md")).map((name) => join(docs, name));
const namedLevel = /\[([a-z/-]+)\]\(([a-z/.-]+\.md)\)'s (error|warning)\b/g;
const defaultOf = (page: string) => /\*\*Default:\*\* (error|warning)\b/.exec(readFileSync(page, "utf8"))?.[1];

const mentions = pages.flatMap((page) =>
  [...readFileSync(page, "utf8").matchAll(namedLevel)].map(([, id, link, level]) => ({ from: relative(docs, page), id, target: join(dirname(page), link!), level })),
);

describe("a rule docs page names another rule's finding by that rule's default level", () => {
  it("finds such mentions (the pattern still matches the pages' wording)", () => {
    expect(mentions.length).toBeGreaterThan(10);
  });

  it.each(mentions)("$from: [$id]'s $level", ({ target, level }) => {
    expect(defaultOf(target)).toBe(level);
  });
});
