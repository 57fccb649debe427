import { shownValue } from "../engine/argumentWords.js";
import { drawsNothingToRead } from "../source/invisibleCharacters.js";
import { apportionDecimal } from "../domain/apportion.js";
import { itemsToPlace, joinsFirstOrder, plannedOrders, type AvailabilityClass, type ItemsToPlace, type PlannedOrder, type SplitGroup, type UnknownAvailability, type EntryThatIsNoObject } from "../domain/availabilityClasses.js";
import { shorten, shortenList } from "../engine/messageTemplate.js";
import { add, compare, multiply, subtract, toDecimal, zero, type Decimal } from "../domain/decimal.js";
import type { CreateOrderRequest } from "../generated/types.js";
import { asNumber, asObject, isPresent, type JsonObject } from "../domain/payloadParts.js";
import type { Settings } from "../domain/settings.js";
import { checkIdTemplate, childOrderIds, defaultIdTemplate } from "./childOrderId.js";
import { minorUnitDigits } from "./minorUnitDigits.js";
import { planPayments, type PaymentShare } from "./paymentShares.js";
import { counted, itemRuns } from "./itemRuns.js";
import { consecutiveRuns, runText } from "../engine/consecutiveRuns.js";
import { SplitError } from "./splitError.js";
import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { owingLessThanNothing } from "./owingLessThanNothing.js";
import { usableAdjustments } from "./usableAdjustments.js";
import { writtenShare } from "./writtenShare.js";
import { refuseSharedOrderId } from "./sharedOrderId.js";
import { refuseTooDeep } from "./writableDepth.js";
import { orderReader, type OrderReader } from "./orderSnapshot.js";
import { refuseSparseLists } from "./sparseLists.js";
import type { CopiedKey } from "./copiedValues.js";
import { placePointer } from "../json/jsonPointer.js";
import { sharedPreAuthorisationNotes } from "./sharedPreAuthorisation.js";
import { quotedText } from "../engine/argumentWords.js";
import { lineCharges, unsplittableAmount, unsplittableAmountWords } from "./unsplittableAmount.js";
import { unsplittableList, unsplittableListWords } from "./unsplittableList.js";
import { checkOptions, optionNames } from "../lint/libraryArguments.js";
import { ownOptionsNamed } from "../lint/ownOptions.js";
import { ownField } from "../engine/ownField.js";

export interface SplitOptions {
  /**
   * How a child's externalOrderID is made: `{id}` is the original's, `{n}` the child's number
   * from 1. Default `"{id}-{n}"`. Cut to fit 100 characters when needed (see the report).
   */
  readonly idTemplate?: string | undefined;
  /** Tenant settings: under onBlocks the OMS splits D, J and I itself, so only the preorders go apart (see splitGroupOf). */
  readonly settings?: Settings | undefined;
  /** Digits of the currency's minor unit; by default from the order's currency (2; JPY, KRW 0; KWD 3). */
  readonly minorDigits?: number | undefined;
  /**
   * The most values the order's read takes in (default 5,000,000, the CLI's --max-values default): past them, a SplitError.
   * The CLI passes the limit its parse applied, so an order it read under a raised --max-values or limits.maxValues is split.
   */
  readonly maxValues?: number | undefined;
}

/** What one child order holds, and why. */
export interface SplitChild {
  readonly externalOrderID: string;
  /** The indexes of its items in the original's orderItems, in order. */
  readonly itemIndexes: readonly number[];
  /** Its items' class; under onBlocks, "notPreorder" for all items but the preorders (see splitGroupOf). */
  readonly availabilityClass: SplitGroup;
  readonly reason: string;
  /** What a reader should know: items without an availability, a cut ID, a payment left out, a promotion's share moved, a pre-authorisation shared. */
  readonly notes: readonly string[];
}

export interface SplitResult<Order> {
  /** Whether the order was split; if not, `children` holds the original itself. */
  readonly split: boolean;
  readonly children: readonly Order[];
  /** One entry per child, in the same order. */
  readonly report: readonly SplitChild[];
  /** Remarks about the whole order (onBlocks). */
  readonly notes: readonly string[];
}

