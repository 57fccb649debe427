import type { SubstitutedReference } from "./writtenColumn.js";
import { referencesFrom, type FilledText } from "./filledLines.js";
import { lineStarts } from "../source/lineIndex.js";
import { lastBefore } from "../source/firstIndex.js";

/**
 * The columns of each line of the body as sent, keyed by its index (0 its first): where its
 * values stand on its written line. The lines a value's line breaks made are not each kept (a
 * value of a million line breaks made a million): their references are found when asked.
 */
export class BodyReferences {
  private readonly lines = new Map<number, readonly SubstitutedReference[]>();
  /** The body's filled lines that hold line breaks, by their first line, in order; each's line starts found once asked. */
  private readonly broken: { readonly from: number; readonly filled: FilledText; starts?: Uint32Array }[] = [];

  /** A written line filled to `filled`, the body's line `line` (and, past its line breaks, the next ones). */
  set(line: number, filled: FilledText, breaks: number): void {
    if (breaks > 0) this.broken.push({ from: line, filled });
    else if (filled.references.length > 0) this.lines.set(line, filled.references);
  }

  get(line: number): readonly SubstitutedReference[] | undefined {
    const kept = this.lines.get(line);
    if (kept !== undefined) return kept;
    // The last filled line with line breaks that starts at or before `line` (a binary search).
    const broken = lastBefore(this.broken, (b) => b.from > line);
    if (broken === undefined) return undefined;
    broken.starts ??= lineStarts(broken.filled.text);
    const start = broken.starts[line - broken.from];
    return start === undefined ? undefined : referencesFrom(broken.filled.references, start);
  }
}
