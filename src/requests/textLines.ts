/**
 * A text's lines, read one at a time by the offset where each starts. A request file was split
 * into an array of its lines: a 64 MB file of 16 million `###` separators peaked at 1.05 GB
 * (found by the request files audit). Here a line is sliced when it is read, and the line
 * breaks are found with indexOf, each searched for once from where the last was found. A line
 * ends at LF, CRLF or a lone CR, as the editor (and JSON positions) count lines.
 */
export class TextLines {
  private readonly nextLf = nextOf("\n");
  private readonly nextCr = nextOf("\r");
  private readonly nextOpen = nextOf("{{");

  constructor(readonly text: string) {}

  /** The offset where the line starting at `start` ends, before its line break. */
  end(start: number): number {
    const lf = this.nextLf(this.text, start);
    const cr = this.nextCr(this.text, start);
    if (lf < 0) return cr < 0 ? this.text.length : cr;
    return cr < 0 || lf < cr ? lf : cr;
  }

  /** The start of the line after the one starting at `start`; undefined when that one is the last. */
  next(start: number): number | undefined {
    const end = this.end(start);
    if (end >= this.text.length) return undefined;
    return this.text.charCodeAt(end) === 0x0d && this.text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }

  /** The line starting at `start`, without its line break. */
  line(start: number): string {
    return this.text.slice(start, this.end(start));
  }

  /** Whether the text holds `{{` between two offsets (a line's variables, before it is sliced). */
  holdsVariableBetween(from: number, to: number): boolean {
    const at = this.nextOpen(this.text, from);
    return at >= 0 && at < to;
  }
}

/**
 * indexOf of `needle` from an offset, remembering its last answer: asked again from an offset
 * that answer still covers, it does not search again (lines read in order cost one pass).
 */
function nextOf(needle: string): (text: string, from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (text, from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      searchedFrom = from;
      found = text.indexOf(needle, from);
    }
    return found;
  };
}