/** What each class is, and why it gets an order of its own, in the documents' words (seeds/004). */
const classes: Readonly<Record<SplitGroup, { readonly label: string; readonly why: string }>> = {
  P: {
    label: "preorder items (availability P)",
    why: "the Create Order API doesn't accept orders that mix preorder products and non-preorder products",
  },
  D: {
    label: "discontinued items (availability D)",
    why: 'they "cannot be combined with normal items" (the documents call Y and L normal; every other availability, our reading), as their order flow is different',
  },
  J: {
    label: "split-to-merchant items (availability J)",
    why: 'split to merchant products "bought in conjunction with products of another availability must be split into a separate order", as a J product goes to Waiting for Manufacturer Acceptance',
  },
  I: {
    label: "digital content items (availability I)",
    why: "bought with products of another availability, they must be split into a separate order",
  },
  // The documents say "the normal fulfillment process" of Y and L only: the class is what no passage asks to split.
  normal: { label: "items of availabilities the documents ask no split for", why: "no passage asks to split them from each other" },
  notPreorder: {
    label: "items that are not preorders",
    why: 'the tenant is onBlocks, where OMS "can perform the splitting upon order placement", so they stay together, but the Create Order API doesn\'t accept orders that mix preorder products and non-preorder products',
  },
};

interface Group {
  readonly availabilityClass: SplitGroup;
  /** The classes of its items: more than one only under onBlocks. */
  readonly classes: Set<AvailabilityClass>;
  readonly itemIndexes: number[];
  /** The valid availability codes of its items, in order of first appearance. */
  readonly codes: Set<string>;
  /** The indexes of its items without an availability. */
  readonly withoutIndexes: readonly number[];
  readonly notes: string[];
}

/** The most minor-unit digits a split works in. */
export const maxMinorDigits = 8;

/**
 * Splits a Create Order payload whose items mix availabilities that the OMS does not accept
 * together: "OMS does not automatically perform this splitting on order creation – instead,
 * this must be done on the client side because OMS will need to receive an External Order
 * ID for each child order and then appropriate shipping for all items." One child per
 * class (all P items; all D; all J; all I; all others; under onBlocks, the P items and the
 * rest), the orders lint's plan names (splitGroupOf), in the order of their first item;
 * the order-level fields are copied, and the order-level amounts (shippingTax, each
 * promotion's and discount's amount) split by item subtotal in minor units (a promotion's or
 * discount's share a child cannot use going to its siblings as far as they can use it, the rest unused: see usableAdjustments), each
 * payment's authAmount and positive maxAmount by what each child owes (see owedAfter), adding up exactly
 * (but for a minor unit of a limit given to a child that owes 0 when no other child can spare
 * one: see planPayments).
 * An order with one class comes back as itself. A SplitError for an item whose availability is set
 * but none of the documents' codes, or an entry of orderItems that is no object (which order it belongs in cannot be told), and when a split is needed and there is no externalOrderID (or a blank one: white space and invisible characters alone), or an orderID that every child would claim (refuseSharedOrderId), or orderPayments, promotions or discounts is an object rather than the array whose entries split shares out (see unsplittableList), or a child would owe less than nothing before promotions and discounts (a negative line: see owingLessThanNothing), or a value is nested deeper than split copies and writes (maxWritableDepth: see refuseTooDeep), or a value of the order cannot be read (a revoked Proxy, a Proxy trap or getter that throws), or it holds more values than a JSON order may (see orderReader: what decides the split is read first, each value once, and the rest only for a split).
 */
export function splitOrder<Order extends object = CreateOrderRequest>(payload: Order, options: SplitOptions = {}): SplitResult<Order> {
  let result: SplitResult<Order>;
  try {
    result = splitWithWords(payload, options);
  } catch (error) {
    if (!(error instanceof SplitError)) throw error;
    const message = withoutSecretLookalikes(error.message);
    throw message === error.message ? error : new SplitError(message, { pointer: error.pointer });
  }
  return withoutSecretsInWords(result);
}

/**
 * The result with every reason and note redacted as lint's messages are (SPEC §5): a note quoted a
 * promotion's share of 4111111111111111 whole, and a reason or note may quote a card-like or
 * e-mail externalOrderID (the audit of split's notes). The children themselves keep their data.
 */
