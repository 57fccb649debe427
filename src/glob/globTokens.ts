/**
 * A glob's tokens, as the regular expression
 * `\\[\s\S]|\[[!^]?\]?(?:\[:[a-z]+:\]|\\[\s\S]|\[(?!:)|[^\]\\[])*\]|[?*+@!]\(|[()|]|[\s\S]` reads
 * them from left to right: an escaped pair, a bracket expression (a `[:` in it the start of a
 * whole POSIX class), an extglob's opening, a parenthesis or bar, or any other character. That
 * expression, tried at every `[`, scans to the end of the glob each time no `]` closes it:
 * `'['.repeat(20000)` took seconds. Here a bracket that closes nowhere says where its scan
 * stopped, and every `[` before that point (but one that opens a `[:`) is known to close nowhere
 * either, since its scan would pass the same characters: the work is linear in the glob.
 */
export class GlobTokens {
  /** A `[` before this position (not followed by `:`) opens no bracket. */
  private closesNowhereBefore = -1;

  constructor(private readonly glob: string) {}

  /** Where the token that starts at `at` ends. */
  endOf(at: number): number {
    const { glob } = this;
    const char = glob[at];
    if (char === "\\") return Math.min(at + 2, glob.length);
    if (char === "[") return this.bracketEnd(at) ?? at + 1;
    if (char !== undefined && "?*+@!".includes(char) && glob[at + 1] === "(") return at + 2;
    return at + 1;
  }

  /** Every token, from the start. */
  all(): string[] {
    const tokens: string[] = [];
    for (let at = 0; at < this.glob.length; ) {
      const end = this.endOf(at);
      tokens.push(this.glob.slice(at, end));
      at = end;
    }
    return tokens;
  }

  /** Where the bracket that opens at `at` ends; undefined where it closes nowhere. */
  private bracketEnd(at: number): number | undefined {
    const { glob } = this;
    if (at < this.closesNowhereBefore && glob[at + 1] !== ":") return undefined;
    let next = at + 1;
    if (glob[next] === "!" || glob[next] === "^") next++;
    // A `]` first is a member; where nothing else closes the bracket, it closes it (`[]`, `[!]`).
    const memberClose = glob[next] === "]" ? next + 1 : undefined;
    if (memberClose !== undefined) next++;
    for (;;) {
      const char = glob[next];
      if (char === "]") return next + 1;
      const step = char === undefined ? 0 : char === "\\" ? (next + 1 < glob.length ? 2 : 0) : char === "[" ? classLength(glob, next) : 1;
      if (step === 0) {
        if (memberClose !== undefined) return memberClose;
        this.closesNowhereBefore = Math.max(this.closesNowhereBefore, next);
        return undefined;
      }
      next += step;
    }
  }
}

const posixClass = /\[:[a-z]+:\]/y;

/** A `[` inside a bracket: a whole POSIX class (its length), a `[` of its own (1), or a `[:` that ends the scan (0). */
function classLength(glob: string, at: number): number {
  if (glob[at + 1] !== ":") return 1;
  posixClass.lastIndex = at;
  return posixClass.exec(glob)?.[0].length ?? 0;
}

/** A glob's tokens (see GlobTokens). */
export const globTokens = (glob: string): string[] => new GlobTokens(glob).all();
