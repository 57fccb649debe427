import { describe, expect, it, vi } from "vitest";
import { looksLikePostmanCollection } from "../../src/requests/lintRequests.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

const folder = scratchFolders("collection");

/**
 * A text that mentions schema.getpostman.com is told from a collection within the limits: one
 * past them is not parsed whole to read its info.schema (found by the limits audit: a 48 MB
 * `["schema.getpostman.com", {}, {}, …]` took 17 s and 1.6 GB, 0.8 s with --kind), and its
 * payload lint refuses it by the count.
 */

const hostile = (elements: number) => `["schema.getpostman.com",${Array(elements).fill("{}").join(",")}]`;

/** The JSON.parse calls `act` makes with `text`. */
async function parsesOf(text: string, act: () => unknown): Promise<number> {
  const parse = vi.spyOn(JSON, "parse");
  try {
    await act();
    return parse.mock.calls.filter(([parsed]) => parsed === text).length;
  } finally {
    parse.mockRestore();
  }
}

describe("a text past the limits is no Postman collection, and is not parsed to find out", () => {
  it("looksLikePostmanCollection: 100,001 elements in one array are past the default maxEntries", async () => {
    const text = hostile(100_001);
    let looks: boolean | undefined;
    expect(await parsesOf(text, () => (looks = looksLikePostmanCollection(text)))).toBe(0);
    expect(looks).toBe(false);
  });

  it("the CLI, under the run's limits: the payload lint's one refusal at the array (exit 1)", async () => {
    const text = hostile(4000);
    const cwd = folder({ "mentions.json": text });
    let result: Awaited<ReturnType<typeof runCli>> | undefined;
    // maxValues lowered too: the lint counts (rather than parses) a text at least twice as long as it.
    expect(await parsesOf(text, async () => (result = await runCli(["--max-entries", "1000", "--max-values", "5000", "--format", "compact", "mentions.json"], { cwd })))).toBe(0);
    expect(result?.code).toBe(1);
    expect(result?.stdout).toMatch(/^mentions\.json:1:1: error this array holds more than 1000 elements: .*\[parse\]$/m);
  });

  it("a collection within the limits is still told by its info.schema", () => {
    expect(looksLikePostmanCollection(JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [] }), { maxDepth: 10, maxEntries: 10, maxValues: 100 })).toBe(true);
  });
});
