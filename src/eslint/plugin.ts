import type { ESLint, Linter } from "eslint";
import { packageInfo } from "../builtIn/packageInfo.js";
import { eslintRules, recommendedRules } from "./eslintRules.js";
import { OmsJsonLanguage } from "./omsJsonLanguage.js";
import { SharedLint } from "./sharedLint.js";
import { ruleDocsLinks } from "../lsp/ruleDocsLink.js";
import { languageId, pluginName } from "./pluginLanguage.js";
import { pluginBuildStamp, pluginVersion } from "./pluginBuild.js";

const info = packageInfo();
const name = pluginName;

/**
 * `oms-lint/eslint`: oms-lint as a flat-config ESLint plugin (ESLint 9 and 10), on
 * @eslint/json's JSON language. `meta.name` and `meta.version` key ESLint's cache: the
 * version carries the build's hash (src/eslint/pluginBuild.ts).
 *
 * ```js
 * // eslint.config.js
 * import omsLint from 'oms-lint/eslint';
 * export default [{ files: ["orders/**\/*.json"], ...omsLint.configs.recommended }];
 * ```
 */
const plugin = {
  meta: { name, version: pluginVersion(info.version, pluginBuildStamp), namespace: name },
  languages: { json: new OmsJsonLanguage() },
  // The link the language server gives each diagnostic: the published page, else the page the package ships.
  rules: eslintRules(new SharedLint(), ruleDocsLinks(info)),
  configs: {} as Record<string, Linter.Config>,
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: "oms-lint/recommended",
  plugins: { [name]: plugin as ESLint.Plugin },
  language: languageId,
  rules: recommendedRules(name),
};

export default plugin;
/**
 * What a CommonJS config (eslint.config.cjs) gets when it requires oms-lint/eslint (Node 20.19 and
 * later): the plugin itself, as from a CommonJS plugin, not a namespace holding it as `default`.
 * Kept out of the .d.ts (stripInternal): TypeScript before 5.6 cannot parse a string export name,
 * even with skipLibCheck, and an eslint.config.ts would not compile. What require() returns is
 * typed by plugin.d.cts instead (package.json's `require` condition).
 * @internal
 */
export { plugin as "module.exports" };
