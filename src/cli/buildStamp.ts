/**
 * The bundle's own fingerprint, stamped into dist/cli/main.js by the build
 * (codegen/buildStamp.ts): the SHA-256 of the bundle's text. Two builds of one version (a
 * package installed from a git commit, a pre-commit hook moved to another rev) carry other
 * engine code, schemas and messages, so a cache written by one is stale for the other. Run
 * from the sources (tsx, vitest) nothing is stamped: "".
 */
declare const __OMS_LINT_BUILD__: string | undefined;

export const buildStamp: string = typeof __OMS_LINT_BUILD__ === "string" ? __OMS_LINT_BUILD__ : "";
