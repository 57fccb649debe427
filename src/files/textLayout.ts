/**
 * How a text file ends its lines, and whether it opens with a byte order mark: what a file
 * oms-lint writes anew from a value keeps of the file it replaces (an editor on Windows saves
 * CRLF, some with a mark), so that a rewrite does not show every line as changed.
 */
export interface TextLayout {
  readonly lineEnd: "\n" | "\r\n";
  readonly byteOrderMark: "" | "\uFEFF";
}

/** The layout a text was read with: CRLF where any line ends so, a mark where it opens with one. */
export function textLayoutOf(text: string): TextLayout {
  return { lineEnd: text.includes("\r\n") ? "\r\n" : "\n", byteOrderMark: text.startsWith("\uFEFF") ? "\uFEFF" : "" };
}

/** A text written with "\n" line ends (JSON.stringify's), in `layout`. */
export function inTextLayout(text: string, layout: TextLayout): string {
  return layout.byteOrderMark + (layout.lineEnd === "\n" ? text : text.replace(/\n/g, layout.lineEnd));
}
