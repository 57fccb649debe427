import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A structural limit set by the config's `limits` is named where the message says how to raise
 * it, as the file-size message names limits.maxFileSize (audit of config and file discovery: a
 * run that never gave --max-depth was told "the limit is --max-depth").
 */
const folder = scratchFolders("config-limit-words");

const messagesOf = async (cwd: string): Promise<string[]> => {
  const run = await runCli(["-f", "json", "p.json"], { cwd });
  return (JSON.parse(run.stdout) as { messages: { message: string }[] }[]).flatMap((file) => file.messages.map((m) => m.message));
};

describe("a limit the config sets is named by its key", () => {
  it.each([
    ["maxDepth", { maxDepth: 2 }, '{"a": {"b": {"c": 1}}}'],
    ["maxEntries", { maxEntries: 2 }, "[1, 2, 3]"],
    ["maxValues", { maxValues: 2 }, "[1, 2, 3]"],
  ])("limits.%s", async (key, limits, text) => {
    const cwd = folder({ "oms-lint.config.json": JSON.stringify({ limits }), "p.json": text });
    expect(await messagesOf(cwd)).toEqual([expect.stringMatching(new RegExp(`so oms-lint stops \\(the limit is --[a-z-]+ or limits\\.${key} in oms-lint\\.config\\.json\\)$`))]);
  });
});
