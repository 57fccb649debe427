// Module hooks for a script that plain node runs on the built package (test/support/crashingRuleService.mjs):
// a TypeScript file of the repository (an example the script runs) loads with its types stripped
// by esbuild, and its imports of src/ and rules/ load what tsc emitted of them into dist/, as
// vitest's alias loads them in the tests (vitest.config.ts): the modules the script loaded already.
import { readFile } from "node:fs/promises";
import { transform } from "esbuild";

const root = new URL("../../", import.meta.url).href;
const built = `${root}dist/`;
const modules = `${root}node_modules/`;
const ours = (url) => url?.startsWith(root) && !url.startsWith(built) && !url.startsWith(modules);

export async function resolve(specifier, context, nextResolve) {
  if (ours(context.parentURL) && /^\.\.?\//.test(specifier)) {
    const path = new URL(specifier, context.parentURL).href.slice(root.length);
    if (/^(?:src|rules)\//.test(path)) return { url: `${built}${path}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!ours(url) || !url.endsWith(".ts")) return nextLoad(url, context);
  const { code } = await transform(await readFile(new URL(url), "utf8"), { loader: "ts", format: "esm", sourcefile: url });
  return { format: "module", source: code, shortCircuit: true };
}
