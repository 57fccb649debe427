import { copyFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("../src/eslint/plugin.d.cts", import.meta.url));
/** What package.json's `exports["./eslint"].require.types` and typesVersions name. */
export const commonJsTypesFile = fileURLToPath(new URL("../dist/src/eslint/plugin.d.cts", import.meta.url));

/**
 * `require("oms-lint/eslint")` returns the plugin, `import` a module whose default is the
 * plugin: one declaration file cannot say both. tsc emits plugin.d.ts (what `import` reads);
 * the CommonJS one is written by hand (src/eslint/plugin.d.cts), and tsc copies no declaration
 * file, so the build does.
 */
export function copyCommonJsTypes(): void {
  copyFileSync(source, commonJsTypesFile);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) copyCommonJsTypes();
