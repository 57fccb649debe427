import type { Diagnostic } from "./diagnostic.js";
import { child, isArrayIndex, isContainer, segments } from "../json/jsonPointer.js";

/**
 * Sorts diagnostics in the order their places appear in the value (keys in insertion order,
 * array elements by index). A pointer to a missing property stands where its object starts,
 * before the object's existing members — where lintText places it in the text (at the object
 * that lacks it), so the library and the CLI list findings in the same order. The sort is
 * stable, so diagnostics at one place keep the order they were found in.
 */
export function sortInDocumentOrder(root: unknown, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length < 2) return diagnostics;
  const keyIndex = new WeakMap<object, Map<string, number>>();
  const position = (node: unknown, key: string): number => {
    if (Array.isArray(node)) return isArrayIndex(key) && Number(key) < node.length ? Number(key) : -1;
    if (!isContainer(node)) return -1;
    let index = keyIndex.get(node);
    if (!index) {
      index = new Map(Object.keys(node).map((k, i) => [k, i]));
      keyIndex.set(node, index);
    }
    return index.get(key) ?? -1;
  };
  const keyed = diagnostics.map((diagnostic) => ({ diagnostic, segments: segments(diagnostic.path) }));
  keyed.sort((a, b) => {
    let node = root;
    const shared = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < shared; i++) {
      const ka = a.segments[i] as string;
      const kb = b.segments[i] as string;
      if (ka !== kb) return position(node, ka) - position(node, kb);
      node = child(node, ka);
    }
    return a.segments.length - b.segments.length;
  });
  return keyed.map((k) => k.diagnostic);
}
