import { asObject, asString, isPresent, orderItems, type LocatedItem } from "./payloadParts.js";
import { shownValue } from "../engine/argumentWords.js";
import { maxQuoted, OwnWords, shorten, shortenList } from "../engine/messageTemplate.js";
import { withoutSecretLookalikes } from "./secretLookalikes.js";
import { consecutiveRuns, runText } from "../engine/consecutiveRuns.js";
import { skipPayload, type RuleVisitors } from "../engine/rule.js";
import { ownsKey } from "../engine/ownField.js";

/** The Availability codes of Create Order (seeds/004), with the meanings the document gives them. */
const meanings: ReadonlyMap<string, string> = new Map([
  ["Y", "Yes"],
  ["N", "No"],
  ["L", "Limited"],
  ["M", "Manufacturer Ship Only"],
  ["J", "Split to Merchant"],
  ["P", "Preorder"],
  ["D", "Discontinued"],
  ["I", "Digital Content"],
  ["S", "Ship to Store Only"],
  ["G", "Gift Card (Digital)"],
  ["V", "Service"],
  ["F", "Gift Card (Physical)"],
]);

/**
 * The classes an order must not mix. Preorder (P), Discontinued (D), Split to Merchant (J)
 * and Digital Content (I) products "that are bought in conjunction with products of another
 * availability must be split into a separate order"; every other code follows the normal
 * fulfillment process, so those codes share one class and mix freely.
 */
export type AvailabilityClass = "P" | "D" | "J" | "I" | "normal";

const splitClasses: ReadonlySet<string> = new Set(["P", "D", "J", "I"]);
/** The most orders a split makes: one a class (P, D, J, I, and the rest), as split groups the items. */
export const mostSplitChildren = splitClasses.size + 1;

export function availabilityClass(code: string): AvailabilityClass {
  return splitClasses.has(code) ? (code as AvailabilityClass) : "normal";
}

/** Each documented code's class: one lookup an item. */
const documentedClasses: ReadonlyMap<string, AvailabilityClass> = new Map([...meanings.keys()].map((code) => [code, availabilityClass(code)]));

export interface ItemAvailability {
  readonly index: number;
  /** `/orderItems/<index>/product/availability` */
  readonly path: string;
  readonly code: string;
  readonly meaning: string;
  readonly availabilityClass: AvailabilityClass;
  /** The item as messages name it: its index, and its part number when it has one. */
  readonly label: string;
}

/**
 * The item's availability, when its product.availability is one of the documented codes. An
 * item without a valid code belongs to no class: the schema reports it, and the mix rules
 * cannot place it.
 */
export function itemAvailability(item: LocatedItem): ItemAvailability | undefined {
  const { index, product } = item;
  const code = asString(product?.availability);
  const meaning = code === undefined ? undefined : meanings.get(code);
  if (code === undefined || meaning === undefined) return undefined;
  return {
    index,
    path: `${item.path}/product/availability`,
    code,
    meaning,
    availabilityClass: availabilityClass(code),
    label: itemLabel(item),
  };
}

/** "0 (Product0001)", or "0" for an item without a part number. */
function itemLabel({ index, product }: LocatedItem): string {
  const partNumber = asString(product?.partNumber);
  return partNumber ? `${index} (${partNumber})` : String(index);
}

/**
 * The visitors of a rule that splits what OMS does not split on creation: the order's items
 * gathered into a mix, none under onBlocks ("this does not apply to onBlocks configurations –
 * in onBlocks, OMS stores all of the necessary information and can perform the splitting upon
 * order placement"). Each such rule adds its own `end`.
 */
export const mixUnlessOnBlocks: Pick<RuleVisitors<Record<string, unknown>, AvailabilityMix>, "payload" | "item"> = {
  payload: ({ settings }) => (settings.onBlocks === true ? skipPayload : new AvailabilityMix()),
  item(item, _context, mix) {
    mix.add(item);
  },
};

/**
 * The items an item visitor gathers for a rule that judges the order's mix at its end: the
 * classes are told as the items come, and each item's availability (strings for messages
 * and all) is made only when the order holds more than one class. The items without a
 * documented code are kept too, for the plan that must place every item (toPlace). Given the
 * order (`oms-lint split`), its entries of orderItems that are no objects, which the walk never
 * visits, are read from it; lint's rules give none: reading orderItems again broke the engine's
 * one read of the payload (test/engine/walk.test.ts), and the schema's error already stands at
 * each such entry.
 */
