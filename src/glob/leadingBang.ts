/**
 * A glob's leading `!`, read as minimatch reads it: before its braces are expanded, each `!`
 * negates the whole glob (`!!a` is a), but one that opens an extglob (`!(a)`). Its own module:
 * the command line (resolvedLead, its targets), the editor's globs and the folder walk ask it
 * without loading the matchers.
 */

/** Whether the glob opens with a `!` that negates it (one `!` or more, not `!(`): what a target, a fileMatch and a walk refuse or widen. */
export const opensNegated = (glob: string): boolean => /^!(?!\()/.test(glob);

/**
 * The glob's negation and what it negates. Left to picomatch alternative by alternative,
 * `!{legacy,old}/**` named every file (each is outside one of the two folders; minimatch: every
 * file outside both).
 */
export function negation(glob: string): { negated: boolean; body: string } {
  let at = 0;
  while (glob[at] === "!" && glob[at + 1] !== "(") at++;
  return { negated: at % 2 === 1, body: glob.slice(at) };
}

/**
 * A glob with a `!` that its braces or a dropped leading `./` put first written escaped: text, as
 * minimatch reads it (`{!b,c}` names !b and c; picomatch negated `!b`, naming every file but b).
 * One that opens an extglob stays one.
 */
export const literalLeadingBang = (glob: string): string => glob.replace(/^((?:\.\/)*)!(?!\()/, "$1\\!");
