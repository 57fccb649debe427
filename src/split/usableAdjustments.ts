import { apportionDecimal } from "../domain/apportion.js";
import { add, compare, formatDecimal, subtract, zero, type Decimal } from "../domain/decimal.js";
import { andList } from "../engine/andList.js";
import { shortenList } from "../engine/messageTemplate.js";
import { consecutiveRuns, runText } from "../engine/consecutiveRuns.js";
import { fewest, unitsToCover, wholeUnits } from "./minorUnits.js";

/** For promotions and discounts, each entry's shares by child (undefined: the entry has no numeric amount). */
export type AdjustmentShares = ReadonlyMap<string, readonly (readonly Decimal[] | undefined)[]>;

export interface UsableAdjustments {
  readonly adjustments: AdjustmentShares;
  /** By child: where its shares differ from the split by item subtotal, and why. */
  readonly notes: readonly (readonly string[])[];
}

/** Where an amount split differs from the plain split by item subtotal, said once in every note. */
const ourReading = 'how promotions and discounts are split is our reading: the documents say only that they "are applied to the order"';

/**
 * The shares of the promotions and discounts, moved so that no child takes off more than it
 * owes before them (`gross`) while a sibling could take it: split by item subtotal alone, a
 * promotion of 25 on a child of 10 of items and its sibling of 10 and 20 of shipping gave each
 * 12.50, and the first child's 2.50 past its 10 was lost (floored to 0 owed), so the children
 * charged 2.50 more than the order. The part a child cannot use goes, entry by entry in the
 * order's order, to the siblings that still owe something after their own shares, in proportion
 * to what each still owes (largest remainder), so that each entry's shares still add up to its
 * amount and the children together owe what the order owes. Only where the order's promotions
 * and discounts are more than all it owes is any part of them left unused (but for the slack of
 * a fraction of a unit, passOn). `gross` is never below 0: splitOrder refuses an order where a
 * child would owe less than nothing before them (owingLessThanNothing), as no share of a
 * promotion makes up for it, and a room below 0 here is a promotion's share and nothing else.
 */
export function usableAdjustments(plain: AdjustmentShares, gross: readonly Decimal[], digits: number): UsableAdjustments {
  const shares = new Map([...plain].map(([key, entries]) => [key, entries.map((entry) => (entry === undefined ? undefined : [...entry]))]));
  const room = gross.map((owed, c) => subtract(owed, adjustmentsOf(shares, c)));
  // Over the givers again while a pass moves anything: a child that gave its share away can be
  // pushed over by a later giver's unit, and in one pass was never offered that back (the children
  // then charged 0.002 more than the order: found by the last audit). A move goes only from a
  // child taking off more than it owes to siblings with room, so a pass that moves nothing ends
  // them; bounded all the same, by one a child and one more.
  for (let pass = 0; pass <= gross.length; pass++) {
    let any = false;
    gross.forEach((_, giver) => {
      for (const entries of shares.values()) {
        for (const entry of entries) if (entry !== undefined && passOn(entry, room, giver, digits)) any = true;
      }
    });
    if (!any) break;
  }
  return { adjustments: shares, notes: movedNotes(plain, shares, gross, digits) };
}

/** What child `c` takes off in all: its shares of every entry. */
function adjustmentsOf(shares: AdjustmentShares, c: number): Decimal {
  let sum = zero;
  for (const entries of shares.values()) for (const entry of entries) if (entry !== undefined) sum = add(sum, entry[c]!);
  return sum;
}

/**
 * Moves (and says whether it moved any) as much of the giver's share of one entry as it cannot
 * use (its room below 0) and its siblings can (their room above 0) to them, by their room, in whole units of the digits the
 * entry's shares are written in (shareDigits), as every share is written ("split in the
 * currency's minor units": a room of 2.499 moved as 2.499 wrote promotions of 14.999 and 10.001
 * in USD). What the giver cannot use is rounded up to a unit, so that it takes off no more than
 * it owes, and what its siblings can take rounded down; a child owing a fraction of a unit
 * (10.001) may so be left owing that fraction, or a sibling given up to a unit past its room:
 * the slack of a fraction of a unit the README documents. Largest remainder gives each sibling a
 * part at most the ceiling of its exact share, so none passes its room by a unit or more.
 */