function withoutSecretsInWords<Order>(result: SplitResult<Order>): SplitResult<Order> {
  return {
    ...result,
    report: result.report.map((child) => ({ ...child, reason: withoutSecretLookalikes(child.reason), notes: child.notes.map((note) => withoutSecretLookalikes(note)) })),
    notes: result.notes.map((note) => withoutSecretLookalikes(note)),
  };
}

function splitWithWords<Order extends object>(payload: Order, given: SplitOptions): SplitResult<Order> {
  if (!isReadableObject(payload)) throw new TypeError("splitOrder: the payload must be a JSON object (a Create Order body)");
  // As the caller's object answers them, none as a polluted Object.prototype does: its `idTemplate` refused every order (ownOptionsNamed).
  const options = ownOptionsNamed(given, optionNames.splitOrder);
  checkOptions("splitOrder", options, optionNames.splitOrder);
  const template = options.idTemplate ?? defaultIdTemplate;
  checkIdTemplate(template, "splitOrder");
  // ISO 4217 minor units run from 0 to 4; the work of a split grows with the digits (1e8 ran for minutes).
  if (options.minorDigits !== undefined && !(Number.isInteger(options.minorDigits) && options.minorDigits >= 0 && options.minorDigits <= maxMinorDigits)) {
    throw new TypeError(`splitOrder: minorDigits must be a whole number from 0 to ${maxMinorDigits} (ISO 4217 currencies use 0 to 4); got ${shownValue(options.minorDigits)}`);
  }
  if (options.maxValues !== undefined && !(Number.isSafeInteger(options.maxValues) && options.maxValues >= 1)) {
    throw new TypeError(`splitOrder: maxValues must be a whole number from 1 (the values the order's read takes in); got ${shownValue(options.maxValues)}`);
  }
  const onBlocks = options.settings?.onBlocks === true;
  // Each value read once, guarded (see orderReader): what the decision needs first, the rest only for a split.
  const reader = orderReader(payload, options.maxValues);
  const decided = decisionValues(reader);
  // Before any list is iterated: a sparse one of length 2^32 - 1 never returned (audit of 1348e6e8).
  refuseSparseLists(decided);
  if (!Array.isArray(decided.orderItems)) {
    return unsplit(payload, decided, [], "normal", "orderItems is not a list: there is nothing to split", []);
  }
  const toPlace = itemsToPlace(decided);
  refuseUnplaceable(toPlace);
  const groups = groupItems(toPlace, onBlocks);
  if (groups.length <= 1) {
    const only: Group = groups[0] ?? { availabilityClass: "normal", classes: new Set(), itemIndexes: [], codes: new Set(), withoutIndexes: [], notes: [] };
    return unsplit(payload, decided, only.itemIndexes, only.availabilityClass, unneededReason(only), onBlocksNotes(only), only.notes);
  }
  const order = reader.snapshot();
  refuseSparseLists(order);
  const items = order.orderItems as readonly unknown[];

  const original = order.externalOrderID;
  if (typeof original !== "string" || isBlank(original)) {
    throw new SplitError(
      "the order must be split, but it has no externalOrderID (a string that is not blank: white space, controls and characters that draw nothing, such as U+200B or the braille blank U+2800, alone are) to derive the children's from: OMS will need to receive an External Order ID for each child order",
    );
  }
  refuseSharedOrderId(order);
  // Before anything is copied: structuredClone of a value nested some 2,000 levels deep threw a RangeError (split audit).
  refuseTooDeep(order);
  const unsplittable = unsplittableAmount(order);
  if (unsplittable !== undefined) throw new SplitError(`the order must be split, but ${unsplittableAmountWords(unsplittable)} (write it as a number first)`, { pointer: unsplittable.path });
  const unsplittableEntries = unsplittableList(order);
  if (unsplittableEntries !== undefined) throw new SplitError(`the order must be split, but ${unsplittableListWords(unsplittableEntries)}`, { pointer: unsplittableEntries.path });
  const named = childOrderIds(original, groups.length, template);
  const { ids } = named;
  // Set only where the ID was cut: read by name, a polluted Object.prototype.truncatedTo gave every child a note that its ID was cut.
  const truncatedTo = ownField(named, "truncatedTo");
  const digits = options.minorDigits ?? minorUnitDigits(order.currency);
  const weights = groups.map((group) => subtotal(items, group.itemIndexes));
  const bySubtotal = orderShares(order, weights, digits);
  const gross = groups.map((group, c) => owedBefore(items, group.itemIndexes, bySubtotal, c));
  const lessThanNothing = owingLessThanNothing(groups.map((group, c) => ({ itemIndexes: group.itemIndexes, owed: gross[c]! })), items, bySubtotal.shippingTax);
  if (lessThanNothing !== undefined) throw new SplitError(lessThanNothing.message, { pointer: lessThanNothing.pointer });
  const usable = usableAdjustments(bySubtotal.adjustments, gross, digits);
  const shares: OrderShares = { ...bySubtotal, adjustments: usable.adjustments };
  const amounts = orderAmounts(order, shares);
  const payments = order.orderPayments;
  const owed = gross.map((before, c) => owedAfter(before, shares, c));
  const plan = Array.isArray(payments) ? planPayments(payments, owed, digits) : undefined;
  const preAuthorisationNotes = plan && Array.isArray(payments) ? sharedPreAuthorisationNotes(payments, plan.byChild) : undefined;

  const children = groups.map((group, c) => {
    const entries = Object.keys(order).map((key): [string, unknown] => {
      const value = order[key];
      switch (key) {
        case "externalOrderID":
          return [key, ids[c]];
        case "orderItems":
          return [key, group.itemIndexes.map((i) => clone(items[i], [key, i]))];
        case "orderPayments":
          return [key, plan && Array.isArray(value) ? plan.byChild[c]!.map((share) => paymentFor(value[share.index], share, [key, share.index])) : clone(value, [key])];
        default:
          return [key, amounts.has(key) ? amounts.get(key)!(c) : clone(value, [key])];
      }
    });
    // fromEntries defines own properties, so a "__proto__" key stays data.
    return Object.fromEntries(entries) as Order;
  });

  const report = groups.map((group, c): SplitChild => {
    const notes = [...group.notes, ...usable.notes[c]!, ...(plan?.notes[c] ?? []), ...(preAuthorisationNotes?.[c] ?? [])];
    if (truncatedTo !== undefined) {
      notes.unshift(cutIdNote(truncatedTo));
    }
    return { externalOrderID: ids[c]!, itemIndexes: group.itemIndexes, availabilityClass: group.availabilityClass, reason: reasonFor(group, groups), notes };
  });
  const templateNotes = template.includes("{id}") ? [] : [sameIdsNote(template)];
  return { split: true, children, report, notes: [...templateNotes, ...amountNotes(order)] };
}

