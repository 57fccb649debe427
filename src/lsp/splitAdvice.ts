import type { Settings } from "../domain/settings.js";
import { splitOrder } from "../split/splitOrder.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";

/** The rules whose findings a split of the order mends. */
export const splitRuleIds: ReadonlySet<string> = new Set(["availability-split", "preorder-mix"]);

/** The command a split action runs: the server answers with the advice, shown as a message. */
export const explainSplitCommand = "oms-lint.explainSplit";

/**
 * How to split an order that mixes availabilities, in words: the children `oms-lint split`
 * would write (their externalOrderIDs, which items each takes, and why), and the command
 * that writes them, given the file as that command takes it (a shell word: splitCommandLine.ts).
 * Undefined when the text is not an order that needs a split.
 */
export function splitAdvice(text: string, fileArgument: string, settings: Settings): string | undefined {
  let order: unknown;
  try {
    order = JSON.parse(withoutByteOrderMark(text));
  } catch {
    return undefined;
  }
  if (typeof order !== "object" || order === null || Array.isArray(order)) return undefined;
  let result;
  try {
    result = splitOrder(order, { settings });
  } catch (error) {
    return `This order must be split, but oms-lint cannot split it: ${(error as Error).message}`;
  }
  if (!result.split) return undefined;
  const children = result.report.map((child) => {
    const items = child.itemIndexes.length === 1 ? `item ${child.itemIndexes[0]}` : `items ${child.itemIndexes.join(", ")}`;
    return `${child.externalOrderID}: ${items} (${child.reason})`;
  });
  return [
    `Split this order into ${result.report.length} orders, each sent to Create Order with its own externalOrderID: ${children.join("; ")}.`,
    `Run \`npx oms-lint split ${fileArgument}\` to write them (order-level amounts are shared out by item subtotal).`,
    ...result.notes,
  ].join(" ");
}