function passOn(entry: Decimal[], room: Decimal[], giver: number, digits: number): boolean {
  const takers = room.flatMap((r, c) => (c !== giver && compare(r, zero) > 0 ? [c] : []));
  const spare = takers.reduce((sum, c) => add(sum, room[c]!), zero);
  const scale = shareDigits(entry, digits);
  const units = fewest(wholeUnits(entry[giver]!, scale), unitsToCover(subtract(zero, room[giver]!), scale), wholeUnits(spare, scale));
  if (units <= 0n) return false;
  const moving: Decimal = { units, scale };
  const parts = apportionDecimal(moving, takers.map((c) => room[c]!), scale);
  entry[giver] = subtract(entry[giver]!, moving);
  room[giver] = add(room[giver]!, moving);
  takers.forEach((to, i) => {
    entry[to] = add(entry[to]!, parts[i]!);
    room[to] = subtract(room[to]!, parts[i]!);
  });
  return true;
}

/**
 * The digits an entry's shares are written in: the currency's minor unit, or the amount's own
 * where it has more (6.485 yen is split in thousandths of a yen, as apportionDecimal writes it).
 * Moved in whole yen instead, each entry kept its fraction with the giver: 0.81 and 0.212 yen of
 * two promotions stayed on a child owing 0.012, 1.01 over, while a sibling had 20.809 of room.
 */
function shareDigits(entry: readonly Decimal[], digits: number): number {
  return Math.max(digits, ...entry.map((share) => share.scale));
}

/**
 * Why a child is left taking off more than it owes: the order's promotions and discounts are more
 * than all it owes, or only the slack of whole-unit moves, where the audit found "more than all it
 * owes" said of an order owing 0.008. That slack has three causes (slackCause), each said only
 * where it holds: "room for less than a unit between them (0.013)" was said of siblings with 0.007
 * and 0.006, which have a unit's room together but not one each.
 */
interface Leftover {
  /** Whether the order's promotions and discounts together are more than all it owes before them. */
  readonly orderOver: boolean;
  /** What each sibling could still take off, up to what it owes: those with room only. */
  readonly siblingRooms: readonly { readonly child: number; readonly room: Decimal }[];
  /** What its siblings could still take off in all. */
  readonly siblingsRoom: Decimal;
  /** What it takes off past what it owes (0 where it does not). */
  readonly excess: Decimal;
  /** The least unit its shares still move in: 0.01 in USD, 0.001 where the entries it holds are written so (shareDigits). */
  readonly unit: Decimal;
  /** Whether that is the currency's minor unit, not an amount's finer digits. */
  readonly currencyUnit: boolean;
}

function leftovers(shares: AdjustmentShares, gross: readonly Decimal[], digits: number): Leftover[] {
  const room = gross.map((owed, c) => subtract(owed, adjustmentsOf(shares, c)));
  const total = (values: readonly Decimal[]) => values.reduce((sum, value) => add(sum, value), zero);
  const orderOver = compare(total(room), zero) < 0;
  return room.map((own, c) => {
    const siblingRooms = room.flatMap((r, child) => (child !== c && compare(r, zero) > 0 ? [{ child, room: r }] : []));
    const excess = compare(own, zero) < 0 ? subtract(zero, own) : zero;
    const scale = heldDigits(shares, c, digits);
    return { orderOver, unit: { units: 1n, scale }, currencyUnit: scale === digits, siblingRooms, excess, siblingsRoom: total(siblingRooms.map((sibling) => sibling.room)) };
  });
}

/**
 * The finest digits among the entries child `c` still holds a share of: the least any of its
 * shares could move by, so that "less than a unit of 0.01" is never said where a share written
 * in thousandths could have moved 0.009.
 */
function heldDigits(shares: AdjustmentShares, c: number, digits: number): number {
  let scale = digits;
  for (const entries of shares.values()) {
    for (const entry of entries) if (entry !== undefined && compare(entry[c]!, zero) > 0) scale = Math.max(scale, shareDigits(entry, digits));
  }
  return scale;
}

/** Which of whole-unit moves' slack keeps a child over what it owes: see slackCause. */
type Slack = "between" | "each" | "excess" | "none";

/**
 * The siblings' room together is under a unit ("between"); else each one's is, so a unit moved to
 * any leaves that one over instead ("each"); else the excess itself is under a unit ("excess");
 * else none of these holds, and the note names no cause it cannot show.
 */
function slack({ siblingRooms, siblingsRoom, excess, unit }: Leftover): Slack {
  if (compare(siblingsRoom, unit) < 0) return "between";
  if (siblingRooms.every((sibling) => compare(sibling.room, unit) < 0)) return "each";
  return compare(excess, unit) < 0 ? "excess" : "none";
}

