import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/cli.js";

// Found by the audit of the fixture-set features (issue 18): the README's GitHub recipes that
// upload SARIF granted `contents: read, security-events: write` alone. In a private repository
// github/codeql-action/upload-sarif also reads the workflow run, which needs `actions: read`;
// without it the upload warns with a 403. Every recipe that uploads grants it, and the action's
// input says so.

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const yamlBlocks = [...readme.matchAll(/```ya?ml\n([^]*?)```/g)].map((match) => match[1]!);
const uploading = yamlBlocks.filter((block) => /upload-sarif/.test(block));

describe("the README's GitHub recipes that upload SARIF", () => {
  it("are there (the single job through the action, and the sharded matrix)", () => {
    expect(uploading.length).toBeGreaterThanOrEqual(2);
  });

  it.each(uploading.map((block, index) => [index, block] as const))("recipe %i grants security-events: write and actions: read, and says why", (_, block) => {
    const permissions = block.split("\n").filter((line) => /^\s*permissions:/.test(line));
    expect(permissions).toHaveLength(1);
    expect(permissions[0]).toMatch(/security-events: write/);
    expect(permissions[0]).toMatch(/actions: read/);
    expect(permissions[0]).toMatch(/#.*private repositor/);
  });

  it("the action's upload-sarif input names both permissions", () => {
    const action = readFileSync(join(repoRoot, "action.yml"), "utf8");
    const input = /upload-sarif:\n\s+description: (.*)/.exec(action)?.[1] ?? "";
    expect(input).toMatch(/security-events: write/);
    expect(input).toMatch(/actions: read/);
  });
});
