/** What one walk over a parsed value tells the parser about its text. */
export interface ValueSurvey {
  /** Keys of every object: fewer than the text's key tokens means a key was repeated. */
  readonly keys: number;
  /** Levels of arrays and objects (a top-level container is level 1). */
  readonly depth: number;
  /** A number beyond 2^53 in magnitude: the text holds an integer JSON.parse rounded (or a huge float). */
  readonly unsafeNumber: boolean;
}

/**
 * One iterative walk (JSON.parse itself takes 100,000 levels; a recursive walk would not):
 * the key count, the depth and whether any number lies beyond 2^53. Every integer literal
 * beyond 2^53 - 1 parses to such a number, so the text need not be searched for digit runs.
 */
export function surveyValue(value: unknown): ValueSurvey {
  let keys = 0;
  let depth = 0;
  let unsafeNumber = false;
  const nodes: unknown[] = [value];
  const levels: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const level = levels.pop() as number;
    if (typeof node === "number") {
      if (node > Number.MAX_SAFE_INTEGER || node < -Number.MAX_SAFE_INTEGER) unsafeNumber = true;
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    if (level > depth) depth = level;
    if (Array.isArray(node)) {
      for (const element of node) {
        nodes.push(element);
        levels.push(level + 1);
      }
    } else {
      for (const key in node) {
        keys++;
        nodes.push((node as Record<string, unknown>)[key]);
        levels.push(level + 1);
      }
    }
  }
  return { keys, depth, unsafeNumber };
}