/** The words of slack's cause, after "its promotions and discounts … more than the … it owes before them". */
function slackCause(leftover: Leftover): string {
  const { siblingRooms, siblingsRoom, excess, unit } = leftover;
  const cause = slack(leftover);
  if (cause === "between") return `its siblings have room for less than a unit of ${formatDecimal(unit)} between them (${formatDecimal(siblingsRoom)})`;
  if (cause === "each") {
    const each = siblingRooms.map(({ child, room }) => `child ${child + 1}: ${formatDecimal(room)}`).join(", ");
    return `its siblings have room for ${formatDecimal(siblingsRoom)} between them, but each for less than a unit of ${formatDecimal(unit)} (${each}), so a unit moved to one would leave that one taking off more than it owes`;
  }
  if (cause === "excess") return `the ${formatDecimal(excess)} over is less than a unit of ${formatDecimal(unit)}, the least a share moves by`;
  return `its siblings took no more of it`;
}

/** An entry of the promotions or discounts whose shares moved, and which children gave net and which took. */
interface EntryChange {
  readonly name: EntryName;
  readonly was: readonly Decimal[];
  readonly now: readonly Decimal[];
  readonly givers: readonly number[];
  readonly takers: readonly number[];
}

/** "promotions 3": the entry's key and index. */
interface EntryName {
  readonly key: string;
  readonly index: number;
}

/**
 * The entries whose shares moved, each with the children whose share ended below (givers) or above
 * (takers) their share by item subtotal. From the final amounts, not from each move: passOn passes a
 * unit back and forth between children whose room is under a unit, and a note built from the moves
 * said child 1 took "0.01 that children 2 and 3 cannot use" where child 2 kept its share (audit).
 */
function* entryChanges(plain: AdjustmentShares, shares: AdjustmentShares): Generator<EntryChange> {
  for (const [key, entries] of plain) {
    for (const [index, was] of entries.entries()) {
      const now = shares.get(key)![index];
      if (was === undefined || now === undefined) continue;
      const byChange = (sign: number) => now.flatMap((share, c) => (compare(share, was[c]!) === sign ? [c] : []));
      const givers = byChange(-1);
      if (givers.length > 0) yield { name: { key, index }, was, now, givers, takers: byChange(1) };
    }
  }
}

/**
 * A child's moved entries of one cause: as taker from the same givers, or as giver to the same
 * takers. One note says them all: one note an entry printed 3,998 notes for 2,000 promotions.
 */
interface ChangeGroup {
  readonly taker: boolean;
  /** The givers it took from, or the takers it gave to. */
  readonly others: readonly number[];
  readonly names: EntryName[];
  was: Decimal;
  now: Decimal;
}

/**
 * Each child's notes on the entries whose share of it moved, as a giver or as a taker, grouped by
 * cause (ChangeGroup), and, for a child left taking off more than it owes, how much goes unused
 * and why. What every note needs of all the entries is worked out once: each note walked them all
 * again (adjustmentsOf), quadratic in the moved entries.
 */
function movedNotes(plain: AdjustmentShares, shares: AdjustmentShares, gross: readonly Decimal[], digits: number): string[][] {
  const groups = gross.map(() => new Map<string, ChangeGroup>());
  for (const { name, was, now, givers, takers } of entryChanges(plain, shares)) {
    for (const c of [...givers, ...takers]) {
      const taker = takers.includes(c);
      const others = taker ? givers : takers;
      const cause = `${taker ? "took" : "gave"} ${others.join(" ")}`; // The group's key alone, never shown.
      const group = groups[c]!.get(cause) ?? { taker, others, names: [], was: zero, now: zero };
      groups[c]!.set(cause, group);
      group.names.push(name);
      group.was = add(group.was, was[c]!);
      group.now = add(group.now, now[c]!);
    }
  }
  const unused = gross.map((owed, c) => subtract(adjustmentsOf(shares, c), owed));
  const left = leftovers(shares, gross, digits);
  return gross.map((owed, c) => {
    const giver = { owed, plainTotal: adjustmentsOf(plain, c), leftOver: compare(unused[c]!, zero) > 0 ? left[c]! : undefined };
    const notes = [...groups[c]!.values()].map((group) => `${groupWords(group, giver)} (${ourReading})`);
    if (compare(unused[c]!, zero) > 0) notes.push(`${unusedWords(owed, unused[c]!, left[c]!)} (${ourReading})`);
    return notes;
  });
}

/** A group's note: its entries, what it takes off of them against its shares by item subtotal, and why. */
function groupWords({ taker, others, names, was, now }: ChangeGroup, giver: Omit<Giver, "given">): string {
  const many = names.length > 1;
  const differs = many
    ? `${entryList(names)} (${names.length} entries): its amounts here add up to ${formatDecimal(now)}, not its shares by item subtotal, ${formatDecimal(was)}`
    : `${entryList(names)}: its amount here is ${formatDecimal(now)}, not its share by item subtotal, ${formatDecimal(was)}`;
  const why = taker ? takerWords(subtract(now, was), others, many) : giverWords({ ...giver, given: subtract(was, now) }, others, many);
  return `${differs}: ${why}`;
}

