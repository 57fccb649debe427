import { asObject, isPresent } from "../domain/payloadParts.js";
import { andList } from "../engine/andList.js";
import { itemRuns } from "./itemRuns.js";
import type { PaymentShare } from "./paymentShares.js";

/** The payment fields Create Order lists "for pre-authorized payments" that name the authorisation (authAmount is its amount). */
const authorisationFields = ["transactionID", "authorizationID"] as const;

/** Why the note is ours to give: one authorisation for one amount is what the documents show, and all they show. */
const ourReading = 'our reading: Create Order lists transactionID, authorizationID and authAmount "for pre-authorized payments", one gateway authorisation for one amount';

/**
 * For each child, a note naming the pre-authorised payments it shares with a sibling: a payment
 * with a transactionID or an authorizationID (not null) that more than one child carries. Every
 * such child carries the same transactionID and authorizationID, and a part of the authAmount
 * (planPayments divides it by what each owes), so the one authorisation the gateway gave for one
 * amount is claimed by several orders, each for a part, which the documents do not describe. The
 * example's payment (12123 / 48484 for 20), split across Y, P and D items, went to three children,
 * each of 12123 / 48484 and a part of the 20, without a word (split audit). A payment one child
 * alone carries keeps its authorisation whole: no note.
 * One note a child, its payments in runs (itemRuns), however many there are.
 */
export function sharedPreAuthorisationNotes(payments: readonly unknown[], byChild: readonly (readonly PaymentShare[])[]): string[][] {
  const carriers = new Map<number, number[]>();
  byChild.forEach((shares, c) => {
    for (const { index } of shares) {
      const children = carriers.get(index);
      if (children === undefined) carriers.set(index, [c]);
      else children.push(c);
    }
  });
  return byChild.map((shares, c) => {
    const shared = shares.filter(({ index }) => carriers.get(index)!.length > 1 && setFields(payments[index]).length > 0);
    if (shared.length === 0) return [];
    const siblings = [...new Set(shared.flatMap(({ index }) => carriers.get(index)!))].filter((other) => other !== c);
    return [noteFor(shared, payments, siblingWords(siblings))];
  });
}

/** The payment's authorisation fields that are set (neither null nor absent). */
function setFields(payment: unknown): string[] {
  const fields = asObject(payment);
  return authorisationFields.filter((name) => isPresent(fields?.[name]));
}

/** "child 2", "children 1 and 3" (numbered from 1, as the report numbers them). */
function siblingWords(siblings: readonly number[]): string {
  const numbers = [...siblings].sort((a, b) => a - b).map((c) => String(c + 1));
  return numbers.length === 1 ? `child ${numbers[0]!}` : `children ${andList(numbers)}`;
}

function noteFor(shared: readonly PaymentShare[], payments: readonly unknown[], siblings: string): string {
  const unsaid = `which the documents do not describe: re-authorise each child's payment, or check with the payment gateway that it accepts this (${ourReading})`;
  if (shared.length === 1) {
    const [{ index, authAmount }] = shared as [PaymentShare];
    const fields = setFields(payments[index]);
    const amount = authAmount === undefined ? " (it has no authAmount to divide)" : ", and its authAmount is divided among them";
    return `the original's orderPayments ${index} is pre-authorised (its ${fields.join(" and ")} ${fields.length === 1 ? "is" : "are"} set): this order shares that one pre-authorisation with ${siblings}${amount}, ${unsaid}`;
  }
  const indexes = itemRuns(shared.map(({ index }) => index), "payments");
  return `the original's orderPayments ${indexes} are pre-authorised (each has a transactionID or an authorizationID set): this order shares each of these pre-authorisations with the other children that carry it (${siblings}), and each one's authAmount, where it has one, is divided among them, ${unsaid}`;
}
