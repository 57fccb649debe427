import { findOversized, type Limit, type StructureLimits } from "../source/entryCount.js";

/**
 * What one message's body may hold, counted before it is parsed (JSON.parse built 20M `{}` of
 * a 60 MB shutdown's params into 2.19 GB, and vscode-jsonrpc then spread them as arguments:
 * "Maximum call stack size exceeded"). A document travels as ONE string (didOpen's text, a
 * didChange's), so the envelope itself holds few values; none that the server reads comes near:
 * - entries: the longest lists are a didChange's contentChanges (one a cursor: VS Code's
 *   editor.multiCursorLimit is 10,000) and a codeAction's diagnostics (oms-lint's own in the
 *   range: at most 1,000 a rule, so a whole document reaches 50,000 only with dozens of rules full);
 *   50,000 also keeps positional params well under what a spread into a call takes (~125,000).
 * - values: 10,000 changes are about 90,000 values; 1,000,000 is ten times that, ~100 MB built.
 * - depth: LSP's structures nest about 10 levels (initialize's capabilities); 100 leaves room
 *   for a client's own initializationOptions, and keeps the recursive readers after the parse
 *   (JSON.stringify when tracing, the params checks) far from the stack's end.
 */
export const messageStructureLimits: StructureLimits = { maxDepth: 100, maxEntries: 50_000, maxValues: 1_000_000 };

const limitWords: Readonly<Record<Limit, string>> = {
  depth: `${messageStructureLimits.maxDepth} levels of nesting`,
  entries: `${messageStructureLimits.maxEntries} entries in one array or object`,
  values: `${messageStructureLimits.maxValues} values`,
};

/** A body past the limits: the error's message, and the words for what it passed (said of a dropped document change too). */
export interface PastLimits {
  readonly fault: string;
  readonly past: string;
}

/** Where a message's body first passes the limits, by a count that builds nothing (findOversized); undefined within them. */
export function pastMessageLimits(body: string): PastLimits | undefined {
  const oversized = findOversized(body, messageStructureLimits);
  if (oversized === undefined) return undefined;
  const past = `past the language server's limit of ${limitWords[oversized.limit]}`;
  return { past, fault: `a message's body is ${past} (at character ${oversized.offset}), more than any Language Server Protocol message holds; it is not read` };
}