/** "promotions 0-3, promotions 7, discounts 1": entries in runs, cut to the first and last around "…" past a message's quote (shortenList). */
function entryList(names: readonly EntryName[]): string {
  const runs = consecutiveRuns(names, (name) => name.index, (run, next) => run.key === next.key);
  return shortenList(runs.map((run) => `${run.item.key} ${runText(run)}`));
}

/** Why a taker's amounts are more: the givers' shares, which those orders cannot use. */
function takerWords(taken: Decimal, givers: readonly number[], manyEntries: boolean): string {
  const owe = givers.length > 1 ? "those orders owe less than their shares" : `that order owes less than its share${manyEntries ? "s" : ""}`;
  return `it takes ${formatDecimal(taken)} that ${children(givers)} cannot use, as ${owe}`;
}

/** What a giver's note compares: all its shares by item subtotal against what it owes, and what of this entry's share it gave. */
interface Giver {
  readonly owed: Decimal;
  readonly plainTotal: Decimal;
  readonly given: Decimal;
  /** Where it still takes off more than it owes once its siblings took what they can, why. */
  readonly leftOver: Leftover | undefined;
}

/**
 * Why a giver's share of one entry is less: its shares of every entry together, not this one
 * alone, came to more than it owes ("this order owes 10 … and the other 1.67 goes to child 1" of a
 * share of 5 explained nothing).
 */
function giverWords({ owed, plainTotal, given, leftOver }: Giver, takers: readonly number[], manyEntries: boolean): string {
  const over = subtract(plainTotal, owed);
  const shares = `this order's shares by item subtotal of the promotions and discounts add up to ${formatDecimal(plainTotal)}, ${formatDecimal(over)} more than the ${formatDecimal(owed)} it owes before them`;
  return `${shares}, so ${formatDecimal(given)} of ${manyEntries ? "these shares" : "this share"} goes to ${children(takers)}${leftOver === undefined ? "" : takenWords(leftOver)}`;
}

/**
 * What the siblings took of a giver left over: all they can use, or, where they have room still,
 * what whole units of it they can, said so only where no whole unit more fits them (slack).
 */
function takenWords(leftOver: Leftover): string {
  if (compare(leftOver.siblingsRoom, zero) <= 0) return ", all its siblings can use";
  const unit = formatDecimal(leftOver.unit);
  const cause = slack(leftOver);
  if (cause === "between") return `, as much as its siblings can take in whole units of ${unit}`;
  if (cause === "each") return `, as much as its siblings can take in whole units of ${unit} without one taking off more than it owes`;
  return "";
}

/**
 * A child that still takes off more than it owes once its siblings took what they can: the rest
 * is used nowhere, and it owes 0 (owedAfter floors it). Either the order's promotions and
 * discounts are more than all it owes, or it is the slack of a fraction of a unit the README
 * documents (slackCause says which), not an order owing less than them. Where no cause of that
 * slack holds, the note names none: "the slack of a fraction of a unit" was said of 1.01 yen over.
 */
function unusedWords(owed: Decimal, unused: Decimal, leftOver: Leftover): string {
  const over = `its promotions and discounts here add up to ${formatDecimal(add(owed, unused))}, ${formatDecimal(unused)} more than the ${formatDecimal(owed)} it owes before them`;
  if (leftOver.orderOver) return `${over}, and no sibling can use the rest: ${formatDecimal(unused)} of them goes unused, and this order owes 0 (the order's promotions and discounts are more than all it owes)`;
  const notOver = "(the order's promotions and discounts are not more than all it owes)";
  if (slack(leftOver) === "none") return `${over}, and ${slackCause(leftOver)}: ${formatDecimal(unused)} of them goes unused and this order owes 0 ${notOver}`;
  return `${over}, and ${slackCause(leftOver)}: ${formatDecimal(unused)} of them goes unused and this order owes 0, the slack of a fraction of a unit that moving shares in whole units of ${movedIn(leftOver)} leaves ${notOver}`;
}

/** What shares move in: "the currency", or the finer unit its promotions and discounts are written in. */
function movedIn({ unit, currencyUnit }: Leftover): string {
  return currencyUnit ? "the currency" : `${formatDecimal(unit)}, as its promotions and discounts are written`;
}

/** "child 2", "children 1 and 3": children by number from 1, each once. */
function children(indexes: readonly number[]): string {
  const numbers = [...new Set(indexes)].sort((a, b) => a - b).map((c) => String(c + 1));
  return `${numbers.length === 1 ? "child" : "children"} ${andList(numbers)}`;
}
