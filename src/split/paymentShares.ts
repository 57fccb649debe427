import { apportionDecimal } from "../domain/apportion.js";
import { add, compare, formatDecimal, subtract, toDecimal, zero, type Decimal } from "../domain/decimal.js";
import { asNumber, asObject } from "../domain/payloadParts.js";
import { andList } from "../engine/andList.js";
import { authoriseWhatEachOwes, type Authorisation, type LimitLender } from "./authorisedShares.js";
import { authorisedWithinLimits, type Limits } from "./authorisedWithinLimits.js";
import { fewest, wholeUnits } from "./minorUnits.js";
import { SplitError } from "./splitError.js";
import { writtenShare, type DividedAmount } from "./writtenShare.js";

/** One payment as a child order carries it: the parent's payment, with its share of the amounts. */
export interface PaymentShare {
  /** The payment's index in the parent's orderPayments. */
  readonly index: number;
  /**
   * The share of a positive maxAmount (undefined: the parent's maxAmount is kept as it is). Always
   * a key of its own, as authAmount: left out, a polluted Object.prototype.maxAmount was a share
   * of a limit the payment does not have (a credit card of no limit written with the prototype's).
   */
  readonly maxAmount: number | undefined;
  /** The share of a numeric authAmount (undefined: kept as it is). */
  readonly authAmount: number | undefined;
}

export interface PaymentPlan {
  /** For each child, the payments it carries, in the parent's order. */
  readonly byChild: readonly (readonly PaymentShare[])[];
  /** For each child, what the plan did to its payments that a reader should know. */
  readonly notes: readonly (readonly string[])[];
}

/**
 * Splits the payments' amounts across the children by what each owes (`owed`: its items,
 * their tax and shipping, its shares of the order's amounts; see splitOrder). A positive maxAmount
 * is a limit ("$5 on giftcard1, $10 on giftcard2, and the rest on a credit card with no
 * limit"): each child gets its share, and a child whose share is 0 does not carry that
 * payment at all (the maxAmount rule allows only null, -1 or a positive number). null and
 * -1 mean no limit: every child carries the payment with it unchanged. authAmount is split
 * across the children that carry the payment, so every amount adds up to the parent's, and
 * kept within each child's share of the limit where the parent's was within its limit, but never
 * divided finer than its own units (see authorisedWithinLimits; a note says where that gives way).
 * Where every payment is limited, units of the limits then move from children whose limits
 * pay more than they owe to those whose fall short (see payWhatEachOwes); and units of
 * authorisation from children authorised more than they owe to those authorised less, with a
 * unit of a limit where no share has room for them (see authoriseWhatEachOwes).
 * A SplitError when the limits are too small to give every child a payment.
 */
