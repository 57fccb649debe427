import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A nearer oms-lint.config.json that is a symbolic link that cannot be followed is the config
 * found, and cannot be read: exit 2 in the words `-c` on it gives. Audit of config and file
 * discovery: it was skipped without a word, and a parent's config (or none) linted the files.
 */
const folder = scratchFolders("unfollowable-config-link");

const cases: [string, (sub: string) => void, string][] = [
  ["a broken symbolic link", (sub) => symlinkSync("missing.json", join(sub, "oms-lint.config.json")), "it is a broken symbolic link (what it points to does not exist) (ENOENT)"],
  ["a link loop", (sub) => symlinkSync("oms-lint.config.json", join(sub, "oms-lint.config.json")), "a loop of symbolic links (ELOOP)"],
];

describe("a nearer config that is a link that cannot be followed", () => {
  it.each(cases)("%s: exit 2, said as -c says it, not the parent's config", async (_, link, words) => {
    // The parent's config would make the payload a createOrder (exit 1); none, a custom data record (exit 0).
    const root = folder({ "oms-lint.config.json": JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }), "sub/p.json": '{"name": "a", "value": "b"}' });
    const sub = join(root, "sub");
    link(sub);
    const expected = `oms-lint: cannot read the config file oms-lint.config.json: ${words}\n`;
    expect(await runCli(["-c", "oms-lint.config.json", "p.json"], { cwd: sub })).toEqual({ code: 2, stdout: "", stderr: expected });
    expect(await runCli(["p.json"], { cwd: sub })).toEqual({ code: 2, stdout: "", stderr: expected });
  });

  it("a folder of the config's name, or a link to a folder, is still no config: the parent's is used", async () => {
    const root = folder({
      "oms-lint.config.json": JSON.stringify({ files: [{ glob: "**/*.json", kind: "createOrder" }] }),
      "a/p.json": '{"name": "a", "value": "b"}',
      "a/oms-lint.config.json/x": "",
      "b/p.json": '{"name": "a", "value": "b"}',
      "elsewhere/x": "",
    });
    symlinkSync("../elsewhere", join(root, "b", "oms-lint.config.json"));
    expect((await runCli(["p.json"], { cwd: join(root, "a") })).code).toBe(1);
    expect((await runCli(["p.json"], { cwd: join(root, "b") })).code).toBe(1);
  });
});
