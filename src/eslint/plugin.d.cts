/**
 * The types of `require("oms-lint/eslint")` (package.json's `require` condition and, for
 * `moduleResolution: node10`, its typesVersions): the plugin itself, as plugin.js hands it to
 * require() (its export named "module.exports", Node 20.19 and later), not a namespace holding
 * it as `default` (plugin.d.ts, which `import` reads). The build copies this file beside
 * plugin.d.ts (codegen/commonJsTypes.ts): tsc emits no declarations from a declaration file.
 *
 * No `resolution-mode` attribute on the import: TypeScript before 5.3 cannot parse one, even
 * with skipLibCheck, and node10 reads this file for `import` too. Without it, with skipLibCheck
 * off, TypeScript reports the import of an ES module here (TS1479 or TS1542) under
 * `"module": "node16"`, and under nodenext before 5.8; nodenext from 5.8, bundler and node10 read it clean.
 */
declare const plugin: typeof import("./plugin.js").default;
export = plugin;