export function planPayments(payments: readonly unknown[], owed: readonly Decimal[], minorDigits: number): PaymentPlan {
  const children = owed.map((_, c) => c);
  const notes: string[][] = children.map(() => []);
  const limits = payments.map((payment) => {
    const max = asNumber(asObject(payment)?.maxAmount);
    return max !== undefined && max > 0 ? apportionDecimal(toDecimal(max), owed, minorDigits) : undefined;
  });
  const carries = (j: number, c: number): boolean => {
    const shares = limits[j];
    return shares === undefined || shares[c]!.units > 0n;
  };
  // How many payments each child carries, and the sum of its limits, counted once and kept as
  // donations move units: counting afresh for every candidate donor was quadratic in the
  // payments (32,000 payments of one cent each, a child left with none: 106 s).
  const ledger: Ledger = {
    limits,
    owed,
    whole: owed.reduce<Decimal>(add, zero),
    given: children.map(() => new Map()),
    added: new Map(),
    forced: children.map(() => new Set()),
    carried: children.map((c) => payments.reduce<number>((n, _, j) => n + (carries(j, c) ? 1 : 0), 0)),
    capacity: children.map((c) => limits.reduce<Decimal>((sum, shares) => (shares === undefined ? sum : add(sum, shares[c]!)), zero)),
  };

  // With a payment of no limit, which every child carries, no child's limits are all it has to pay with.
  // Before a child without a payment is given one: a unit that rounding gave a child beyond what it owes
  // goes first to a child short of what it owes, and then a child that owes 0 is given one no child had.
  if (payments.length > 0 && limits.every((shares) => shares !== undefined)) payWhatEachOwes(ledger);

  // A child whose shares of every limited payment round to 0 would have no payment.
  const paid: { c: number; how: string | AddedUnit | SparedUnit }[] = [];
  for (const c of children) {
    if (payments.length === 0 || ledger.carried[c]! > 0) continue;
    paid.push({ c, how: givePayment(ledger, c) });
  }
  // A unit no child had, or one a child spared, is told once every child has a payment: each note then says
  // how many were added in all, or what the donor's share is after all it gave.
  for (const { c, how } of paid) notes[c]!.push(typeof how === "string" ? how : "spared" in how ? sparedUnitNote(how, ledger) : addedUnitNote(how, ledger));

  const lender = limitLender(ledger);
  const authorisations = authoriseWhatEachOwes(
    payments.map((payment, j) => authorisationOf(payment, { holders: children.filter((c) => carries(j, c)), limits: limits[j] && { j, shares: limits[j], lend: lender.lend, lendable: (donor) => spareUnits(ledger, j, limits[j]![donor]!, donor, "lends") }, owed, minorDigits })),
    owed,
    lender,
  );
  // After the authorisation moved: a unit of a limit lent with it gives its child the payment.
  const holders = payments.map((_, j) => children.filter((c) => carries(j, c)));
  const byChild: PaymentShare[][] = children.map(() => []);
  payments.forEach((_, j) => {
    for (const c of holders[j]!) {
      const limit = limits[j]?.[c];
      const authShare = authorisations[j]!.shares[c];
      if (limit && authShare && authorisations[j]!.caps && compare(authShare, limit) > 0) notes[c]!.push(overLimitNote(j, { authShare, limit, payment: payments[j] }));
      if (ledger.forced[c]!.has(j) && compare(ledger.capacity[c]!, owed[c]!) < 0) notes[c]!.push(forcedGiftNote(j, ledger, c));
      byChild[c]!.push({
        index: j,
        maxAmount: limit ? writtenShare(limit, paymentAmount(j, "maxAmount")) : undefined,
        authAmount: authShare ? writtenShare(authShare, paymentAmount(j, "authAmount")) : undefined,
      });
    }
    for (const c of children) {
      if (!holders[j]!.includes(c)) notes[c]!.push(leftOutNote(j, ledger.given[c]!.get(j)));
    }
  });
  return { byChild, notes };
}

/** The ledger's limits, lent with units of authorisation: as a child short of what it owes takes them (spareUnits). */
function limitLender(ledger: Ledger): LimitLender {
  // Every child's share of a limit has the limit's scale (apportionDecimal; moveUnit and credit keep it).
  const scaleOf = (j: number) => ledger.limits[j]![0]!.scale;
  return {
    spare: (j, donor) => ({ units: spareUnits(ledger, j, ledger.limits[j]![donor]!, donor), scale: scaleOf(j) }),
    lend: (j, donor, c, amount) => moveUnit(ledger, { j, donor, units: ledger.limits[j]![donor]!.units }, c, "unauthorised", wholeUnits(amount, scaleOf(j))),
  };
}

/**
 * A payment's authAmount split across the children that carry it (its `holders`) by what each
 * owes, kept within each one's share of the limit where the original's was within its limit (then
 * those shares are the caps), or undefined shares where it has no numeric authAmount.
 */
function authorisationOf(
  payment: unknown,
  { holders, limits, owed, minorDigits }: { holders: readonly number[]; limits: Limits | undefined; owed: readonly Decimal[]; minorDigits: number },
): Authorisation {
  const shares: (Decimal | undefined)[] = owed.map(() => undefined);
  const auth = asNumber(asObject(payment)?.authAmount);
  if (auth === undefined) return { shares };
  const byWeight = apportionDecimal(toDecimal(auth), holders.map((c) => owed[c]!), minorDigits);
  const capped = limits !== undefined && compare(toDecimal(auth), holders.map((c) => limits.shares[c]!).reduce<Decimal>(add, zero)) <= 0;
  const held = capped ? authorisedWithinLimits(byWeight, holders, limits) : byWeight;
  holders.forEach((c, h) => (shares[c] = held[h]));
  return { shares, ...(capped && { caps: limits.shares }) };
}

/**
 * Why a child's authAmount passes its share of maxAmount though the original's was within its limit:
 * a share in finer units than the authorisation's own (a cent within 0.011) cannot hold a whole
 * unit of it, and the other holders cannot lend the limit it lacks and still pay what they owe
 * (authorisedWithinLimits): the units and what each owes hold, the child's limit gives way.
 */