/** Why an order of one group is not split: under onBlocks, a group of several classes is one because the OMS splits them. */
function unneededReason(only: Group): string {
  // Of no items at all, "every item is in one class, items of availabilities the documents ask no split for" spoke of items that are not there (audit).
  if (only.itemIndexes.length === 0) return "orderItems is empty: there is nothing to split";
  // Of items that all lack one, "every item with an availability is in one class" spoke of none (audit).
  if (only.withoutIndexes.length > 0 && only.withoutIndexes.length === only.itemIndexes.length) return noneHasAvailability(only.withoutIndexes);
  if (only.availabilityClass === "notPreorder") return `no split needed: under onBlocks only preorders go apart, and no item is one: ${describe(only)}`;
  return `no split needed: every item ${only.withoutIndexes.length > 0 ? "with an availability " : ""}is in one class, ${describe(only)}`;
}

/** "no split needed: no item has an availability (orderItems 0-1 have none), so none decides a split". */
function noneHasAvailability(indexes: readonly number[]): string {
  return `no split needed: no item has an availability (orderItems ${itemRuns(indexes)} ${indexes.length === 1 ? "has" : "have"} none), so none decides a split`;
}

/** Where onBlocks is what makes a split unneeded (its items are of several classes), the order's note says so; nowhere else. */
function onBlocksNotes(only: Group): string[] {
  if (only.classes.size <= 1) return [];
  return ["the tenant is onBlocks: the OMS stores all of the necessary information and can perform the splitting upon order placement, so this split is not needed"];
}

