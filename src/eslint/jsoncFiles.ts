import { isAppSettingsName, isTypeScriptConfigName } from "../files/notPayload.js";

/** How a file's own tool reads it beyond JSON: comments always, trailing commas where the tool takes them too. */
export interface JsoncDialect {
  readonly trailingCommas: boolean;
}

const withTrailingCommas: JsoncDialect = { trailingCommas: true };

/**
 * The JSON files whose own tools read them as JSONC, by name (each with the tool's word for it).
 * Every other name on the not-a-payload list is strict JSON to its tool: npm's package.json,
 * package-lock.json and npm-shrinkwrap.json (JSON.parse; `npm` says EJSONPARSE), composer.json
 * (Composer's JSON linter), lerna.json (documented as JSON), renovate.json (comments go in
 * renovate.json5, Renovate's docs), biome.json (comments go in biome.jsonc, Biome's docs),
 * vercel.json (the CLI's "Invalid JSON"), jsr.json (documented as JSON; comments go in
 * deno.jsonc), rome.json (Biome's predecessor, strict as biome.json is), and oms-lint's own
 * config and suppressions file (read by parseSource, strict).
 */
const jsoncNames: ReadonlyMap<string, JsoncDialect> = new Map([
  // Deno's manual: "The configuration file supports .json and .jsonc extensions"; both go through dprint's jsonc-parser.
  ["deno.json", withTrailingCommas],
  // Turborepo 1.1.4's notes: "turbo.json now supports JSON5 (comments, etc.)" (vercel/turbo#745).
  ["turbo.json", withTrailingCommas],
  // Nx reads its JSON with jsonc-parser (devkit's JsonParseOptions: disallowComments off, allowTrailingComma on).
  ["nx.json", withTrailingCommas],
  // ESLint's configuration docs: "ESLint's JSON files also allow JavaScript-style comments" (strip-json-comments, then JSON.parse).
  [".eslintrc.json", { trailingCommas: false }],
  // The Dev Container spec: devcontainer.json is JSON with Comments (VS Code's jsonc parser).
  [".devcontainer.json", withTrailingCommas],
  // Tools' configs read with comments by their loaders, by our reading of each (not quoted): where
  // we are not sure a trailing comma is taken too, it stays an error, as strict JSON would have it.
  // TSLint strips the comments, then JSON.parse.
  ["tslint.json", { trailingCommas: false }],
  // Babel reads its .json configs with JSON5.
  ["babel.config.json", withTrailingCommas],
  // The Angular CLI reads its workspace with jsonc-parser.
  ["angular.json", withTrailingCommas],
  // API Extractor, TSDoc (Rush Stack's JsonFile), TypeDoc and CSpell read their configs with comments.
  ["api-extractor.json", { trailingCommas: false }],
  ["tsdoc.json", { trailingCommas: false }],
  ["typedoc.json", { trailingCommas: false }],
  ["cspell.json", { trailingCommas: false }],
  // .NET's configuration and launch profiles: System.Text.Json skipping comments, trailing commas allowed.
  ["appsettings.json", withTrailingCommas],
  ["launchSettings.json", withTrailingCommas],
  // Knip reads every JSON config with strip-json-comments, trailing commas allowed (its loader's parseJSON).
  ["knip.json", withTrailingCommas],
  // Nx reads a project's project.json as it reads nx.json (jsonc-parser).
  ["project.json", withTrailingCommas],
  // dprint's docs show comments in dprint.json; Wrangler reads wrangler.json as it reads
  // wrangler.jsonc; the Firebase CLI reads firebase.json with comments (cjson). Trailing commas: not sure, so an error.
  ["dprint.json", { trailingCommas: false }],
  ["wrangler.json", { trailingCommas: false }],
  ["firebase.json", { trailingCommas: false }],
]);

/**
 * The dialect a file's own tool reads it in, or undefined for strict JSON; `names` are the
 * folders of its path and its name, last. TypeScript's tsconfig.json, tsconfig.*.json, tsconfig-*.json and jsconfig alike (its
 * parser takes comments and trailing commas), everything VS Code reads from `.vscode/` (its
 * docs: "JSON with Comments … used for the VS Code configuration files such as settings.json,
 * tasks.json, or launch.json"), `.devcontainer/devcontainer.json` and `.devcontainer/<name>/devcontainer.json`
 * (the Dev Container spec), and the names above.
 */
export function jsoncDialect(names: readonly string[]): JsoncDialect | undefined {
  const name = names.at(-1) ?? "";
  if (isTypeScriptConfigName(name) || isAppSettingsName(name)) return withTrailingCommas;
  const folders = names.slice(0, -1);
  if (folders.at(-1) === ".vscode") return withTrailingCommas;
  if (name === "devcontainer.json" && (folders.at(-1) === ".devcontainer" || folders.at(-2) === ".devcontainer")) return withTrailingCommas;
  return jsoncNames.get(name);
}
