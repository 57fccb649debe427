import type { Settings } from "../domain/settings.js";
import { escapeControls } from "../formatters/displayText.js";
import { isBashWord } from "../files/shellWord.js";
import type { SplitFileArgument } from "./splitCommandLine.js";
import type { Kind } from "../kinds/kinds.js";
import type { LintMessage } from "../lint/lintResult.js";
import { withKindNotes } from "../split/importSplitNote.js";
import { reasonOpening, splitOrder, type SplitChild } from "../split/splitOrder.js";
import { SplitError } from "../split/splitError.js";
import { shownChildId } from "../split/shownChildId.js";
import { placedSplitError, splitRefusal } from "../split/splitRefusal.js";
import { parseSource, type ParsedJson } from "../source/parseSource.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { findOversized, type StructureLimits } from "../source/entryCount.js";
import { positionIn } from "../source/lineIndex.js";
import { editorLimitHints, limitMessage, textWording } from "../source/limitMessages.js";
import { requestFileRefusal } from "../split/requestFileRefusal.js";

/** The rules whose findings a split of the order mends. */
export const splitRuleIds: ReadonlySet<string> = new Set(["availability-split", "availability-split-implied", "preorder-mix"]);

/**
 * Whether a finding is one a split of the order mends: one of splitRuleIds' on a Create Order,
 * or on a Historic Order Import the same rule's finding reported by create-order-only (its
 * messageId `<rule id>/<message id>`), as `oms-lint split` splits an import too.
 */
export function mendedBySplit(kind: Kind | undefined, { ruleId, messageId }: LintMessage): boolean {
  if (kind === "createOrder") return splitRuleIds.has(ruleId);
  return kind === "importOrder" && ruleId === "create-order-only" && splitRuleIds.has(messageId.split("/", 1)[0] as string);
}

/** The endpoint each child is sent to. */
const endpointOf = (kind: Kind | undefined) => (kind === "importOrder" ? "the Historic Order Import" : "Create Order");

/** The command a split action runs: the server answers with the advice, shown as a message. */
export const explainSplitCommand = "oms-lint.explainSplit";

/** The most item indexes a child's line lists, and notes the advice repeats: the rest are counted, so that a message stays readable. */
export const maxListed = 10;

/**
 * How to split an order that mixes availabilities, in words: the children `oms-lint split`
 * would write (their externalOrderIDs, which items each takes, and why), and the command
 * that writes them, given the file as that command takes it (a shell word: splitCommandLine.ts);
 * `fileArgument` undefined, for a document with no file on disk, to save it first instead; `saved`
 * false, for one whose file on disk differs from its text, to save it before the command.
 * The text is read as `oms-lint split` reads it, within the same limits (the config's): a text
 * past one is refused by the count, never built (a million items took 9 s and 900 MB, and
 * listed every index in a 16 MB message), and the advice says why, where, and how the limit is
 * raised. A text split refuses to write children from (a repeated key, a -0: splitRefusal, its
 * one check) gets the plan, split's refusal, and the command once that is fixed (an audit found
 * the advice sending the user to a command that exits 1). On a Historic Order Import, `oms-lint split`'s note that the reasons are Create
 * Order's. Each child's externalOrderID as split's report shows it (shownChildId: a card number or
 * an e-mail address in it redacted). Undefined when the text is not an order that needs a split. Control characters (of
 * the file's name, of an externalOrderID) are named by their code (`\u202e`), as the CLI names
 * them: raw, a right-to-left override turned the command round as shown, a NUL cut it short.
 */
/** The advice on a request file (.http, .rest, a Postman collection): `oms-lint split` refuses it, in these words. */
export function requestFileSplitAdvice(type: "http" | "postman"): string {
  return notSplit(requestFileRefusal(type));
}

function notSplit(refusal: string): string {
  return `oms-lint does not split this file, as \`oms-lint split\` does not: ${refusal}`;
}

export function splitAdvice(text: string, fileArgument: SplitFileArgument | undefined, settings: Settings, limits: StructureLimits, kind?: Kind, saved = true): string | undefined {
  const advice = adviceText(text, fileArgument, settings, limits, kind, saved);
  return advice === undefined ? undefined : escapeControls(advice);
}

function adviceText(text: string, fileArgument: SplitFileArgument | undefined, settings: Settings, limits: StructureLimits, kind: Kind | undefined, saved: boolean): string | undefined {
  const read = readAsSplitReads(text, limits);
  if (!read.ok) return notSplit(read.refusal);
  const order = read.parsed.value;
  if (typeof order !== "object" || order === null || Array.isArray(order)) return undefined;
  // Split's own check, on the text as split passes it: split says this before anything else.
  const refused = splitRefusal(read.parsed, text);
  let result;
  try {
    result = withKindNotes(kind, splitOrder(order, { settings }));
  } catch (error) {
    // A SplitError's words say the order must be split already; placed as `oms-lint split` places them.
    if (refused === undefined && error instanceof SplitError) return `oms-lint cannot split this order: ${placedSplitError(error, read.parsed.locate)}`;
    return `This order must be split, but oms-lint cannot split it: ${refused ?? (error as Error).message}`;
  }
  if (!result.split) return undefined;
  const children = result.report.map((child) => {
    const items = child.itemIndexes.length === 1 ? `item ${child.itemIndexes[0]}` : `items ${listed(child.itemIndexes.map(String))}`;
    // As split's report shows it: a card number or an e-mail address the ID holds is redacted (SPEC §5).
    return `${shownChildId(child.externalOrderID, (order as { externalOrderID?: unknown }).externalOrderID)}: ${items} (${whyOf(child)})`;
  });
  // `oms-lint split` prints every note.
  const notes = result.notes.length > maxListed ? [...result.notes.slice(0, maxListed), `(and ${result.notes.length - maxListed} more notes, which \`oms-lint split\` prints)`] : result.notes;
  return [
    `Split this order into ${result.report.length} orders, each sent to ${endpointOf(kind)} with its own externalOrderID: ${children.join("; ")}.`,
    commandSentence(fileArgument, refused, saved),
    ...notes,
  ].join(" ");
}

