import { add, compare, subtract, zero, type Decimal } from "../domain/decimal.js";
import { fewest, unitsToCover, wholeUnits } from "./minorUnits.js";

/** One payment's authAmount as the children carry it. */
export interface Authorisation {
  /** Each child's share (undefined: the child does not carry the payment, or it has no numeric authAmount). */
  readonly shares: readonly (Decimal | undefined)[];
  /**
   * Each child's most: its share of maxAmount, where the original's authAmount is within its
   * maxAmount (absent: no cap). The plan's own shares, which a lent unit of the limit changes.
   */
  readonly caps?: readonly Decimal[];
}

/**
 * Units of the limits, lent with the units of authorisation they hold where the child short has no room for them.
 * Amounts, not counts: a limit (10.016) may be written in finer units than its authAmount (10.01).
 */
export interface LimitLender {
  /** What of payment j's limit `donor` can give and still pay all it owes, and keep a payment: whole units of the limit's scale. */
  spare(j: number, donor: number): Decimal;
  /** Moves `amount` of payment j's limit, whole units of the limit's scale, from `donor` to child `c`. */
  lend(j: number, donor: number, c: number, amount: Decimal): void;
}

/** An Authorisation whose shares move. */
interface Moving {
  readonly shares: (Decimal | undefined)[];
  readonly caps?: readonly Decimal[];
}

/** Where the units come from: within the room the limits' shares leave, or with units of the limits lent along. */
type Way = "within room" | "with the limit";

/**
 * Each authAmount is split by what each child owes on its own (largest remainder, ties to the
 * earliest child), so a child can be a unit over on every payment while its sibling is a unit
 * short on each: children owing 0.01 and 99.99, on two cards authorised 50.00 each, were
 * authorised 0.01 + 0.01 and 49.99 + 49.99, 99.98 for 99.99 owed, while the cards authorised
 * all the order owed. So units of authorisation move, payment by payment, from children
 * authorised more than they owe to those authorised less, the largest shortfall first: a donor
 * keeps all it owes, and each payment's shares still add up to its authAmount. A child given
 * units stays within its share of maxAmount; where no share has room for them, a unit of a limit
 * goes with each (`lender`: its donor's limits still pay all it owes), so a card the child short
 * did not carry, or carried full, is no bar. Where no child is both over and short, nothing
 * changes. The shares come back as new lists; the given ones are left as they are.
 */
export function authoriseWhatEachOwes(authorisations: readonly Authorisation[], owed: readonly Decimal[], lender: LimitLender): Authorisation[] {
  const moving: Moving[] = authorisations.map(({ shares, caps }) => ({ shares: [...shares], ...(caps && { caps }) }));
  const authorised = owed.map((_, c) => moving.reduce<Decimal>((sum, { shares }) => add(sum, shares[c] ?? zero), zero));
  const state = { moving, authorised, owed, lender };
  for (;;) {
    const short = owed
      .map((need, c) => ({ c, shortfall: subtract(need, authorised[c]!) }))
      .filter(({ shortfall }) => shortfall.units > 0n)
      .sort((a, b) => compare(b.shortfall, a.shortfall) || a.c - b.c);
    // Within the room there is first: a unit of a limit moves only where no share has room.
    const moved = (way: Way) => short.filter(({ c }) => authoriseShortfall(state, c, way)).length > 0;
    if (!moved("within room") && !moved("with the limit")) return moving;
  }
}

interface BalanceState {
  readonly moving: readonly Moving[];
  readonly authorised: Decimal[];
  readonly owed: readonly Decimal[];
  readonly lender: LimitLender;
}

/** Moves to child `c` the units of authorisation that children authorised beyond what they owe can give, until it is authorised all it owes; whether any moved. */
function authoriseShortfall(state: BalanceState, c: number, way: Way): boolean {
  let any = false;
  state.moving.forEach(({ shares, caps }, j) => {
    if (way === "within room" ? shares[c] === undefined : caps === undefined) return;
    shares.forEach((share, donor) => {
      // Once authorised all it owes, no donor is asked what it can spare.
      if (donor === c || share === undefined || compare(state.authorised[c]!, state.owed[c]!) >= 0) return;
      const amount = way === "within room" ? amountWithinRoom(state, { shares, caps }, share, donor, c) : amountWithLimit(state, j, share, donor, c);
      if (amount.units <= 0n) return;
      if (way === "with the limit") state.lender.lend(j, donor, c, amount);
      moveAuthorisation(state, shares, { donor, c }, amount);
      any = true;
    });
  });
  return any;
}

/** What of `donor`'s share child `c` takes within the room its share of the limit leaves (in units of the share's scale). */
function amountWithinRoom(state: BalanceState, { shares, caps }: Moving, share: Decimal, donor: number, c: number): Decimal {
  const scale = share.scale;
  const room = caps === undefined ? [] : [wholeUnits(subtract(caps[c]!, shares[c]!), scale)];
  return { units: fewest(unitsWanted(state, share, { donor, c }, scale), ...room), scale };
}

/**
 * What of `donor`'s share child `c` takes with as much of payment j's limit. Counted in the coarser
 * of the two scales, which both can hold: a limit of 10.016 authorised 10.01 lent 0.001 of itself
 * with 0.01 of authorisation (counted in cents, moved in thousandths), and the child owing 0.004
 * read maxAmount 0.005 with authAmount 0.01.
 */
function amountWithLimit(state: BalanceState, j: number, share: Decimal, donor: number, c: number): Decimal {
  const spare = state.lender.spare(j, donor);
  const scale = Math.min(share.scale, spare.scale);
  return { units: fewest(unitsWanted(state, share, { donor, c }, scale), wholeUnits(spare, scale)), scale };
}

/** The units of 10^-scale child `c` lacks of what it owes, that `donor` is authorised beyond what it owes and holds in this share. */
function unitsWanted({ authorised, owed }: BalanceState, share: Decimal, { donor, c }: Pair, scale: number): bigint {
  return fewest(unitsToCover(subtract(owed[c]!, authorised[c]!), scale), wholeUnits(subtract(authorised[donor]!, owed[donor]!), scale), wholeUnits(share, scale));
}

/** Moves `amount` of one payment's authorisation from `donor` to child `c`. */
function moveAuthorisation({ authorised }: BalanceState, shares: (Decimal | undefined)[], { donor, c }: Pair, amount: Decimal): void {
  shares[donor] = subtract(shares[donor]!, amount);
  shares[c] = add(shares[c] ?? { units: 0n, scale: shares[donor]!.scale }, amount);
  authorised[donor] = subtract(authorised[donor]!, amount);
  authorised[c] = add(authorised[c]!, amount);
}

/** A child that gives (`donor`) and the child given (`c`). */
interface Pair {
  readonly donor: number;
  readonly c: number;
}
