/**
 * The column of `offset` (in `source`, the text after any byte order mark, whose lines start
 * at `starts`) counted in UTF-8 bytes of its line, as reviewdog.proto's Position counts it
 * ("Column number, starting at 1 (byte count in UTF-8)"). Line 1 counts `markBytes` first,
 * the byte order mark's bytes (byteOrderMarkBytes): reviewdog splices the line's raw bytes.
 */
export function utf8Column(source: string, starts: ArrayLike<number>, markBytes: number, line: number, offset: number): number {
  return (line === 1 ? markBytes : 0) + Buffer.byteLength(source.slice(starts[line - 1], offset), "utf8") + 1;
}