/** An ID template without {id} gives every order's children the same IDs (audit of split: `{n}` made "1", "2" for each, silently). */
function sameIdsNote(template: string): string {
  return `the ID template ${quotedText(template)} holds no {id}: every order split with it gets the same externalOrderIDs for its children, and Create Order calls externalOrderID "A client-generated unique identifier for the order": put {id} in the template, or check that no other order's children are given these IDs`;
}

/**
 * A blank ID is none: "" made children "-1", "-2", IDs no one would tell from another cart's,
 * and so did "\u200b" and the braille blank "\u2800", whose children read "-1", "-2" (or
 * "⠀-1") wherever they are shown; a control such as "\u0000" is no more an ID.
 */
function isBlank(id: string): boolean {
  return drawsNothingToRead(id);
}

/**
 * Cut IDs can clash: two originals that share their first `kept` characters get the same
 * children's IDs. The split cannot see the other orders, so it says so rather than refuse.
 */
function cutIdNote(kept: number): string {
  return `the original externalOrderID is cut to its first ${kept} characters in this child's, so that it stays within 100 characters; another order whose externalOrderID begins with the same ${kept} characters gets the same IDs for its children, and Create Order calls externalOrderID "A client-generated unique identifier for the order": check that no other order's ID begins so, or shorten the original`;
}

function unsplit<Order>(
  payload: Order,
  order: JsonObject,
  itemIndexes: readonly number[],
  availabilityClass: SplitGroup,
  reason: string,
  orderNotes: readonly string[],
  notes: readonly string[] = [],
): SplitResult<Order> {
  const externalOrderID = order.externalOrderID;
  return {
    split: false,
    children: [payload],
    report: [{ externalOrderID: typeof externalOrderID === "string" ? externalOrderID : "", itemIndexes, availabilityClass, reason, notes }],
    notes: orderNotes,
  };
}

/**
 * The orders lint's plan names (plannedOrders), one group each, in the order of their first
 * item. An item without an availability goes where that plan puts it, and its notes say so.
 */
function groupItems(toPlace: ItemsToPlace, onBlocks: boolean): Group[] {
  const orders = plannedOrders(toPlace, onBlocks);
  return orders.map(({ group, known, without, indexes }) => {
    const withoutIndexes = without.map((item) => item.index);
    return {
      availabilityClass: group,
      classes: new Set(known.map((item) => item.availabilityClass)),
      itemIndexes: [...indexes],
      codes: new Set(known.map((item) => item.code)),
      withoutIndexes,
      notes: withoutIndexes.length === 0 ? [] : [withoutNote(withoutIndexes, group, orders)],
    };
  });
}

/**
 * One note for all of a child's items without an availability: one note an item printed 2,000
 * `note:` lines for 2,000 such items (audit).
 */
function withoutNote(indexes: readonly number[], group: SplitGroup, orders: readonly PlannedOrder[]): string {
  const one = indexes.length === 1;
  return `orderItems ${itemRuns(indexes)} ${one ? "has" : "have"} no product.availability (the schema's warning): ${one ? "it decides" : "they decide"} no split, ${placeWords(group, orders, one)}`;
}

/** Where the items without an availability go: the plan's place for them is our reading (plannedOrders). */
function placeWords(group: SplitGroup, orders: readonly PlannedOrder[], one: boolean): string {
  if (orders.length === 1) return one ? "so it stays in the order" : "so they stay in the order";
  const first = joinsFirstOrder(orders) ? ", the first order, as no order holds items of availabilities the documents ask no split for" : "";
  return `and ${one ? "goes" : "go"} with the ${classes[group].label}${first}, our reading`;
}

/**
 * An item whose availability is set but none of the documents' codes, or an entry of orderItems
 * that is no object, is in no order of the plan: the split would have to guess (it put "X" with
 * the normal items, a third order beside lint's two; it dropped "legacy-item" from every child),
 * so it stops, whether or not the others need a split, in one line naming them (a long list shortened: itemsShowing).
 */
