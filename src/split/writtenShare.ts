import { decimalToNumber } from "../domain/apportion.js";
import { compare, formatDecimal, toDecimal, type Decimal } from "../domain/decimal.js";
import { SplitError } from "./splitError.js";

/** An amount a split divides: its JSON Pointer in the original, and its name in a refusal's words ("orderPayments 0's maxAmount"). */
export interface DividedAmount {
  readonly pointer: string;
  readonly name: string;
}

/**
 * A child's share as the JSON number it is written as, or a SplitError where no double writes
 * back as its exact decimal: the children's shares would not add up to the original's, which
 * they must exactly. A share of a subnormal amount (`"maxAmount": 5e-324`, five units at its
 * 324th decimal) was written 0, which max-amount calls an error on the child (audit of split);
 * and shippingTax 174526173308100.97 split in two gave 87263086654050.48 twice, as no double
 * holds the share .49 (split audit). Shares of amounts a JSON payload writes (cents, yen,
 * thousandths, below 2^53 of their units / 100) are far from either.
 */
export function writtenShare(share: Decimal, amount: DividedAmount): number {
  const written = decimalToNumber(share);
  if (compare(toDecimal(written), share) === 0) return written;
  const pointer = { pointer: amount.pointer };
  if (written === 0) {
    throw new SplitError(`the order cannot be split: ${amount.name} is too small to be divided into amounts a JSON number holds (a share of it would be written 0)`, pointer);
  }
  throw new SplitError(
    `the order cannot be split: ${amount.name} cannot be divided into amounts JSON numbers hold as written: a share of it, ${formatDecimal(share)}, would be written ${String(written)} (JSON numbers are read as doubles), and the orders' would not add up to the original's (split it by hand)`,
    pointer,
  );
}
