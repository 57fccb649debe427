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
const pluginCore = {
  meta: { name, version: pluginVersion(info.version, pluginBuildStamp), namespace: name },
  languages: { json: new OmsJsonLanguage() },
  // The link the language server gives each diagnostic: the published page, else the page the package ships.
  rules: eslintRules(new SharedLint(), ruleDocsLinks(info)),
} satisfies ESLint.Plugin;

/**
 * The plugin's configs, named in its declarations as Linter.Config (eslint's own type, which a
 * consumer that takes the plugin has; spelt out, it named @eslint/core, which a consumer need not
 * have). A type, not an interface: an object type is assignable to ESLint.Plugin's configs record,
 * so that `plugins: { "oms-lint": omsLint }` type-checks.
 */
type PluginConfigs = { recommended: Linter.Config };

/** The recommended config, which names the plugin itself: it is added to the same object below, which is then the plugin. */
const recommended: Linter.Config = {
  name: "oms-lint/recommended",
  plugins: { [name]: pluginCore as ESLint.Plugin },
  language: languageId,
  rules: recommendedRules(name),
};

/**
 * `configs` holds `recommended` alone, and says so in its type: typed as a record of configs,
 * `omsLint.configs.recommended` was possibly undefined under `noUncheckedIndexedAccess`, and
 * `defineConfig([{ files, extends: [omsLint.configs.recommended] }])` failed with TS2322, its
 * `.rules` with TS18048 (audit of the ESLint plugin). plugin.d.cts types require() from this.
 */
const plugin = Object.assign(pluginCore, { configs: { recommended } as PluginConfigs });

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