function refuseUnplaceable({ unknown, notObjects }: ItemsToPlace): void {
  const causes = [unknownCodeWords(unknown), noObjectWords(notObjects)].filter((words) => words !== undefined);
  if (causes.length === 0) return;
  const many = unknown.length + notObjects.length > 1;
  throw new SplitError(`${causes.join("; ")}, so which order ${many ? "they belong" : "it belongs"} in cannot be told: fix that first`);
}

function unknownCodeWords(unknown: readonly UnknownAvailability[]): string | undefined {
  if (unknown.length === 0) return undefined;
  const named = itemsShowing(unknown, (shown) => `availability ${shown}`);
  return `orderItems ${named} ${unknown.length === 1 ? "has" : "have"} a product.availability that is none of the documents' codes (the schema's error)`;
}

/** 92c9828 placed only the entries that are objects: "legacy-item" and null went into no child, unsaid (audit). */
function noObjectWords(notObjects: readonly EntryThatIsNoObject[]): string | undefined {
  if (notObjects.length === 0) return undefined;
  const named = itemsShowing(notObjects, (shown) => shown);
  return `orderItems ${named} ${notObjects.length === 1 ? "is no object" : "are no objects"} (the schema's error: an order item is an object)`;
}

/**
 * "items of availabilities the documents ask no split for (availability Y, N)", and its items
 * without an availability named apart: none is an availability the documents ask no split for
 * (the audit found "(availability none)" there), and seeds/004 says nothing of them.
 */
function describe(group: Group): string {
  const { label } = classes[group.availabilityClass];
  const listsCodes = group.availabilityClass === "normal" || group.availabilityClass === "notPreorder";
  const described = listsCodes && group.codes.size > 0 ? `${label} (availability ${[...group.codes].join(", ")})` : label;
  const without = group.withoutIndexes;
  if (without.length === 0) return described;
  return `${described}, with orderItems ${itemRuns(without)}, which ${without.length === 1 ? "has" : "have"} no availability`;
}

/**
 * D's sentence ("cannot be combined with normal items") and J's ("products with availability “J”
 * and normal products") speak of normal items; beside none (D + J, D + I, D + P, J + I), the
 * split is stated by the rows of the Availability table: "… products that are bought in
 * conjunction with products of another availability must be split into a separate order".
 */
const rowWords = "bought in conjunction with products of another availability must be split into a separate order";

function whyBesideNoNormal(group: Group, groups: readonly Group[]): string | undefined {
  if (group.availabilityClass === "J") return `split-to-merchant products "that are ${rowWords}"`;
  if (group.availabilityClass !== "D") return undefined;
  // Only items of a code are "products of another availability": an item without one is told of in no passage.
  const others = groups.filter((other) => other !== group && other.codes.size > 0).map((other) => describe({ ...other, withoutIndexes: [] }));
  return `no item beside them is of an availability the documents ask no split for, so the sentence that D products "cannot be combined with normal items" does not apply, but ${others.join(" and ")} "${rowWords}"`;
}

function reasonFor(group: Group, groups: readonly Group[]): string {
  // An item without an availability is no normal item: the sentences about normal items need one with a code.
  const besideNormal = groups.some((other) => other.availabilityClass === "normal" && other.codes.size > 0);
  const why = (besideNormal ? undefined : whyBesideNoNormal(group, groups)) ?? classes[group.availabilityClass].why;
  return `${reasonOpening(group.itemIndexes)}${describe(group)}; ${why}`;
}

/** "orderItems 0, 3: ", which a child's reason opens with (the editor's split advice, having listed the items, leaves it out). */
export function reasonOpening(itemIndexes: readonly number[]): string {
  return `orderItems ${itemRuns(itemIndexes)}: `;
}

/**
 * `0-2 (availability "X"), 5 (availability 7)`: items that show a value, consecutive items that
 * show the same one as a run, shortened as itemRuns: 5,000 "X" codes and 5,000 "legacy" entries,
 * each named, made a refusal of 209,168 characters (audit).
 */
