import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
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
