import type { Diagnostic } from "./diagnostic.js";
import { child, isContainer, segments } from "../json/jsonPointer.js";

/**
 * Sorts diagnostics in the order their places appear in the value (keys in insertion order,
 * array elements by index); a pointer to a missing property sorts after its existing siblings.
 * The sort is stable, so diagnostics at one place keep the order they were found in.
 */
export function sortInDocumentOrder(root: unknown, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length < 2) return diagnostics;
  const keyIndex = new WeakMap<object, Map<string, number>>();
  const position = (node: unknown, key: string): number => {
    if (Array.isArray(node)) return /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : Number.MAX_SAFE_INTEGER;
    if (!isContainer(node)) return Number.MAX_SAFE_INTEGER;
    let index = keyIndex.get(node);
    if (!index) {
      index = new Map(Object.keys(node).map((k, i) => [k, i]));
      keyIndex.set(node, index);
    }
    return index.get(key) ?? Number.MAX_SAFE_INTEGER;
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
