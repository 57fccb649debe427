import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { stampPluginBuild } from "../../codegen/pluginStamp.js";
import { pluginBuildPlaceholder, pluginVersion } from "../../src/eslint/pluginBuild.js";
import { repoRoot } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";

/**
 * ESLint keys its cache on the plugin's meta.name and meta.version alone: a rebuild that kept
 * the version number was given results cached by the old code, where README said the cache was
 * never stale (audit of the ESLint plugin). The version carries the build's hash as semver
 * build metadata, as the CLI's cache carries its bundle's.
 */

const folder = scratchFolders("plugin-version");
/** Semver 2.0's version with build metadata: MAJOR.MINOR.PATCH+<dot-separated [0-9A-Za-z-] identifiers>. */
const semverWithBuild = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/;
const stampFile = `export const pluginBuildPlaceholder = ${JSON.stringify(pluginBuildPlaceholder)};\nexport const pluginBuildStamp = ${JSON.stringify(pluginBuildPlaceholder)};\n`;

describe("the plugin's meta.version", () => {
  it("is the package's version with the build's stamp as build metadata, and another stamp makes another version", () => {
    const a = "a".repeat(64);
    const b = "b".repeat(64);
    expect(pluginVersion("0.1.0", a)).toBe(`0.1.0+${a}`);
    expect(pluginVersion("0.1.0", a)).toMatch(semverWithBuild);
    expect(pluginVersion("0.1.0", b)).not.toBe(pluginVersion("0.1.0", a));
  });

  it("unstamped (run from the sources), is the package's version alone", () => {
    expect(pluginVersion("0.1.0", pluginBuildPlaceholder)).toBe("0.1.0");
  });

  it("the build's stamp changes when any emitted script changes, and is written in place of the placeholder", () => {
    const stampOf = (script: string) => {
      const dir = folder({ "rules/a.js": script, "eslint/pluginBuild.js": stampFile });
      const stamp = stampPluginBuild(dir, join(dir, "eslint/pluginBuild.js"));
      expect(readFileSync(join(dir, "eslint/pluginBuild.js"), "utf8")).toBe(stampFile.replace(`pluginBuildStamp = ${JSON.stringify(pluginBuildPlaceholder)}`, `pluginBuildStamp = ${JSON.stringify(stamp)}`));
      return stamp;
    };
    const first = stampOf("export const cap = 0.25;\n");
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(stampOf("export const cap = 0.25;\n")).toBe(first);
    expect(stampOf("export const cap = 0.3;\n")).not.toBe(first);
  });

  it("a stamp file without the placeholder twice stops the build", () => {
    const dir = folder({ "eslint/pluginBuild.js": "export const pluginBuildStamp = '';\n" });
    expect(() => stampPluginBuild(dir, join(dir, "eslint/pluginBuild.js"))).toThrow(/exactly twice/);
    writeFileSync(join(dir, "eslint/pluginBuild.js"), stampFile);
    expect(() => stampPluginBuild(dir, join(dir, "eslint/pluginBuild.js"))).not.toThrow();
  });

  it("the built plugin's (dist/) carries its build's stamp", async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    const built = (await import(pathToFileURL(join(repoRoot, "dist/src/eslint/plugin.js")).href)) as { default: { meta: { version: string } } };
    const { pluginBuildStamp } = (await import(pathToFileURL(join(repoRoot, "dist/src/eslint/pluginBuild.js")).href)) as { pluginBuildStamp: string };
    expect(pluginBuildStamp).toMatch(/^[0-9a-f]{64}$/);
    expect(built.default.meta.version).toBe(`${version}+${pluginBuildStamp}`);
    expect(built.default.meta.version).toMatch(semverWithBuild);
  });
});