export class AvailabilityMix {
  constructor(private readonly order?: unknown) {}

  private readonly items: LocatedItem[] = [];
  private readonly absent: LocatedItem[] = [];
  private readonly unknown: LocatedItem[] = [];
  private first: AvailabilityClass | undefined;
  /** Whether the items hold more than one class. */
  mixed = false;

  add(item: LocatedItem): void {
    const availability = item.product?.availability;
    const code = asString(availability);
    const itemClass = code === undefined ? undefined : documentedClasses.get(code);
    if (itemClass === undefined) {
      (isPresent(availability) ? this.unknown : this.absent).push(item);
      return;
    }
    this.first ??= itemClass;
    if (itemClass !== this.first) this.mixed = true;
    this.items.push(item);
  }

  /** The availability of each item with a documented code, in order. */
  availabilities(): ItemAvailability[] {
    return this.items.map((item) => itemAvailability(item)!);
  }

  /**
   * Every item, as a split places it (see plannedOrders). In a request body, an availability the
   * client fills from a variable (RuleContext.filledByClient) is neither absent nor unknown: the
   * plan names only the items whose availability is written out.
   */
  toPlace(filledByClient?: (pointer: string) => boolean): ItemsToPlace {
    const written = (item: LocatedItem) => filledByClient?.(`${item.path}/product/availability`) !== true;
    return {
      known: this.availabilities(),
      without: this.absent.filter(written).map((item) => ({ index: item.index, label: itemLabel(item) })),
      unknown: this.unknown.filter(written).map((item) => ({ index: item.index, label: itemLabel(item), shown: shownValue(item.product?.availability) })),
      // Only `oms-lint split` gives the order (itemsToPlace), and it fills no client's variables.
      notObjects: this.order === undefined ? [] : entriesThatAreNoObjects(this.order),
    };
  }
}

/** An item whose product.availability is absent (missing or null): the schema's warning (line-item-crucial), in no class the mix rules count. */
export interface ItemWithoutAvailability {
  readonly index: number;
  readonly label: string;
}

/** An item whose product.availability is set but none of the documents' codes: the schema's error. */
export interface UnknownAvailability {
  readonly index: number;
  readonly label: string;
  /** The value as a message shows it: `"X"`, `7`. */
  readonly shown: string;
}

/** An entry of orderItems that is no object ("legacy-item", null): the schema's error, no item any rule sees. */
export interface EntryThatIsNoObject {
  readonly index: number;
  /** The value as a message shows it: `"legacy-item"`, `null`. */
  readonly shown: string;
}

/** An order's items, each told by its availability, for the plan of a split. */
export interface ItemsToPlace {
  readonly known: readonly ItemAvailability[];
  readonly without: readonly ItemWithoutAvailability[];
  readonly unknown: readonly UnknownAvailability[];
  /** In no order, as an unknown availability is: which order such an entry belongs in cannot be told (92c9828 dropped them from every child). */
  readonly notObjects: readonly EntryThatIsNoObject[];
}

/** The entries of the order's orderItems that are no objects, which orderItems() and the walk skip. */
function entriesThatAreNoObjects(order: unknown): EntryThatIsNoObject[] {
  const list = asObject(order)?.orderItems;
  if (!Array.isArray(list)) return [];
  const found: EntryThatIsNoObject[] = [];
  list.forEach((entry: unknown, index) => {
    if (asObject(entry) === undefined) found.push({ index, shown: entry === undefined ? "undefined" : shownValue(entry) });
  });
  return found;
}

/** Every item of an order, as lint's rules gather them (AvailabilityMix), so that `oms-lint split` places them as lint's plan does. */
export function itemsToPlace(order: unknown): ItemsToPlace {
  const mix = new AvailabilityMix(order);
  for (const item of orderItems(order)) mix.add(item);
  return mix.toPlace();
}

/**
 * The codes the Availability table calls normal: Y "can proceed through the normal fulfillment
 * process", L "will follow the normal fulfillment process". Of the others that share their
 * class (N, M, S, G, V, F) the documents do not say whether they are normal items.
 */
export const statedNormalCodes: ReadonlySet<string> = new Set(["Y", "L"]);

