import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldersOutside } from "../../src/lsp/configWatchers.js";

const config = (folder: string) => join(folder, "oms-lint.config.json");

/**
 * Which configs get a watcher of their own folder (a RelativePattern): those outside every
 * workspace folder, which the client's glob over its folders never reports.
 */
describe("the config folders the server watches by a relative pattern", () => {
  it.each([
    ["the repository root above the workspace folder", ["/r/packages/app"], ["/r"], ["/r"]],
    ["the workspace folder's own config (the glob's)", ["/r/packages/app"], ["/r/packages/app"], []],
    ["a config below the workspace folder (the glob's)", ["/r"], ["/r/team"], []],
    ["a sibling whose name begins with the folder's", ["/r/app"], ["/r/app2"], ["/r/app2"]],
    ["a config in another of several workspace folders", ["/r/a", "/r/b"], ["/r/b"], []],
    ["one folder for configs read twice, each once and sorted", ["/w"], ["/z", "/a", "/z"], ["/a", "/z"]],
    ["no workspace folder: every config", [], ["/r"], ["/r"]],
  ])("%s", (_, workspaceFolders, configFolders, watched) => {
    expect(foldersOutside(configFolders.map(config), workspaceFolders)).toEqual(watched);
  });

  it("watches a config's folder exactly when its path does not begin with a workspace folder's, segment by segment", () => {
    const segment = fc.constantFrom("a", "b", "ab", "a b");
    const path = fc.array(segment, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(path, path, (folder, configFolder) => {
        const below = folder.every((name, i) => configFolder[i] === name);
        const watched = foldersOutside([config(`/${configFolder.join("/")}`)], [`/${folder.join("/")}`]);
        expect(watched).toEqual(below ? [] : [`/${configFolder.join("/")}`]);
      }),
    );
  });
});
