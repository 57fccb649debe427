/**
 * A glob with a `!` that its braces or a dropped leading `./` put first written escaped: text, as
 * minimatch reads it (`{!b,c}` names !b and c; picomatch negated `!b`, naming every file but b).
 * One that opens an extglob stays one. Its own module: the command line's resolvedLead needs it
 * without loading the matchers.
 */
export const literalLeadingBang = (glob: string): string => glob.replace(/^((?:\.\/)*)!(?!\()/, "$1\\!");