/**
 * What causes the D items of an order to leave it, given its other items, one cause one
 * finding: "normal" where a Y or L item stands beside them (D "cannot be combined with normal
 * items", and the documents call those two normal), availability-split's error; "implied"
 * where, no such item there, items of codes the documents do not call normal (N, M, S, G, V, F)
 * do: their being normal is our reading, availability-split-implied's warning (a P, J or I item
 * beside them all is that item's own stated split, reported there: a review found D + J + N an
 * error at the D item whose plan kept D apart from N as the documents' word); undefined where
 * the others are only P, J or I items: the D items have no cause of their own, as D's passage
 * speaks of normal items only, and the P, J or I rows' split ("bought in conjunction with
 * products of another availability must be split into a separate order") is the one cause,
 * reported at those items with a plan that keeps the D items apart (an audit found D + P an
 * error at each item, both giving the same plan, where Y + P is one).
 */
export type DiscontinuedBasis = "normal" | "implied";

export function discontinuedBasis(others: readonly ItemAvailability[]): DiscontinuedBasis | undefined {
  if (others.some((item) => statedNormalCodes.has(item.code))) return "normal";
  return others.some((item) => item.availabilityClass === "normal") ? "implied" : undefined;
}

/** The items of codes the documents do not call normal, though they share the normal class (N, M, S, G, V, F). */
export function unnamedNormal(items: readonly ItemAvailability[]): ItemAvailability[] {
  return items.filter((item) => item.availabilityClass === "normal" && !statedNormalCodes.has(item.code));
}

/** "N (No), M (Manufacturer Ship Only)": the distinct codes of the items with the document's meaning of each. */
export function codeMeaningList(items: readonly ItemAvailability[]): string {
  return [...new Map(items.map((item) => [item.code, `${item.code} (${item.meaning})`])).values()].join(", ");
}

/** "0 (Product0001), 2 (Product0003)": the items, for a message's placeholder. */
export function itemList(items: readonly { readonly label: string }[]): string {
  return items.map((item) => item.label).join(", ");
}

/**
 * itemList for a placeholder: whole where it fits a message's quote; else its first and last
 * labels, each whole (a part number itself redacted and shortened), around "…": a list cut at a
 * character count read "…98 (CAB)" for item 1198 (audit).
 */
export function itemListWords(items: readonly { readonly label: string }[]): string | OwnWords {
  const whole = itemList(items);
  if (whole.length <= maxQuoted) return whole;
  return new OwnWords(shortenList(items.map((item) => shorten(withoutSecretLookalikes(item.label)))));
}

/** "D, Y": the distinct codes of the items, in order of first appearance. */
export function codeList(items: readonly ItemAvailability[]): string {
  return [...new Set(items.map((item) => item.code))].join(", ");
}

/**
 * What `oms-lint split` does with the file, in every message that names a plan. It refuses a
 * file whose JSON would not survive being written again (splitRefusal: a repeated key, an
 * integer beyond 2^53, a -0 or 1e-999), and a rule cannot know that: it sees the parsed value
 * (where -0 and 1e-999 are 0, and a repeated key has one value), and validate() of a value has
 * no text at all. "writes them" alone sent users to a command that exits 1 (audit); split's own
 * refusal says what to fix, and the editor's split advice, which reads the text as split does,
 * says it beside the plan. Split takes one order's JSON, never a request file (.http, .rest, a
 * Postman collection), so in a request's body the note says to save the body as a file of its
 * own: "`oms-lint split <file>`" there sent users to a command that refused cart.http as no JSON
 * (audit of split).
 */
export function splitCommandNote(inRequestBody: boolean | undefined): OwnWords {
  return inRequestBody === true ? splitBodyNote : splitFileNote;
}

const splitFileNote = new OwnWords("(`oms-lint split <file>` writes them, or says what in the file to fix first)");
const splitBodyNote = new OwnWords("(`oms-lint split` writes them from this body saved as a .json file of its own, or says what in it to fix first)");

/** The close of every split message: the plan of splitPlan, and the command that writes it (splitCommandNote). */
export const splitInstruction = "Send {{count}} orders, each with its own externalOrderID (OMS does not split orders on creation): {{plan}} {{splitCommand}}{{reading}}{{without}}{{unplaced}}";

/**
 * The order an item goes to in a split, for lint's plan and `oms-lint split` alike: one per
 * class, but under onBlocks, where the OMS splits D, J and I itself ("in onBlocks, OMS stores
 * all of the necessary information and can perform the splitting upon order placement"), only
 * the preorders go apart from the rest, as the API "doesn't accept orders that mix preorder
 * products and non-preorder products" whoever splits.
 */
export type SplitGroup = AvailabilityClass | "notPreorder";

export function splitGroupOf(itemClass: AvailabilityClass, onBlocks: boolean): SplitGroup {
  return onBlocks && itemClass !== "P" ? "notPreorder" : itemClass;
}