function overLimitNote(j: number, { authShare, limit, payment }: { authShare: Decimal; limit: Decimal; payment: unknown }): string {
  const original = toDecimal(asNumber(asObject(payment)?.authAmount)!);
  const unit = formatDecimal({ units: 1n, scale: authShare.scale });
  return `the original's orderPayments ${j}: this order's authAmount (${formatDecimal(authShare)}) is more than its share of maxAmount (${formatDecimal(limit)}): the original's authAmount (${formatDecimal(original)}) is divided in whole units of ${unit} (the finer of its own digits and the currency's minor units) so that the orders' authAmounts add up to it, and no other order's share of maxAmount can lend this one what it lacks (each keeps its own authAmount, a payment, and all it owes where its limits paid it)`;
}

/** Why children were given units of a share, said of one child and of several. */
const giftWords: Readonly<Record<Gift["why"], { one: string; many: string }>> = {
  short: { one: "whose limits paid less than it owes", many: "whose limits paid less than each owes" },
  unauthorised: {
    one: "with the authorisation it held, as that order was authorised less than it owes and this one more",
    many: "with the authorisation it held, as those orders were authorised less than each owes and this one more",
  },
  "no payment": { one: "which had no payment", many: "which had no payment" },
};

/** Why child's share of payment j is 0: it rounded to 0, or the child gave it to others (`gifts`, in the order given). */
function leftOutNote(j: number, gifts: readonly Gift[] | undefined): string {
  const left = `the original's orderPayments ${j} is left out of this order: its share of maxAmount`;
  if (gifts === undefined) return `${left}, split by what each order owes, rounds to 0`;
  const whys = [...new Set(gifts.map(({ why }) => why))];
  const given = whys.map((why) => recipientsWords(gifts.filter((gift) => gift.why === why).map(({ to }) => to), why));
  // A donor of a unit for a shortfall or an authorisation gave only what its other limits do without.
  const keeps = whys.some((why) => why !== "no payment") ? " (this order's other limits still pay all it owes)" : "";
  return `${left} went to ${given.join(", and to ")}${keeps}`;
}

/**
 * Why a child that kept a payment is short of what it owes: units of its share went to children
 * without a payment where no child could spare one (givePayment). The children given them say
 * so too; this is said in the donor's own notes, the ones its file's reader sees.
 */
function forcedGiftNote(j: number, ledger: Ledger, c: number): string {
  const to = (ledger.given[c]!.get(j) ?? []).filter(({ why }) => why === "no payment").map((gift) => gift.to);
  const recipients = recipientsWords(to, "no payment");
  const each = new Set(to).size > 1 ? "each of " : "";
  return `the original's orderPayments ${j}: one minor unit of this order's share of maxAmount went to ${each}${recipients}, and no child could spare one; so this order's limits (${formatDecimal(ledger.capacity[c]!)}) no longer pay all it owes (${formatDecimal(ledger.owed[c]!)})`;
}

/** `child 2, which had no payment`; `children 1 and 2, which had no payment`. */
function recipientsWords(to: readonly number[], why: Gift["why"]): string {
  const children = [...new Set(to)].sort((a, b) => a - b).map((c) => String(c + 1));
  return children.length === 1 ? `child ${children[0]!}, ${giftWords[why].one}` : `children ${andList(children)}, ${giftWords[why].many}`;
}

/** The limits' shares as the donations change them, with what each child carries and can pay. */
interface Ledger {
  /** For each payment, each child's share of its maxAmount (undefined: no limit). */
  readonly limits: (Decimal[] | undefined)[];
  /** What each child owes: what its payments must be able to pay. */
  readonly owed: readonly Decimal[];
  /** How many payments each child carries. */
  readonly carried: number[];
  /** The sum of each child's shares of the limits. */
  readonly capacity: Decimal[];
  /** What all the children owe together. */
  readonly whole: Decimal;
  /** For each child, the payments of whose share it gave units away, and to whom and why, in the order given. */
  readonly given: Map<number, Gift[]>[];
  /** For each payment, the children given a minor unit of its limit that no child had (addUnit), in the order given. */
  readonly added: Map<number, number[]>;
  /** For each child, the payments of whose share a unit was taken though no child could spare one (givePayment). */
  readonly forced: Set<number>[];
}

