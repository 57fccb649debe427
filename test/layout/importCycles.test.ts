import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importLine, importsOf, sources } from "./sourceImports.js";

/**
 * Issue 13, "a layout that shows the design": no module of src/ or rules/ imports itself
 * back through others, type-only imports included (a type cycle is still two files that
 * cannot be understood, or moved, one without the other).
 */

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The module graph: each file to the files it imports (a `.js` specifier names the `.ts` file). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = importsOf(file).map((target) => target.replace(/\.js$/, ".ts"));
      return [file, [...new Set(targets)].filter((target) => known.has(target))];
    }),
  );
}

/** The cycles a depth-first walk meets, each a path that ends where it starts: none only when the graph has none. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("import cycles", () => {
  it("the finder finds a cycle through type imports, dynamic imports and re-exports", () => {
    expect(findCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
    expect(findCycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
    const lines = ['import type { A } from "./a.js";', 'export { b } from "../b.js";', 'const c = await import("./c.js");', 'import { d } from "node:fs";'].join("\n");
    expect([...lines.matchAll(importLine)].map((m) => m[1] ?? m[2])).toEqual(["./a.js", "../b.js", "./c.js"]);
  });

  it("src/ and rules/ have none", () => {
    const files = [...sources(join(root, "src")), ...sources(join(root, "rules"))];
    expect(files.length).toBeGreaterThan(100);
    const cycles = findCycles(importGraph(files)).map((cycle) => cycle.map((file) => relative(root, file)).join(" → "));
    expect(cycles).toEqual([]);
  });
});
