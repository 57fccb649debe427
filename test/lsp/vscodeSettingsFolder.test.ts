import { describe, expect, it } from "vitest";
import { vscodeSettingsFolder } from "../../src/lsp/vscodeSettingsFolder.js";

/** Whose .vscode/settings.json VS Code applies to a file: a workspace folder's, never the file's own folder's. */
describe("the folder whose settings VS Code applies to a file", () => {
  it.each<[string, string[], string, string | undefined]>([
    ["a file in the single folder", ["/w"], "/w/orders/a.json", "/w"],
    ["a file outside the single folder: that folder's (a single-folder window)", ["/w"], "/elsewhere/orders/a.json", "/w"],
    ["a file in one of several folders", ["/r/a", "/r/b"], "/r/b/o.json", "/r/b"],
    ["nested workspace folders: the innermost", ["/r", "/r/app"], "/r/app/o.json", "/r/app"],
    ["a file outside several folders: none (multi-root)", ["/r/a", "/r/b"], "/r/c/o.json", undefined],
    ["no folder open: none", [], "/w/o.json", undefined],
    ["a sibling whose name begins with the folder's is outside it", ["/r/app", "/r/b"], "/r/app2/o.json", undefined],
  ])("%s", (_, folders, file, expected) => {
    expect(vscodeSettingsFolder(file, folders)).toBe(expected);
  });
});