/** Why a child was given units of another's share: its limits fell short of what it owes, it was authorised less, or it had no payment. */
interface Gift {
  readonly to: number;
  readonly why: "short" | "unauthorised" | "no payment";
}

interface Donor {
  readonly j: number;
  readonly donor: number;
  readonly units: bigint;
}

/**
 * Gives child `c`, which carries no payment, one minor unit of a limit, and says how. The
 * unit comes from a child that can spare it: one that keeps a payment, and whose limit
 * paid all it owes before and still does after (a gift card's "maxAmount should be the
 * available balance": taking a cent of it from a child that needs all of it left that child
 * unable to pay, with its authAmount above its maxAmount). A child that owes 0 that no child
 * can spare a unit for is given one that no child had: it pays for nothing, so the unit is
 * never used, and the report says the limits add up to that much more (addedUnitNote, once every
 * child is given its unit). Only a child that owes something, when no one can spare a unit, takes
 * one from a child that then falls short.
 */
function givePayment(ledger: Ledger, c: number): string | AddedUnit | SparedUnit {
  const spared = findDonor(ledger, c, (share, donor) => canSpare(ledger, share, donor));
  if (spared !== undefined) {
    moveUnit(ledger, spared, c, "no payment");
    return { spared: true, j: spared.j, donor: spared.donor };
  }
  if (ledger.owed[c]!.units === 0n) return addUnit(ledger, c);
  const taken = findDonor(ledger, c, () => true);
  if (taken === undefined) {
    // Every child that has a payment holds one minor unit of one limit: there are fewer
    // units than children, and no split can give each child a valid payment.
    throw new SplitError(
      `the order cannot be split into ${ledger.owed.length} orders: every payment has a maxAmount (a limit), and together they hold fewer minor units than there are orders, so one order would have no payment`,
    );
  }
  moveUnit(ledger, taken, c, "no payment");
  ledger.forced[taken.donor]!.add(taken.j);
  return `the original's orderPayments ${taken.j} gets one minor unit of maxAmount from child ${taken.donor + 1}, so that this order has a payment (its share rounded to 0); no child could spare a unit of what it owes, so child ${taken.donor + 1}'s limit no longer pays all it owes`;
}

/** A unit a child spared for another without a payment: told once every child has one (sparedUnitNote). */
interface SparedUnit {
  readonly spared: true;
  readonly j: number;
  readonly donor: number;
}

/**
 * The note of a unit a child spared, in the words of the donor's share once every child has a
 * payment: said at each gift, a donor of two units was "more than it owes" in the first note and
 * held "the whole units (2)" in the second, of a file that holds 2 (audit of the split fixes).
 */
function sparedUnitNote({ j, donor }: SparedUnit, ledger: Ledger): string {
  const why = donorWords(ledger.limits[j]![donor]!, ledger.owed[donor]!);
  return `the original's orderPayments ${j} gets one minor unit of maxAmount from child ${donor + 1}, ${why}, so that this order has a payment (its share rounded to 0)`;
}

/**
 * What a donor's share, after the units it gave, is to what its child owes, in whole units of the
 * share as canSpare counts them: 2 yen for 2.01 owed holds the whole yen of it, neither less
 * than it owes (it had called that "less than it owes already") nor more.
 */
function donorWords(share: Decimal, owed: Decimal): string {
  if (compare(share, owed) >= 0) return "whose share is more than it owes";
  const whole = { units: wholeUnits(owed, share.scale), scale: share.scale };
  if (compare(share, whole) < 0) return "whose share is less than it owes already";
  return `whose share still holds the whole units (${formatDecimal(share)}) of what it owes (${formatDecimal(owed)})`;
}

/** The share of a limit, not `c`'s, that `allowed` accepts and whose child keeps a payment without it: the largest. */
function findDonor(ledger: Ledger, c: number, allowed: (share: Decimal, donor: number) => boolean): Donor | undefined {
  let best: Donor | undefined;
  ledger.limits.forEach((shares, j) => {
    shares?.forEach((share, donor) => {
      const keepsPayment = share.units >= 2n || (share.units === 1n && ledger.carried[donor]! > 1);
      if (donor === c || !keepsPayment || !allowed(share, donor)) return;
      if (best === undefined || share.units > best.units) best = { j, donor, units: share.units };
    });
  });
  return best;
}

