import { relative, sep } from "node:path";

/** `--shard <i>/<n>`: this run lints the i-th of n parts of the files (1-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The most parts a run may be split into. No CI matrix runs more jobs (GitHub Actions: 256 a
 * workflow run; GitLab's `parallel`: 200), so a larger n is a slip of the keys, and is
 * refused rather than leaving nearly every shard empty. Kept far below 2^32 too, so that the
 * 32-bit hash modulo n spreads the files evenly, and n is an exact number (a 400-digit n was Infinity).
 */
export const maxShardCount = 10_000;

/** "2/4" → { index: 2, count: 4 }; undefined when the text is not i/n with 1 ≤ i ≤ n ≤ maxShardCount. */
export function parseShard(text: string): Shard | undefined {
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index <= count && count <= maxShardCount ? { index, count } : undefined;
}

/**
 * Whether a file belongs to the shard: by a hash of its path from the working folder (with
 * forward slashes), never by its position in the list, so that adding or removing a file moves
 * no other file to another shard, and every runner of a CI matrix agrees without talking to
 * the others. Every file lands in exactly one shard of n.
 */
export function inShard(filePath: string, cwd: string, shard: Shard): boolean {
  return shardOf(relative(cwd, filePath).split(sep).join("/"), shard.count) === shard.index;
}

/** The shard (1-based) of a path, by 32-bit FNV-1a over its UTF-16 code units. */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}
