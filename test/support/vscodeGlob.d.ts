/**
 * vscode-json-languageservice's fileMatch glob (utils/glob.js, a development dependency), the
 * oracle src/glob/vscodeFileMatch.ts is checked against; the package ships no types for it.
 */
declare module "vscode-json-languageservice/lib/esm/utils/glob.js" {
  export function createRegex(glob: string, options: { extended?: boolean; globstar?: boolean; flags?: string }): RegExp;
}