/**
 * Whether a unit of this share leaves its child's limit, and its limits together, paying all it
 * owes if they did: in whole units of the share, as unitsBeyond counts them. A share of 11 yen
 * pays 11.01 as far as whole yen go; taken for "already short", it gave a yen to a sibling that
 * owed nothing and left its child a whole yen short (the split property, seed 11).
 */
function canSpare(ledger: Ledger, share: Decimal, donor: number): boolean {
  const unit = { units: 1n, scale: share.scale };
  const need = { units: wholeUnits(ledger.owed[donor]!, share.scale), scale: share.scale };
  return keepsPaying(share, unit, need) && keepsPaying(ledger.capacity[donor]!, unit, need);
}

/** Less `unit`, `amount` still pays `need`, or it did not before. */
function keepsPaying(amount: Decimal, unit: Decimal, need: Decimal): boolean {
  return compare(amount, need) < 0 || compare(subtract(amount, unit), need) >= 0;
}

/** Moves `count` minor units of payment j's limit from the donor's share to child `c`'s, for the reason `why`. */
function moveUnit(ledger: Ledger, { j, donor }: Donor, c: number, why: Gift["why"], count = 1n): void {
  const shares = ledger.limits[j]!;
  const units = { units: count, scale: shares[c]!.scale };
  shares[donor] = subtract(shares[donor]!, units);
  ledger.capacity[donor] = subtract(ledger.capacity[donor]!, units);
  if (shares[donor]!.units === 0n) ledger.carried[donor]!--;
  // Every child given units, not the last alone: a share that went to children 1 and 2 was said to have gone to child 2.
  const gifts = ledger.given[donor]!.get(j) ?? [];
  ledger.given[donor]!.set(j, gifts);
  gifts.push({ to: c, why });
  credit(ledger, j, c, units);
}

/**
 * Each limit is split by largest remainder on its own, ties to the earliest child, so a child
 * can be a unit short on every card: two cards of 10.01 for two children owing 10.01 each gave
 * the first 5.01 + 5.01 and the second 5 + 5, 10.00 to pay 10.01, while the two cards paid all
 * the order owed. So, where every payment is limited, units move from children whose limits
 * together pay more than they owe to those whose fall short, the largest shortfall first; a
 * donor keeps all it owes, a share that paid all its child owes alone still does (as when a
 * child is given a payment), and each limit still adds up to the original's. Moving the few
 * units rounding misplaced, rather than apportioning the limits jointly, keeps every card split
 * by what each child owes (a child still carries each card it had, the same share but for a
 * unit or so), and changes nothing where the rounding left no child short. With limits in
 * whole units of their own digits, a child that owes a fraction of one (0.45 yen on cards of
 * whole yen) may still fall short by less than a unit for each other child.
 */
function payWhatEachOwes(ledger: Ledger): void {
  for (;;) {
    const short = ledger.owed
      .map((owed, c) => ({ c, shortfall: subtract(owed, ledger.capacity[c]!) }))
      .filter(({ shortfall }) => shortfall.units > 0n)
      .sort((a, b) => compare(b.shortfall, a.shortfall) || a.c - b.c);
    if (!short.some(({ c }) => fillShortfall(ledger, c))) return;
  }
}

/** Moves to child `c` what children with more than they owe can spare, until it pays all it owes; whether any moved. */
function fillShortfall(ledger: Ledger, c: number): boolean {
  let moved = false;
  ledger.limits.forEach((shares, j) => {
    shares?.forEach((share, donor) => {
      const shortfall = subtract(ledger.owed[c]!, ledger.capacity[c]!);
      if (donor === c || shortfall.units <= 0n || share.units === 0n) return;
      // The whole units it lacks, or one for a part of a unit: never more, so what is left is there for the next child short.
      const wanted = wholeUnits(shortfall, share.scale);
      const count = fewest(wanted > 0n ? wanted : 1n, spareUnits(ledger, j, share, donor));
      if (count <= 0n) return;
      moveUnit(ledger, { j, donor, units: share.units }, c, "short", count);
      moved = true;
    });
  });
  return moved;
}