function itemsShowing(items: readonly { readonly index: number; readonly shown: string }[], words: (shown: string) => string): string {
  const runs = consecutiveRuns(items, (item) => item.index, (run, next) => run.shown === next.shown).map((run) => `${runText(run)} (${words(run.item.shown)})`);
  return counted(shortenList(runs), runs.join(", "), items.length);
}

/** The group's item subtotal, actualPrice × quantity added up exactly; an item without both numbers weighs 0. */
function subtotal(items: readonly unknown[], indexes: readonly number[]): Decimal {
  let sum = zero;
  for (const i of indexes) {
    const specifics = asObject(asObject(items[i])?.itemSpecifics);
    const price = asNumber(specifics?.actualPrice);
    const quantity = asNumber(specifics?.quantity);
    if (price !== undefined && quantity !== undefined) sum = add(sum, multiply(toDecimal(price), toDecimal(quantity)));
  }
  return sum;
}

/** The order-level amounts split by item subtotal: each child's share, by child number. */
interface OrderShares {
  readonly shippingTax: readonly Decimal[] | undefined;
  /** For promotions and discounts, each entry's shares (undefined: the entry has no numeric amount). */
  readonly adjustments: ReadonlyMap<string, readonly (readonly Decimal[] | undefined)[]>;
}

const adjustmentKeys = ["promotions", "discounts"] as const;

/**
 * shippingTax, and the `amount` of every promotions[] and discounts[] entry, split by item
 * subtotal (the entries' shares then move where a child cannot use its own: usableAdjustments). shippingTaxRate is a rate: every child keeps it as it is.
 */
function orderShares(order: JsonObject, weights: readonly Decimal[], digits: number): OrderShares {
  const byWeight = (amount: number | undefined) => (amount === undefined ? undefined : apportionDecimal(toDecimal(amount), weights, digits));
  const adjustments = new Map<string, (Decimal[] | undefined)[]>();
  for (const key of adjustmentKeys) {
    const entries = order[key];
    if (Array.isArray(entries)) adjustments.set(key, entries.map((entry) => byWeight(asNumber(asObject(entry)?.amount))));
  }
  return { shippingTax: byWeight(asNumber(order.shippingTax)), adjustments };
}

/** The amount fields at the order's top level, each as a function from child number to the child's value. */
type ChildValue = (child: number) => unknown;

function orderAmounts(order: JsonObject, { shippingTax, adjustments }: OrderShares): Map<string, ChildValue> {
  const amounts = new Map<string, ChildValue>();
  if (shippingTax !== undefined) amounts.set("shippingTax", (c) => writtenShare(shippingTax[c]!, { pointer: "/shippingTax", name: "shippingTax" }));
  for (const [key, shares] of adjustments) {
    const entries = order[key] as readonly unknown[];
    amounts.set(key, (c) =>
      entries.map((entry, k) => {
        const share = shares[k]?.[c];
        return share === undefined ? clone(entry, [key, k]) : withAmounts(entry, { amount: writtenShare(share, { pointer: `/${key}/${k}/amount`, name: `${key} ${k}'s amount` }) }, [key, k]);
      }),
    );
  }
  return amounts;
}

/**
 * What child `c` owes before promotions and discounts: its items' subtotal, their
 * itemTaxOverride, shipping and shippingTax, and its share of the order's shippingTax. Its
 * items' subtotal alone left out the tax and shipping: a child owing 60 on 50 of items gave a
 * cent of its limit of 60 away.
 */
function owedBefore(items: readonly unknown[], indexes: readonly number[], shares: OrderShares, c: number): Decimal {
  let owed = add(subtotal(items, indexes), shares.shippingTax?.[c] ?? zero);
  for (const i of indexes) {
    const specifics = asObject(asObject(items[i])?.itemSpecifics);
    for (const key of lineCharges) owed = add(owed, toDecimal(asNumber(specifics?.[key]) ?? 0));
  }
  return owed;
}

/**
 * What child `c` owes, so what its payments must be able to pay: what it owes before them, less
 * its shares of the promotions' and discounts' amounts (see usableAdjustments); never below 0,
 * which an order whose promotions and discounts are more than all it owes meets, and, by a
 * fraction of a minor unit, the slack of whole-unit moves (see usableAdjustments' notes). Never
 * a child owing less than nothing before them: splitOrder refuses that (owingLessThanNothing).
 */
