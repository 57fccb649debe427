import { countStructure, type Oversized, type StructureLimits } from "../source/entryCount.js";

/**
 * What one message's body may hold, counted before it is parsed (JSON.parse built 20M `{}` of
 * a 60 MB shutdown's params into 2.19 GB, and vscode-jsonrpc then spread them as arguments:
 * "Maximum call stack size exceeded"). A document travels as ONE string (didOpen's text, a
 * didChange's), but a didChange's list of changes is as long as the client makes it:
 * - entries: vscode-jsonrpc spreads positional params (an array) as call arguments, which
 *   overflows the stack past ~125,000; 50,000 keeps them well under, and so every array and
 *   object of every message but a didChange. Objects are bounded so everywhere: LSP's have a few fields,
 *   and one of 5,000,000 members of distinct names took the server to 951 MB in 8.7 CPU-s.
 *   A didChange's lists inside its params (below its own object and its positional params,
 *   `didChangeArrayLevels`) are bounded by the values alone: Neovim applies each of a formatter's edits with its own
 *   nvim_buf_set_text, and its change tracking sends them all in ONE didChange, one change an
 *   edit: vim.lsp.buf.format() (jsonls) of a 756 KB minified Create Order is 81,170 changes,
 *   of a 3 MB one 324,170 (VS Code merges them: its editor.multiCursorLimit, 10,000, bounds its
 *   lists). A codeAction's diagnostics are oms-lint's own in the range (at most 1,000 a rule).
 * - values: a didChange's change is 10 (its range, two positions, rangeLength, text), so
 *   5,000,000 reads a format of a minified order up to ~4.6 MB (500,000 changes); the same as
 *   the CLI's default maxValues. Measured on `oms-lint lsp` (peak RSS, /usr/bin/time): the 3 MB
 *   order's format, a 38.6 MB message, read, applied and linted at 295 MB; a hostile list of
 *   5,000,000 `{}`, the densest values in memory (~80 bytes each), at 551 MB, read and ignored.
 *   Every other message keeps 1,000,000, as before (a didChange by its own top-level method, as
 *   JSON.parse keeps it, the last: the first bytes only choose the first count, countedAsDidChange): a request may wait, its params held, for as
 *   long as the client lets it (fix-all awaits the client's answer to workspace/applyEdit), and
 *   14 fix-alls each beside 4,900,000 `{}` (14.7 MB) to a client that never answers took the
 *   server to 4.66 GB and a V8 heap-exhaustion crash (exit 134); now each is refused unparsed:
 *   147 MB peak. The incoming queue, which holds messages parsed, bounds them by their values
 *   too (one didChange's worth, 5,000,000, the message handed on counted): 17 didChanges of
 *   4,999,990 `{}` sent at once peaked at 1.83 GB, and at 1.59 GB now; one alone, 550 MB.
 *   What is left over one message's peak is at most the next one parsed while the last is let go,
 *   and garbage V8 collects when it chooses (its heap limit is a quarter of the machine's memory,
 *   at most 4 GB).
 * - depth: LSP's structures nest about 10 levels (initialize's capabilities); 100 leaves room
 *   for a client's own initializationOptions, and keeps the recursive readers after the parse
 *   (JSON.stringify when tracing, the params checks) far from the stack's end.
 */
/** Every message's limits but a didChange's: as before Neovim's formatter edits were read, since a request may wait, its params held, for as long as the client lets it (fix-all's applyEdit). */
export const messageStructureLimits: StructureLimits = { maxDepth: 100, maxEntries: 50_000, maxValues: 1_000_000 };
/** A didChange's: a formatter's edits, one list of changes ten values each. */
export const didChangeStructureLimits: StructureLimits = { ...messageStructureLimits, maxValues: 5_000_000 };
/** The arrays whose entries maxEntries bounds in a didChange: the message's own (level 1) and its positional params (level 2). */
export const didChangeArrayLevels = 2;

const didChangeMethod = "textDocument/didChange";

/** The limits a body is counted at, and to which level its arrays' entries are bounded: a didChange's (`allowance`), or every other message's. */
interface CountedAt {
  readonly limits: StructureLimits;
  readonly arrayLevels: number;
}

const didChangeAllowance: CountedAt = { limits: didChangeStructureLimits, arrayLevels: didChangeArrayLevels };
const strictLimits: CountedAt = { limits: messageStructureLimits, arrayLevels: Infinity };

/**
 * Whether a body is counted first with a didChange's allowance, by the method its first bytes name
 * (messageHead): didChange, or none, since a client may write the method after the params. The
 * first bytes only choose this count: JSON.parse keeps a field's last value, so a body that names
 * didChange first and another method after its params is what the parse says (mustPassStrictLimits).
 */
export const countedAsDidChange = (headMethod: string | undefined): boolean => headMethod === undefined || headMethod === didChangeMethod;

/**
 * Whether a parsed message counted with a didChange's allowance must still pass every other
 * message's limits: it is not a didChange by its own top-level method (a request, a response, a batch),
 * and may wait with its params held (a fix-all awaiting applyEdit).
 */
export function mustPassStrictLimits(message: unknown): boolean {
  return typeof message !== "object" || message === null || Array.isArray(message) || (message as { method?: unknown }).method !== didChangeMethod;
}

/** What the container at `offset` is, as the entries limit bounds it: an array below the message's own is a didChange's positional params, or any list of another message. */
function entriesWords(body: string, offset: number, { limits, arrayLevels }: CountedAt): string {
  const held = `${limits.maxEntries} entries`;
  if (body.charCodeAt(offset) === 0x7b) return `${held} in one object`;
  if (body.slice(0, offset).trim() === "") return `${held} in the message's own batch`;
  return arrayLevels === didChangeArrayLevels ? `${held} in positional params` : `${held} in one array`;
}

function limitWords(body: string, { offset, limit }: Oversized, of: CountedAt): string {
  if (limit === "depth") return `${of.limits.maxDepth} levels of nesting`;
  if (limit === "values") return `${of.limits.maxValues} values`;
  return entriesWords(body, offset, of);
}

/** A body past the limits: the error's message, and the words for what it passed (said of a dropped document change too). */
export interface PastLimits {
  readonly fault: string;
  readonly past: string;
}

/**
 * Where a message's body first passes the limits, a didChange's allowance or every other
 * message's (`asDidChange`), by a count that builds nothing (countStructure); within them, the
 * values it holds (what its parse will weigh in memory).
 */
export function countMessage(body: string, asDidChange: boolean): PastLimits | number {
  const of = asDidChange ? didChangeAllowance : strictLimits;
  const counted = countStructure(body, of.limits, of.arrayLevels);
  if (typeof counted === "number") return counted;
  const past = `past the language server's limit of ${limitWords(body, counted, of)}`;
  return { past, fault: `a message's body is ${past} (at character ${counted.offset}), more than any Language Server Protocol message holds; it is not read` };
}
