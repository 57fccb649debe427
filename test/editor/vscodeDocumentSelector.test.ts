import Module, { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import picomatch from "picomatch";
import { beforeAll, describe, expect, it } from "vitest";

/** One of a document selector's filters, as vscode-languageclient takes it (VS Code's DocumentFilter). */
interface DocumentFilter {
  readonly language?: string;
  readonly scheme?: string;
  readonly pattern?: string;
}

/** An open document as VS Code describes it to a selector: its language, its URI's scheme and path. */
interface EditorDocument {
  readonly languageId: string;
  readonly scheme: string;
  readonly path: string;
}

/** VS Code's languages.match: a filter takes a document when every field it gives matches (the pattern, a glob over the path). */
const takes = (filter: DocumentFilter, document: EditorDocument): boolean =>
  (filter.language === undefined || filter.language === document.languageId) &&
  (filter.scheme === undefined || filter.scheme === document.scheme) &&
  (filter.pattern === undefined || picomatch(filter.pattern, { dot: true })(document.path));

/**
 * The extension's document selector, read by activating editors/vscode/extension.js against
 * stand-ins for the `vscode` API and vscode-languageclient (neither runs here: VS Code cannot).
 */
async function documentSelector(): Promise<DocumentFilter[]> {
  let selector: DocumentFilter[] | undefined;
  class LanguageClient {
    constructor(_id: string, _name: string, _server: unknown, options: { documentSelector: DocumentFilter[] }) {
      selector = options.documentSelector;
    }
    start = async () => undefined;
    stop = async () => undefined;
  }
  const stubs: Record<string, unknown> = {
    vscode: { workspace: { workspaceFolders: undefined, getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback }), createFileSystemWatcher: () => ({}) } },
    "vscode-languageclient/node": { LanguageClient, TransportKind: { stdio: 0 } },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request in stubs ? stubs[request] : load(request, ...rest));
  try {
    const extension = createRequire(import.meta.url)(fileURLToPath(new URL("../../editors/vscode/extension.js", import.meta.url))) as { activate: (context: unknown) => Promise<void> };
    await extension.activate({ subscriptions: [] });
  } finally {
    loader._load = load;
  }
  return selector!;
}

/**
 * VS Code opens a file's other versions as documents of other schemes (`git:` for a diff's
 * left side, a pull request's review view): linted, each finding showed twice, once on the file
 * and once on its old text. The `.http` filter named no scheme, and took them all.
 */
describe("the VS Code extension's document selector", () => {
  let selector: DocumentFilter[];
  beforeAll(async () => {
    selector = await documentSelector();
  });
  const selected = (document: EditorDocument) => selector.some((filter) => takes(filter, document));

  it.each([
    ["a JSON file", { languageId: "json", scheme: "file", path: "/w/order.json" }],
    ["an untitled JSON document", { languageId: "json", scheme: "untitled", path: "Untitled-1" }],
    ["a .http file", { languageId: "http", scheme: "file", path: "/w/calls.http" }],
    ["a .rest file VS Code has no language for", { languageId: "plaintext", scheme: "file", path: "/w/calls.rest" }],
    ["an untitled document in the http language", { languageId: "http", scheme: "untitled", path: "Untitled-2" }],
  ])("lints %s", (_, document) => {
    expect(selected(document)).toBe(true);
  });

  it.each([
    ["a .http file's text in a git diff", { languageId: "http", scheme: "git", path: "/w/calls.http" }],
    ["a JSON file's text in a git diff", { languageId: "json", scheme: "git", path: "/w/order.json" }],
    ["a .http document of a virtual file system, as a JSON one is not", { languageId: "http", scheme: "vscode-vfs", path: "/w/calls.http" }],
  ])("does not lint %s", (_, document) => {
    expect(selected(document)).toBe(false);
  });
});
