/**
 * What a finding of a Create Order rule adds on a Historic Order Import (the rule's
 * `kindNotes.importOrder`). The import document repeats few of Create Order's statements; it
 * says the import "is very similar in structure to the standard Create Order API call", so
 * the rules about the objects both calls send (shipping method, payments, locale fields) read
 * the import the same way. That is our reading, and the finding says so: it must not credit the
 * import document with a sentence only the Create Order document holds (SPEC §3). The rules of
 * Create Order's own process (tax cap, preorder, splits, ship-to-store) are not read this way:
 * on an import they are create-order-only's warnings.
 */
export const readOnImport = " (said by the Create Order document; the import document does not repeat it, and we read it as holding for imports too)";

/**
 * The same, for a rule whose finding says the Create Order document does not state it (an
 * inference from its words): "said by the Create Order document" would credit that document with
 * what the finding's own message says it does not say (found by the audit of
 * gift-card-issuer-no-operation).
 */
export const inferredOnImport = " (our reading of the Create Order document's words, as above; the import document does not repeat them either, and we read them as holding for imports too)";
