import { add, compare, subtract, type Decimal } from "../domain/decimal.js";
import type { LimitLender } from "./authorisedShares.js";
import { fewest, unitsToCover, wholeUnits } from "./minorUnits.js";

/** Payment j's limits, live (a unit lent changes them), and what of them each child can lend. */
export interface Limits {
  readonly j: number;
  /** Each child's share of the limit (the ledger's own list: `lend` moves units of it). */
  readonly shares: readonly Decimal[];
  readonly lend: LimitLender["lend"];
  /**
   * Whole units of the limit's scale child `donor` can lend and still pay all it owes, if it did,
   * with its limits together, and with this one where it pays the whole order (spareUnits).
   */
  readonly lendable: (donor: number) => bigint;
}

/**
 * authAmount split by what each child owes (`byWeight`, in whole units of the finer of its own
 * digits and the currency's minor units: cents at least in USD), kept within each holder's share of the limit where the original
 * was within its limit: a child authorised beyond its maxAmount could not take what was authorised.
 * What passes a share moves, in those same units, to the holders with room, earliest first; the
 * limit's units are often finer (2.5 yen authorised 2: limits 0.9 / 0.9 / 0.7), and moving the
 * excess in them authorised 0.9 / 0.9 / 0.2 yen. Where no holder has a whole unit of room, the
 * limit moves instead: a holder whose share of it passes its own authorisation lends the child
 * over what it lacks (1 / 1 / 0.5 authorised 1 / 1 / 0), keeping a unit of it so that it keeps
 * the payment, and all it owes where its limits paid it; only where the holders can lend all the
 * child lacks. Otherwise the child stays over its share, as whole units of authorisation cannot
 * be kept within limits that must still pay what each owes (planPayments' notes say so).
 */
export function authorisedWithinLimits(byWeight: readonly Decimal[], holders: readonly number[], limits: Limits): Decimal[] {
  const shares = [...byWeight];
  const cap = (h: number) => limits.shares[holders[h]!]!;
  const over = () => shares.map((_, h) => h).filter((h) => compare(shares[h]!, cap(h)) > 0);
  for (const h of over()) moveToRoom(shares, h, cap);
  for (const h of over()) lendLimit(shares, h, { holders, cap, limits });
  return shares;
}

/** Moves what of holder h's share passes its cap, in whole units of the share's scale, to the holders with room for them. */
function moveToRoom(shares: Decimal[], h: number, cap: (h: number) => Decimal): void {
  const scale = shares[h]!.scale;
  let wanted = unitsToCover(subtract(shares[h]!, cap(h)), scale);
  shares.forEach((share, k) => {
    if (k === h || wanted <= 0n) return;
    const units = fewest(wanted, wholeUnits(subtract(cap(k), share), scale));
    if (units <= 0n) return;
    const amount = { units, scale };
    shares[h] = subtract(shares[h]!, amount);
    shares[k] = add(share, amount);
    wanted -= units;
  });
}

interface Lending {
  readonly holders: readonly number[];
  readonly cap: (h: number) => Decimal;
  readonly limits: Limits;
}

/** Lends holder h what of the limit it lacks for its share, from holders whose shares of the limit pass their own authorisation, if together they can. */
function lendLimit(shares: readonly Decimal[], h: number, { holders, cap, limits }: Lending): void {
  const scale = cap(h).scale;
  let wanted = unitsToCover(subtract(shares[h]!, cap(h)), scale);
  // Each lender keeps a unit of the limit, so that it keeps the payment (and no note says its share went elsewhere).
  const spare = shares.map((share, k) =>
    k === h ? 0n : fewest(wholeUnits(subtract(cap(k), share), scale), wholeUnits(cap(k), scale) - 1n, limits.lendable(holders[k]!)),
  );
  if (spare.reduce((sum, units) => sum + (units > 0n ? units : 0n), 0n) < wanted) return;
  spare.forEach((units, k) => {
    const lent = fewest(wanted, units);
    if (lent <= 0n) return;
    limits.lend(limits.j, holders[k]!, holders[h]!, { units: lent, scale });
    wanted -= lent;
  });
}