/**
 * One order of a split: its group, and its items in the order's order (those without an
 * availability among them, as plannedOrders places them).
 */
export interface PlannedOrder {
  readonly group: SplitGroup;
  readonly known: readonly ItemAvailability[];
  readonly without: readonly ItemWithoutAvailability[];
  /** Every item's index, in order. */
  readonly indexes: readonly number[];
}

/**
 * The orders of a split, for lint's plan and `oms-lint split` alike, in the order of their first
 * item. An item without an availability is in no class the documents' rules name, so it decides
 * no split, as lint counts it in none: where the others make one order, it is in that order;
 * where they make several, it goes with the items no passage asks to split (under onBlocks, with
 * the items that are not preorders), and where there are none of those, with the first order
 * (withoutsGroup), our reading. An item of an unknown code is in none of them (split refuses it:
 * see unplacedWords).
 */
export function plannedOrders({ known, without }: ItemsToPlace, onBlocks: boolean): PlannedOrder[] {
  const groupOf = (item: ItemAvailability) => splitGroupOf(item.availabilityClass, onBlocks);
  const withoutGroup = withoutsGroup(known.map(groupOf), onBlocks);
  const placed = [
    ...known.map((item) => ({ index: item.index, group: groupOf(item), known: item })),
    ...without.map((item) => ({ index: item.index, group: withoutGroup, without: item })),
  ];
  placed.sort((a, b) => a.index - b.index);
  const orders = new Map<SplitGroup, { group: SplitGroup; known: ItemAvailability[]; without: ItemWithoutAvailability[]; indexes: number[] }>();
  for (const item of placed) {
    const { index, group } = item;
    const order = orders.get(group) ?? { group, known: [], without: [], indexes: [] };
    if (ownsKey(item, "known")) order.known.push(item.known);
    else order.without.push(item.without);
    order.indexes.push(index);
    orders.set(group, order);
  }
  return [...orders.values()];
}

/**
 * The order the items without an availability join: the only one; else the one of the items no
 * passage asks to split (under onBlocks, of those that are not preorders); else, beside none of
 * those, the first: an order of them alone was one more than the rules ask (audit: D, P and an
 * item without one made three orders where D + it or P + it passes every rule). `decided` is
 * the known items' groups in the order's order.
 */
function withoutsGroup(decided: readonly SplitGroup[], onBlocks: boolean): SplitGroup {
  const mixing = splitGroupOf("normal", onBlocks);
  return decided.includes(mixing) || decided.length === 0 ? mixing : decided[0]!;
}

/** Whether the items without an availability went to the first order for want of one that mixes freely (withoutsGroup). */
export function joinsFirstOrder(orders: readonly PlannedOrder[]): boolean {
  const holding = orders.find((order) => order.without.length > 0);
  return orders.length > 1 && holding !== undefined && holding.group !== "normal" && holding.group !== "notPreorder";
}

/**
 * The orders an order must become so that each passes the mix rules, all classes at once:
 * one order per class (all P; all D; all J; all I; all others), in the order of their first
 * item, as `oms-lint split` writes them. Under onBlocks the OMS splits D, J and I itself, so
 * only preorders go apart. "orderItems 0 (Product0001), 2 (availability Y, N); orderItems 1
 * (availability P)", and how many orders that is. The plan is whole in the message: where
 * the items' part numbers make it longer than a message quotes, it names the items by index
 * ("orderItems 0-2, 5"), and where even that is too long, it counts them per order. Then
 * the command that writes it (splitCommandNote), what of the plan is our reading, and any item it cannot place.
 */
export function splitPlan(
  toPlace: ItemsToPlace,
  onBlocks: boolean,
  inRequestBody: boolean | undefined,
): { readonly count: number; readonly plan: string | OwnWords; readonly splitCommand: OwnWords; readonly reading: string; readonly without: OwnWords; readonly unplaced: OwnWords } {
  const orders = plannedOrders(toPlace, onBlocks);
  return {
    count: orders.length,
    plan: planWords(orders),
    splitCommand: splitCommandNote(inRequestBody),
    reading: readingOfPlan(toPlace.known, onBlocks),
    // The tool's own sentences, filled in whole: only their index lists are shortened (ownIndexRuns).
    without: new OwnWords(withoutWords(orders)),
    unplaced: new OwnWords(unplacedWords(toPlace.unknown)),
  };
}

