/**
 * The plugin's build, stamped into dist/src/eslint/pluginBuild.js by the build
 * (codegen/pluginStamp.ts): the SHA-256 of the JavaScript tsc emitted (dist/src), as the CLI's
 * stamp is the SHA-256 of its bundle (src/cli/buildStamp.ts). Run from the TypeScript
 * sources (tsx) it stays the placeholder, and the plugin's version is the package's alone.
 */
export const pluginBuildPlaceholder = "oms-lint-plugin-build:unstamped";

/** Written as a literal of its own so that the build finds it in the emitted file, apart from the placeholder's declaration above. */
export const pluginBuildStamp: string = "oms-lint-plugin-build:unstamped";

/**
 * The plugin's `meta.version`: the package's version with the build's hash as semver build
 * metadata (`0.1.0+<sha-256>`). ESLint keys its cache on the plugin's meta.name and
 * meta.version alone, so a rebuild that kept the version number (a package installed from a
 * git commit, a clone rebuilt after a pull) was given results cached by the old code (audit
 * of the ESLint plugin). Unstamped, the version alone.
 */
export function pluginVersion(version: string, stamp: string): string {
  return stamp === pluginBuildPlaceholder || stamp === "" ? version : `${version}+${stamp}`;
}
