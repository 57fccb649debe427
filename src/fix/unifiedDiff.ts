/** What `--fix-dry-run` prints: the change a fix would make, as `diff -u` and `git diff` show it. */

export interface UnifiedDiffOptions {
  /** The names on the `---` and `+++` lines (default "a" and "b"). */
  readonly fromFile?: string;
  readonly toFile?: string;
  /** Unchanged lines shown around each change (default 3). */
  readonly context?: number;
}

type Op = { readonly kind: " " | "-" | "+"; readonly line: string };

/** Lines with their ends ("\n" kept; "\r" stays in the line), so a missing last newline is a difference. */
function lines(text: string): string[] {
  const found = text.split(/(?<=\n)/);
  return found.length === 1 && found[0] === "" ? [] : found;
}

/**
 * Myers' O(ND) diff of two lists of lines: the shortest edit script. Fixes change few
 * lines, so D is small; each step's frontier is kept only over its own diagonals (O(D²)
 * memory, whatever the file's length).
 */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: { readonly from: number; readonly values: Int32Array }[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push({ from: offset - d - 1, values: v.slice(offset - d - 1, offset + d + 2) });
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const { from, values } = trace[d]!;
    const at = (k: number) => values[offset + k - from]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push({ kind: " ", line: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === previousX) ops.push({ kind: "+", line: b[--y]! });
      else ops.push({ kind: "-", line: a[--x]! });
    }
  }
  return ops.reverse();
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
  if (before === after) return "";
  const context = options.context ?? 3;
  const ops = diffLines(lines(before), lines(after));
  let out = `--- ${options.fromFile ?? "a"}\n+++ ${options.toFile ?? "b"}\n`;
  const changed = ops.map((op, i) => (op.kind === " " ? -1 : i)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    // A hunk: changes whose gaps of unchanged lines are at most 2 × context apart.
    let last = i;
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * context + 1) last++;
    const begin = Math.max(0, changed[i]! - context);
    const stop = Math.min(ops.length, changed[last]! + context + 1);
    let [oldStart, newStart] = [0, 0];
    for (const op of ops.slice(0, begin)) {
      if (op.kind !== "+") oldStart++;
      if (op.kind !== "-") newStart++;
    }
    const hunk = ops.slice(begin, stop);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`;
    for (const op of hunk) out += printLine(op.kind, op.line);
    i = last + 1;
  }
  return out;
}