/**
 * How many units of payment j's share its child can give and still pay all it owes with its
 * limits together, and keep a payment; and, where payment j's limit pays all the order owes,
 * with this share alone if it did (a card that pays for the whole order pays for each child).
 * A share that pays its child alone is not kept whole for that on a smaller card: children owing
 * 0.01 and 99.99, paid by two gift cards of 50.00, gave the cent's child a unit of each, which it
 * kept as if it needed each alone, so its sibling had 99.98 to pay 99.99.
 * `whenShort` "lends": a child whose limits together paid less than it owes may lend its share
 * (what keeps a child's authAmount within its maxAmount: authorisedWithinLimits).
 */
function spareUnits(ledger: Ledger, j: number, share: Decimal, donor: number, whenShort: "keeps all" | "lends" = "keeps all"): bigint {
  const need = ledger.owed[donor]!;
  const beyond = subtract(ledger.capacity[donor]!, need);
  const overall = beyond.units < 0n && whenShort === "lends" ? share.units : wholeUnits(beyond, share.scale);
  const ofShare = paysWhole(ledger, j) ? unitsBeyond(share, need) : share.units;
  const keepingPayment = ledger.carried[donor]! > 1 ? share.units : share.units - 1n;
  return fewest(overall, ofShare, keepingPayment);
}

/**
 * The units of a share of a limit that pays the whole order beyond what its child owes: its
 * share, where it pays all the child owes, still does; one that pays a part of a unit less (0.45
 * yen on a card of whole yen) keeps the whole units of what it owes.
 */
function unitsBeyond(share: Decimal, need: Decimal): bigint {
  if (compare(share, need) >= 0) return wholeUnits(subtract(share, need), share.scale);
  const kept = share.units - wholeUnits(need, share.scale);
  return kept > 0n ? kept : 0n;
}

/** Whether payment j's limit, all the children's shares of it together, pays all the order owes. */
function paysWhole(ledger: Ledger, j: number): boolean {
  return compare(ledger.limits[j]!.reduce<Decimal>(add, zero), ledger.whole) >= 0;
}

/** A minor unit of payment j's limit that no child had, given to a child that owes 0. */
interface AddedUnit {
  readonly j: number;
  readonly unit: Decimal;
}

/**
 * What a unit no child had does to payment j's maxAmounts: each child given one said the orders' add up
 * to one unit more, which two such children made untrue together (0.03 for an original 0.01, each note
 * saying 0.01 more). So a note says how many were added in all, to which children, and their sum.
 */
function addedUnitNote({ j, unit }: AddedUnit, ledger: Ledger): string {
  const to = ledger.added.get(j)!;
  const given = `the original's orderPayments ${j} is given one minor unit of maxAmount (${formatDecimal(unit)}), so that this order has a payment: it owes 0, and no other order can spare a unit of what it owes`;
  const unused = "a unit that this order never uses";
  if (to.length === 1) return `${given}; so the orders' maxAmounts add up to ${formatDecimal(unit)} more than the original's, ${unused}`;
  const total = formatDecimal({ units: BigInt(to.length), scale: unit.scale });
  const children = andList(to.map((c) => String(c + 1)));
  return `${given}; this unit is one of ${to.length} that no child had (children ${children} were each given one), so the orders' maxAmounts add up to ${total} more than the original's, ${unused}`;
}

/** One new minor unit of the largest limit for child `c` (it owes 0). */
function addUnit(ledger: Ledger, c: number): AddedUnit {
  const totals = ledger.limits.map((shares) => shares?.reduce<Decimal>(add, zero));
  let j = -1;
  totals.forEach((total, k) => {
    if (total !== undefined && (j < 0 || compare(total, totals[j]!) > 0)) j = k;
  });
  const unit = { units: 1n, scale: ledger.limits[j]![c]!.scale };
  credit(ledger, j, c, unit);
  const added = ledger.added.get(j);
  if (added === undefined) ledger.added.set(j, [c]);
  else added.push(c);
  return { j, unit };
}

function credit(ledger: Ledger, j: number, c: number, amount: Decimal): void {
  const shares = ledger.limits[j]!;
  if (shares[c]!.units === 0n) ledger.carried[c]!++;
  shares[c] = add(shares[c]!, amount);
  ledger.capacity[c] = add(ledger.capacity[c]!, amount);
}

/** Payment j's maxAmount or authAmount, as a refusal names it. */
function paymentAmount(j: number, field: "maxAmount" | "authAmount"): DividedAmount {
  return { pointer: `/orderPayments/${j}/${field}`, name: `orderPayments ${j}'s ${field}` };
}
