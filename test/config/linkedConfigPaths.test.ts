import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * A file reached through a symbolic link to the config's folder is the config's file: its
 * `files` kind, `ignores` and `overrides` apply as to the real path, as ESLint applies them
 * (audit of config and file discovery: `oms-lint /abs/link/fx/order.json` passed a
 * createOrder fault, exit 0, as the path looked outside the config's folder).
 */
const folder = scratchFolders("linked-config");
const payload = '{"name": "a", "value": "b", "extra": 1}';

/** A project `real` with the config and fx/order.json, and `link` → real beside it; the working folder is real. */
function linkedProject(config: object): { real: string; link: string } {
  const root = folder({ "real/oms-lint.config.json": JSON.stringify(config), "real/fx/order.json": payload });
  symlinkSync("real", join(root, "link"));
  return { real: join(root, "real"), link: join(root, "link") };
}

interface Reported {
  readonly filePath: string;
  readonly kind: string | null;
  readonly messages: readonly { readonly ruleId: string | null; readonly severity: number }[];
}

async function lint(args: readonly string[], cwd: string, input?: string): Promise<{ code: number | null; results: Reported[] }> {
  const run = await runCli(["-f", "json", ...args], { cwd, input });
  return { code: run.code, results: JSON.parse(run.stdout) as Reported[] };
}

describe("a path through a symbolic link to the config's folder", () => {
  const kindsConfig = { files: [{ glob: "fx/*.json", kind: "createOrder" }] };

  it.each([
    ["the file named", (link: string) => [join(link, "fx/order.json")]],
    ["its folder walked", (link: string) => [join(link, "fx")]],
    ["a glob under it", (link: string) => [`${link}/fx/*.json`]],
  ])("%s: the files kind applies as through the real path", async (_, targets) => {
    const { real, link } = linkedProject(kindsConfig);
    const direct = await lint(["fx/order.json"], real);
    const linked = await lint(targets(link), real);
    expect(direct.results.map((r) => r.kind)).toEqual(["createOrder"]);
    expect(linked.results.map((r) => r.kind)).toEqual(["createOrder"]);
    expect(linked.code).toBe(1);
  });

  it("--stdin-filename through the link takes the files kind", async () => {
    const { real, link } = linkedProject(kindsConfig);
    const piped = await lint(["--stdin", "--stdin-filename", join(link, "fx/order.json")], real, payload);
    expect(piped.results.map((r) => r.kind)).toEqual(["createOrder"]);
    expect(piped.code).toBe(1);
  });

  it("ignores skip the folder walked through the link", async () => {
    const { real, link } = linkedProject({ ignores: ["fx/"] });
    expect((await lint([join(link, "fx"), "--no-error-on-unmatched-pattern"], real)).results).toEqual([]);
    expect((await lint([`${link}/**/*.json`, "--no-error-on-unmatched-pattern"], real)).results).toEqual([]);
  });

  it("an override's rules apply through the link", async () => {
    const { real, link } = linkedProject({ overrides: [{ files: ["fx/**"], rules: { "unknown-property": "error" } }] });
    const linked = await lint([join(link, "fx/order.json")], real);
    expect(linked.results[0]!.messages).toEqual([expect.objectContaining({ ruleId: "unknown-property", severity: 2 })]);
    expect(linked.code).toBe(1);
  });

  it("a file outside the config's folder, real or through a link, is still none of its", async () => {
    const root = folder({ "real/oms-lint.config.json": JSON.stringify(kindsConfig), "elsewhere/fx/order.json": payload });
    symlinkSync("elsewhere", join(root, "away"));
    const outside = await lint([join(root, "away/fx/order.json")], join(root, "real"));
    expect(outside.results.map((r) => r.kind)).toEqual(["orderCustomData"]);
  });
});
