import { checkDiffArguments } from "./fixArguments.js";

/** What `--fix-dry-run` prints: the change a fix would make, as `diff -u` and `git diff` show it. */

export interface UnifiedDiffOptions {
  /** The names on the `---` and `+++` lines (default "a" and "b"). */
  readonly fromFile?: string | undefined;
  readonly toFile?: string | undefined;
  /** Unchanged lines shown around each change (default 3). */
  readonly context?: number | undefined;
}

/**
 * A text's lines as offsets into it, each with its "\n" ("\r" stays in the line), so a
 * missing last newline is a difference. No line is copied out of the text until it is
 * printed: a 30 MB order is one string, not a million.
 */
class Lines {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
    if (this.starts[this.starts.length - 1] !== text.length) this.starts.push(text.length);
  }

  get count(): number {
    return this.starts.length - 1;
  }

  line(index: number): string {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }

  same(index: number, other: Lines, otherIndex: number): boolean {
    const start = this.starts[index]!;
    const length = this.starts[index + 1]! - start;
    const otherStart = other.starts[otherIndex]!;
    if (other.starts[otherIndex + 1]! - otherStart !== length) return false;
    for (let offset = 0; offset < length; offset++) {
      if (this.text.charCodeAt(start + offset) !== other.text.charCodeAt(otherStart + offset)) return false;
    }
    return true;
  }
}

/** The edit script: for each step, kept (" "), removed ("-") or added ("+"), and the line's index in its own text. */
interface Script {
  readonly kinds: string[];
  readonly lines: number[];
}

/**
 * Unchanged lines in a row that end a stretch of changes. Myers' diff finds the shortest edit
 * script in O((N + M) · D) time and, with the path kept, O(D²) memory: over a whole 30 MB order
 * with thousands of scattered fixes, that is gigabytes (`--fix-dry-run` died out of heap). A
 * fix changes a few lines here and there, so the script is found stretch by stretch: from
 * the first difference, Myers' search runs until some path reaches this many unchanged lines
 * in a row, and the next stretch starts after them. Each stretch costs what its own
 * changes cost; the script is the shortest unless a shorter one would pair lines across such a
 * run (a moved block), where it is merely correct.
 */
const syncLines = 16;

/** Edits in one stretch past which the stretch is written as "all removed, all added" (texts that share little). */
const maxStretchEdits = 2000;

function diffLines(a: Lines, b: Lines): Script {
  const script: Script = { kinds: [], lines: [] };
  let x = 0;
  let y = 0;
  while (x < a.count || y < b.count) {
    while (x < a.count && y < b.count && a.same(x, b, y)) {
      script.kinds.push(" ");
      script.lines.push(x);
      x++;
      y++;
    }
    if (x === a.count && y === b.count) break;
    [x, y] = stretch(a, b, x, y, script);
  }
  return script;
}

/**
 * Myers' search from (x0, y0), each step's frontier kept over its own diagonals, until a path
 * reaches both ends or runs `syncLines` unchanged lines; appends that path's script and
 * returns where it ended.
 */
function stretch(a: Lines, b: Lines, x0: number, y0: number, script: Script): [number, number] {
  const n = a.count - x0;
  const m = b.count - y0;
  const max = Math.min(n + m, maxStretchEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a.same(x0 + x, b, y0 + y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if ((x >= n && y >= m) || x - from >= syncLines) {
        backtrack(trace, d, x, y, x0, y0, script);
        return [x0 + x, y0 + y];
      }
    }
  }
  // Past maxStretchEdits: the rest is one change.
  for (let line = x0; line < a.count; line++) script.kinds.push("-"), script.lines.push(line);
  for (let line = y0; line < b.count; line++) script.kinds.push("+"), script.lines.push(line);
  return [a.count, b.count];
}

function backtrack(trace: readonly Int32Array[], last: number, endX: number, endY: number, x0: number, y0: number, script: Script): void {
  const kinds: string[] = [];
  const lines: number[] = [];
  let x = endX;
  let y = endY;
  for (let d = last; d >= 0; d--) {
    const values = trace[d]!;
    // trace[d] holds the frontier before step d, over diagonals -d-1 … d+1.
    const at = (k: number) => values[k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      kinds.push(" ");
      lines.push(x0 + --x);
      y--;
    }
    if (d > 0) {
      if (x === previousX) kinds.push("+"), lines.push(y0 + --y);
      else kinds.push("-"), lines.push(x0 + --x);
    }
  }
  for (let index = kinds.length - 1; index >= 0; index--) {
    script.kinds.push(kinds[index]!);
    script.lines.push(lines[index]!);
  }
}

/** "@@ -3,2 +3 @@": a range's start and length, the length left out when it is 1, as diff -u writes them. */
function range(start: number, count: number): string {
  if (count === 1) return String(start + 1);
  return `${count === 0 ? start : start + 1},${count}`;
}

function printLine(kind: string, line: string): string {
  return line.endsWith("\n") ? `${kind}${line}` : `${kind}${line}\n\\ No newline at end of file\n`;
}

/** A unified diff of two texts; "" when they are the same. */
export function unifiedDiff(before: string, after: string, options: UnifiedDiffOptions = {}): string {
  checkDiffArguments(before, after, options);
  if (before === after) return "";
  const context = options.context ?? 3;
  const [a, b] = [new Lines(before), new Lines(after)];
  const { kinds, lines } = diffLines(a, b);
  let out = `--- ${options.fromFile ?? "a"}\n+++ ${options.toFile ?? "b"}\n`;
  const changed: number[] = [];
  kinds.forEach((kind, index) => kind !== " " && changed.push(index));
  // Lines of each side before the step `counted`: advanced hunk by hunk, never recounted.
  let counted = 0;
  let [oldBefore, newBefore] = [0, 0];
  let i = 0;
  while (i < changed.length) {
    // A hunk: changes whose gaps of unchanged lines are at most 2 × context apart.
    let last = i;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const begin = Math.max(0, changed[i]! - context);
    const stop = Math.min(kinds.length, changed[last]! + context + 1);
    for (; counted < begin; counted++) {
      if (kinds[counted] !== "+") oldBefore++;
      if (kinds[counted] !== "-") newBefore++;
    }
    let [oldCount, newCount] = [0, 0];
    let body = "";
    for (let step = begin; step < stop; step++) {
      const kind = kinds[step]!;
      if (kind !== "+") oldCount++;
      if (kind !== "-") newCount++;
      body += printLine(kind, (kind === "+" ? b : a).line(lines[step]!));
    }
    out += `@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@\n${body}`;
    i = last + 1;
  }
  return out;
}
