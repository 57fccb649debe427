import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "jsonc-parser";
import { getLanguageService, TextDocument, type Diagnostic, type LanguageService } from "vscode-json-languageservice";
import { editorSchemaDir } from "../../codegen/generate.js";

/** VS Code's own JSON language service, reading an editor schema as the json.schemas entry of `init --vscode` points it at it. */
export interface EditorJsonService {
  readonly service: LanguageService;
  document(text: string): TextDocument;
  /** The problems the editor shows on a document of this text. */
  diagnostics(text: string): Promise<Diagnostic[]>;
}

export function editorJsonService(schemaName: string): EditorJsonService {
  const service = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(new URL(uri), "utf8"),
    // `$ref: "definitions.json#/…"` is relative to the schema that holds it, as in VS Code.
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, allowComments: false, schemas: [{ uri: pathToFileURL(editorSchemaDir + schemaName).href, fileMatch: ["*.json"] }] });
  const document = (text: string) => TextDocument.create("file:///work/payload.json", "json", 1, text);
  return {
    service,
    document,
    async diagnostics(text) {
      const shown = document(text);
      return service.doValidation(shown, service.parseJSONDocument(shown));
    },
  };
}

/** A json.schemas entry as `init --vscode` writes it. */
export type Association = { readonly fileMatch: readonly string[]; readonly url: string };

/** The associations `init --vscode` wrote into a workspace's .vscode/settings.json, read as VS Code reads the file (JSON with comments). */
export function writtenSchemas(workspace: string): Association[] {
  return (parse(readFileSync(join(workspace, ".vscode/settings.json"), "utf8")) as { "json.schemas": Association[] })["json.schemas"];
}

/**
 * The problems VS Code's JSON service shows on `file` in the workspace folder, given these
 * json.schemas (matched as VS Code matches a fileMatch: from the folder's URI), each url's
 * schema read from this repository's schemas/editor/ (wherever init found oms-lint installed).
 */
export async function problemsAsVsCodeSees(workspace: string, associations: readonly Association[], file: string, text: string): Promise<string[]> {
  const service = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(new URL(uri), "utf8"),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  const folderUri = pathToFileURL(workspace).href;
  service.configure({
    validate: true,
    schemas: associations.map(({ fileMatch, url }) => ({ fileMatch: [...fileMatch], folderUri, uri: pathToFileURL(editorSchemaDir + url.slice(url.lastIndexOf("/") + 1)).href })),
  });
  const document = TextDocument.create(pathToFileURL(join(workspace, file)).href, "json", 1, text);
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  return diagnostics.map((d) => (typeof d.message === "string" ? d.message : d.message.value));
}

/**
 * The schemas VS Code's JSON service associates with `file` given these json.schemas (each
 * url's file name: `createOrder.json`), by its own fileMatch matcher: its language status, which
 * loads no schema. Without `folderUri` the entries are a single-folder workspace's, which VS
 * Code applies to every file (matching each pattern as `**\/<pattern>` on the file's URI).
 */
export function schemasVsCodeAssociates(workspace: string, associations: readonly Association[], file: string, options: { folderUri?: boolean } = {}): string[] {
  const service = getLanguageService({});
  const folderUri = options.folderUri ? { folderUri: pathToFileURL(workspace).href } : {};
  service.configure({ validate: true, schemas: associations.map(({ fileMatch, url }) => ({ fileMatch: [...fileMatch], ...folderUri, uri: `file:///schemas/${url.slice(url.lastIndexOf("/") + 1)}` })) });
  const document = TextDocument.create(pathToFileURL(join(workspace, file)).href, "json", 1, "{}");
  return service.getLanguageStatus(document, service.parseJSONDocument(document)).schemas.map((uri) => uri.slice(uri.lastIndexOf("/") + 1));
}
