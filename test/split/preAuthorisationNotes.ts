/** The opening of split's note of a pre-authorised payment that children share (src/split/sharedPreAuthorisation.ts). */
const preAuthorisationOpening = /^the original's orderPayments [^:]* (is|are) pre-authorised \(/;

/**
 * A child's notes without the one of a pre-authorised payment it shares: the tests of other notes
 * pay with the documents' example payment (transactionID 12123, authorizationID 48484), or name
 * their payments by transactionID, so every child of theirs carries that note beside the ones
 * they test. test/split/sharedPreAuthorisation.test.ts tests it.
 */
export function withoutPreAuthorisationNotes(notes: readonly string[]): readonly string[] {
  return notes.filter((note) => !preAuthorisationOpening.test(note));
}
