/**
 * Keywords whose own error only repeats what the errors beneath it say (an `if` whose `then`
 * failed): no finding of their own, in schemaDiagnostics nor in the check of a list past its
 * limit (codegen/listTail.ts), which neither keeps nor counts them.
 */
export const echoKeywords: ReadonlySet<string> = new Set(["if", "allOf"]);