/**
 * How `oms-lint split` shares out what the children have in common, as the README's split
 * section says: by item subtotal, but of a promotion's or discount's share a child cannot use,
 * what its siblings can use moves to them and the rest goes unused (usableAdjustments), which the
 * documents do not say ("are applied to the order"). "goes to its siblings" said all of it moved.
 */
const shared =
  "(order-level amounts are shared out by item subtotal, but of a child's share of a promotion or discount that is more than it owes, what its siblings can use moves to them and the rest goes unused, our reading; payments by what each order owes)";

/**
 * The command that writes the children, and, where `oms-lint split` refuses the file as it
 * stands (a repeated key, a -0), its refusal first: the plan still helps, the command alone
 * would exit 1 and write nothing. A document whose text is not the file's as saved (`saved`
 * false) is saved first: the command splits the file, and its children were not the ones the
 * advice listed (language server audit).
 */
function commandSentence(fileArgument: SplitFileArgument | undefined, refused: string | undefined, saved: boolean): string {
  if (fileArgument === undefined) return saveFirstSentence(refused);
  if (typeof fileArgument !== "string") return `\`oms-lint split\` writes them, but no shell word can name this file (${fileArgument.unwritable}): rename it first ${shared}.`;
  // A name with control characters is in bash's $'…' quotes (src/files/shellWord.ts): said, as sh (dash) does not read them.
  const shell = isBashWord(fileArgument) ? " in bash or zsh" : "";
  if (!saved) return unsavedSentence(`\`npx oms-lint split ${fileArgument}\`${shell}`, refused);
  if (refused === undefined) return `Run \`npx oms-lint split ${fileArgument}\`${shell} to write them ${shared}.`;
  return `\`oms-lint split\` does not write them from the file as it stands: ${refused}. Once that is fixed, \`npx oms-lint split ${fileArgument}\`${shell} writes them ${shared}.`;
}

/** For a document whose file on disk differs from it: save first, then the command. */
function unsavedSentence(command: string, refused: string | undefined): string {
  const save = `\`oms-lint split\` reads the file as saved, which differs from this document: save it first, then ${command} writes them ${shared}.`;
  return refused === undefined ? save : `\`oms-lint split\` does not write them from this document as it stands: ${refused}. Once that is fixed, ${save}`;
}

/**
 * For a document with no file on disk (untitled:, a virtual file system's): no command, as its
 * name is no file `oms-lint split` could find (`npx oms-lint split Untitled-1` exited 2, audit),
 * but to save it first; and split's refusal before that, as for a file.
 */
function saveFirstSentence(refused: string | undefined): string {
  const save = `\`oms-lint split\` writes them from a file on disk, which this document is not: save it as one first ${shared}.`;
  return refused === undefined ? save : `\`oms-lint split\` does not write them from this document as it stands: ${refused}. Once that is fixed, ${save}`;
}

/**
 * The text read as `oms-lint split` reads it, or why it is not split, placed, in its words and
 * an editor's closing ones: counted against the limits first, so that a text past one is never
 * built (parseSource parses some texts past a limit whole before it tells which), then parsed
 * as lint parses it, with the facts split's refusals need.
 */
function readAsSplitReads(text: string, limits: StructureLimits): { readonly ok: true; readonly parsed: ParsedJson } | { readonly ok: false; readonly refusal: string } {
  const body = withoutByteOrderMark(text);
  const oversized = findOversized(body, limits);
  if (oversized !== undefined) {
    const { line, column } = positionIn(body, oversized.offset);
    const message = limitMessage(textWording, limits, oversized.limit, body[oversized.offset] === "{" ? "object" : "array", editorLimitHints);
    return { ok: false, refusal: `${line}:${column}: ${message}` };
  }
  const parsed = parseSource(body, { ...limits, limitHints: editorLimitHints });
  return parsed.ok ? { ok: true, parsed } : { ok: false, refusal: `${parsed.range.line}:${parsed.range.column}: ${parsed.fault.message}` };
}

/** A child's reason without the list of its items it opens with (`orderItems 0, 2: …`): the advice has just listed them, the first few. */
function whyOf({ reason, itemIndexes }: SplitChild): string {
  const listing = reasonOpening(itemIndexes);
  return reason.startsWith(listing) ? reason.slice(listing.length) : reason;
}

/** The first maxListed of a list, and how many more there are. */
function listed(values: readonly string[]): string {
  if (values.length <= maxListed) return values.join(", ");
  return `${values.slice(0, maxListed).join(", ")} and ${values.length - maxListed} more`;
}