/**
 * What a plan owes to our reading: D items kept apart from items of codes the documents do not
 * call normal, with no Y or L item among those (availability-split-implied). A message whose
 * cause is stated (a J item's split, a preorder's) names the plan whole, and says which part of
 * it is only our reading rather than credit the documents with it.
 */
function readingOfPlan(items: readonly ItemAvailability[], onBlocks: boolean): string {
  if (onBlocks || !items.some((item) => item.code === "D")) return "";
  const normal = items.filter((item) => item.availabilityClass === "normal");
  if (normal.length === 0 || normal.some((item) => statedNormalCodes.has(item.code))) return "";
  return `; of that plan, the availability D items apart from availability ${codeList(normal)} is our reading, not the documents' word (availability-split-implied)`;
}

/** Where the plan puts the items without an availability, which no document says (plannedOrders). */
function withoutWords(orders: readonly PlannedOrder[]): string {
  const without = orders.flatMap((order) => order.without).map((item) => item.index);
  if (without.length === 0) return "";
  const one = without.length === 1;
  const where = joinsFirstOrder(orders) ? " (the first order, as none holds items that mix freely)" : "";
  return `; orderItems ${ownIndexRuns(without.sort((a, b) => a - b))} ${one ? "has" : "have"} no availability: ${one ? "it decides" : "they decide"} no split, and ${one ? "its" : "their"} place in that plan${where} is our reading`;
}

/** The items a plan cannot place: their availability is set but none of the documents' codes (the schema names each code). */
function unplacedWords(unknown: readonly UnknownAvailability[]): string {
  if (unknown.length === 0) return "";
  const one = unknown.length === 1;
  return `; orderItems ${ownIndexRuns(unknown.map((item) => item.index))} ${one ? "is" : "are"} in none of them: which order ${one ? "it belongs" : "they belong"} in cannot be told until ${one ? "its availability" : "their availabilities"}, none of the documents' codes (the schema's error), ${one ? "is" : "are"} fixed`;
}

/**
 * "orderItems 0 (availability P); orderItems 1, 2 (availability Y, and orderItems 2 has none)": as
 * whole as a message quotes (see splitPlan's note). Items without an availability are named apart
 * from the availabilities, as split's reason names them: "none" is no availability (audit).
 */
function planWords(orders: readonly PlannedOrder[]): string | OwnWords {
  const members = (order: PlannedOrder) => [...order.known, ...order.without].sort((a, b) => a.index - b.index);
  const byLabel = orders.map((order) => `orderItems ${itemList(members(order))} (${availabilityWords(order)})`).join("; ");
  if (byLabel.length <= maxQuoted) return byLabel;
  const byIndex = orders.map((order) => `orderItems ${indexRuns(order.indexes)} (${availabilityWords(order)})`).join("; ");
  if (byIndex.length <= maxQuoted) return byIndex;
  // Counts and the documents' codes alone, at most one order a class: the tool's own words, whole
  // (past 160 characters, five orders' counts were cut mid-word and two orders lost: found by the audit).
  return new OwnWords(orders.map(countWords).join("; "));
}

/** "availability Y, N", and where some of the order's items have none, which: "availability Y, and orderItems 2 has none". */
function availabilityWords(order: PlannedOrder): string {
  const codes = `availability ${codeList(order.known)}`;
  const without = order.without.map((item) => item.index);
  if (without.length === 0) return codes;
  const have = `orderItems ${indexRuns(without)} ${without.length === 1 ? "has" : "have"} none`;
  return order.known.length === 0 ? have : `${codes}, and ${have}`;
}

/** "2 items of availability Y and 1 item without one": an order counted, where naming its items is longer than a message quotes. */
function countWords(order: PlannedOrder): string {
  const count = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;
  const codes = codeList(order.known);
  const without = order.without.length;
  if (order.known.length === 0) return `${count(without)} without an availability`;
  return `${count(order.known.length)} of availability ${codes}${without === 0 ? "" : ` and ${count(without)} without one`}`;
}

/** indexRuns within a sentence filled in whole (OwnWords): a long list keeps its first and last runs, whole (shortenList). */
export function ownIndexRuns(indexes: readonly number[]): string {
  return shortenList(runsOf(indexes));
}

/** "0-2, 5": the indexes, consecutive runs joined. */
export function indexRuns(indexes: readonly number[]): string {
  return runsOf(indexes).join(", ");
}

/** ["0-2", "5"]: the indexes' consecutive runs. */
function runsOf(indexes: readonly number[]): string[] {
  return consecutiveRuns(indexes, (index) => index).map(runText);
}
