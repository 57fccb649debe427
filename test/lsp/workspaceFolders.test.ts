import { describe, expect, it } from "vitest";
import { changedFolders } from "../../src/lsp/workspaceFolders.js";

const folder = (uri: string) => ({ uri, name: uri.slice(uri.lastIndexOf("/") + 1) });

describe("the workspace folders after workspace/didChangeWorkspaceFolders", () => {
  it.each([
    ["an added folder comes after the others", ["/w/a"], { added: ["file:///w/b"], removed: [] }, ["/w/a", "/w/b"]],
    ["a removed folder is dropped, whichever URI spelling names it", ["/w/c:/a", "/w/b"], { added: [], removed: ["file:///w/c%3A/a"] }, ["/w/b"]],
    ["a folder added twice is held once", ["/w/a"], { added: ["file:///w/a", "file:///w/b", "file:///w/b"], removed: [] }, ["/w/a", "/w/b"]],
    ["a folder of another scheme is no folder the CLI could run in", ["/w/a"], { added: ["vscode-vfs://github/shop/payloads"], removed: ["untitled:Untitled-1"] }, ["/w/a"]],
    ["removed and added at once (a folder replaced)", ["/w/a"], { added: ["file:///w/b"], removed: ["file:///w/a"] }, ["/w/b"]],
    ["a trailing slash names the same folder, removed or added", ["/w/a", "/w/b"], { added: ["file:///w/b/"], removed: ["file:///w/a/"] }, ["/w/b"]],
  ])("%s", (_why, before, { added, removed }, after) => {
    expect(changedFolders(before, { added: added.map(folder), removed: removed.map(folder) })).toEqual(after);
  });
});