function owedAfter(before: Decimal, shares: OrderShares, c: number): Decimal {
  let owed = before;
  for (const entryShares of shares.adjustments.values()) {
    for (const share of entryShares) if (share !== undefined) owed = subtract(owed, share[c]!);
  }
  return compare(owed, zero) < 0 ? zero : owed;
}

/**
 * What the split copied unchanged although it looks like an amount: one note a list, its entries
 * in shortened runs with how many (a note an entry made 100,000 lines of 100,000 such promotions).
 */
function amountNotes(order: JsonObject): string[] {
  const notes: string[] = [];
  for (const key of adjustmentKeys) {
    const entries = order[key];
    if (!Array.isArray(entries)) continue;
    const copied = entries.flatMap((entry, k) => {
      const amount = asObject(entry)?.amount;
      return isPresent(amount) && asNumber(amount) === undefined ? [k] : [];
    });
    if (copied.length === 0) continue;
    const one = copied.length === 1;
    notes.push(`${key} ${itemRuns(copied, "entries")}: ${one ? "amount is" : "amounts are"} not a number, so every child carries ${one ? "it" : "them"} unchanged (split ${one ? "it" : "them"} by hand)`);
  }
  return notes;
}

function paymentFor(payment: unknown, share: PaymentShare, keys: readonly CopiedKey[]): unknown {
  const { maxAmount, authAmount } = share;
  return withAmounts(payment, { ...(maxAmount !== undefined && { maxAmount }), ...(authAmount !== undefined && { authAmount }) }, keys);
}

/** A copy of an object with some amounts replaced, each in its place among the keys. */
function withAmounts(object: unknown, amounts: Readonly<Record<string, number>>, keys: readonly CopiedKey[]): unknown {
  const copy = clone(object, keys) as JsonObject;
  // The keys are amount names (never "__proto__"), and each is already an own property.
  for (const [key, amount] of Object.entries(amounts)) copy[key] = amount;
  return copy;
}

/**
 * A copy of the value at `keys` (one of copiedValues) of the order's snapshot. What structuredClone
 * cannot copy (a function, a symbol, a WeakMap) threw its DOMException, DataCloneError, out of
 * splitOrder (audit of 0d73417f): it is a SplitError at the copied value, which the DOMException
 * does not place more closely. Nothing else can throw here: the snapshot holds no getter and no
 * Proxy, and refuseTooDeep has bounded its depth.
 */
function clone<T>(value: T, keys: readonly CopiedKey[]): T {
  try {
    return structuredClone(value);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "DataCloneError")) throw error;
    const place = placePointer(keys);
    throw new SplitError(`the order must be split, but ${shorten(place)} holds a value that cannot be copied (a function, a symbol or another value structuredClone refuses): a JSON order holds none, so the order is not split: replace that value with plain data`, { pointer: place });
  }
}

/** The keys that decide whether the order is split, and its unsplit report: orderItems and externalOrderID. */
const decisionKeys = ["orderItems", "externalOrderID"] as const;

/**
 * The order's values that decide the split, read (and copied) once, guarded: the split reads them
 * from the same copies, so a getter that gives Y and then P cannot put an item in the wrong child.
 * Nothing else is read before the decision: the whole order copied first made an order that needs
 * no split take seconds (a 1e6-key object: 1–8 ms became 2–3 s), and refused one holding a value
 * that only a child's copy refuses (the audit of c6e782e1).
 */
function decisionValues(reader: OrderReader): JsonObject {
  // Inheriting nothing, as the snapshot's objects: a polluted Object.prototype.externalOrderID was an unsplit order's report's.
  const values = Object.create(null) as JsonObject;
  for (const key of decisionKeys) if (reader.keys.includes(key)) values[key] = reader.valueAt(key) as JsonObject[string];
  return values;
}

/** Whether the payload is an object and no array; a revoked Proxy, which no check can look into, is none. */
function isReadableObject(payload: unknown): boolean {
  try {
    return asObject(payload) !== undefined;
  } catch {
    return false;
  }
}
