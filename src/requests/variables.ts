import type { SubstitutedReference } from "./writtenColumn.js";

/**
 * How far `{{name}}` substitution goes in one text. REST Client and Postman expand variables
 * inside variables; a variable that names itself, or a few that double each other
 * (`@a = {{b}}{{b}}`, ten times over), would otherwise grow a 123-byte file past a gigabyte.
 */
export const expansionLimits = {
  /**
   * Variables within variables: a real file nests two or three. Newman's 19: postman-collection's
   * Substitutor makes up to VARS_SUBREPLACE_LIMIT (19) passes, each filling one more level, and
   * sends what is left as written. At 10, a chain of 11 to 19 variables that Newman fills was a
   * parse error here and the request went unchecked (noted since the forty-first stop).
   */
  depth: 19,
  /** Substitutions made in one text (a URL, a header, a body). */
  substitutions: 10_000,
  /** Characters the substitutions may add to one text. */
  addedLength: 1_000_000,
  /**
   * One file's texts together (every URL, header and body line): substitutions, and characters
   * added, beyond these floors one more a character of the file (four more, for characters).
   * Each text held to its own caps, a file of 200 body lines of `{{a}}` (a variable a megabyte
   * long) grew 9 kB into 200 MB: the work grew with the caps times the file, not with the file.
   */
  fileSubstitutions: 100_000,
  fileAddedLength: 10_000_000,
  fileAddedPerCharacter: 4,
} as const;

/** What is left of a file's allowance of substitutions and added characters, spent by each text expanded in it. */
export interface ExpansionBudget {
  substitutions: number;
  addedLength: number;
  /** The allowance whole, for the finding that says it ran out. */
  readonly allowed: { readonly substitutions: number; readonly addedLength: number };
}

/** The allowance of a file of `length` characters (see expansionLimits). */
export function expansionBudget(length: number): ExpansionBudget {
  const allowed = {
    substitutions: expansionLimits.fileSubstitutions + length,
    addedLength: expansionLimits.fileAddedLength + expansionLimits.fileAddedPerCharacter * length,
  };
  return { ...allowed, allowed };
}

const count = (n: number) => n.toLocaleString("en-US");

/** A text with its variables substituted, and the limit that stopped it, if one did. */
export interface Expansion {
  readonly text: string;
  /** Why substitution stopped early (the rest is left as written); undefined when it did not. */
  readonly stopped?: string;
  /** Each `{{name}}` of the text that was substituted, in text order: where its value stands, for placing findings at the text as written. */
  readonly references: readonly SubstitutedReference[];
}

const none: readonly SubstitutedReference[] = [];

/**
 * `{{name}}` substitution, as REST Client and Postman do it: unknown names stay as
 * placeholders; a value's own placeholders are substituted in turn. One pass over the text
 * and each value substituted into it (indexOf, no regular expression to backtrack), bounded
 * by `expansionLimits`: past one, what is left stays as written and `stopped` says why.
 */
export function expandVariables(text: string, lookup: (name: string) => string | undefined, budget?: ExpansionBudget): Expansion {
  if (!text.includes("{{")) return { text, references: none };
  const parts: string[] = [];
  // The text's own caps, or what its file has left, whichever is less.
  const fileRoom = budget !== undefined && budget.addedLength < expansionLimits.addedLength;
  // What the values may add (the text's own characters are not counted: they are kept whole).
  let room = fileRoom ? Math.max(budget.addedLength, 0) : expansionLimits.addedLength;
  const fileCount = budget !== undefined && budget.substitutions < expansionLimits.substitutions;
  const maxSubstitutions = fileCount ? Math.max(budget.substitutions, 0) : expansionLimits.substitutions;
  let length = 0;
  let substitutions = 0;
  let stopped: string | undefined;
  const references: SubstitutedReference[] = [];
  // The names being substituted, outermost first: a name among them refers to itself.
  const chain: string[] = [];
  // Set when a value did not fit: that reference, and the rest of the text, stay as written.
  let overflowed = false;
  const append = (piece: string) => {
    if (piece.length > room) {
      parts.push(piece.slice(0, Math.max(room, 0)));
      length += Math.max(room, 0);
      room = 0;
      overflowed = true;
      stopped ??= fileRoom
        ? `variables would add more than ${count(budget.allowed.addedLength)} characters to this file's requests in all (${count(expansionLimits.fileAddedLength)}, and ${expansionLimits.fileAddedPerCharacter} for each character of the file)`
        : `variables would make this text longer than ${count(expansionLimits.addedLength)} characters past what is written`;
      return;
    }
    length += piece.length;
    parts.push(piece);
    room -= piece.length;
  };
  const visit = (source: string, depth: number) => {
    // The text's own characters (depth 0) are kept whole; a value's count against the room.
    const keep = (piece: string) => {
      if (depth > 0) return append(piece);
      parts.push(piece);
      length += piece.length;
    };
    let at = 0;
    // Where the text not yet kept starts. In the text's own characters, what stays as written
    // (unknown names among it) is kept in one piece, up to the next substitution: two million
    // unknown names were four million pieces. In a value, each is kept as it is met, against the room.
    let from = 0;
    const asWritten = () => {
      if (depth === 0) return;
      keep(source.slice(from, at));
      from = at;
    };
    while (at < source.length && (depth === 0 || room > 0)) {
      const open = source.indexOf("{{", at);
      const close = open < 0 ? -1 : source.indexOf("}}", open + 2);
      if (close < 0) break;
      // The innermost opening before the close: "{{{b}}" names b, as Postman's `{{([^{}]*?)}}` does.
      // REST Client's `\{{2}(.+?)\}{2}` names "{b" there, which no file defines, and sends it as
      // written; a REST Client file's "{{{b}}" is read here as b all the same, a difference left as it is.
      const start = source.lastIndexOf("{{", close - 2);
      const name = source.slice(start + 2, close).trim();
      at = close + 2;
      const value = /^[^{}\s]+$/.test(name) ? lookup(name) : undefined;
      if (value === undefined) {
        asWritten();
        continue;
      }
      if (depth >= expansionLimits.depth) {
        const shown = `{{${name.slice(0, 40)}}}`;
        stopped ??= chain.includes(name)
          ? `variables nest more than ${expansionLimits.depth} deep here (${shown} refers to itself, through the variables it holds)`
          : `variables nest more than ${expansionLimits.depth} deep here (${shown} is reached through a chain of more than ${expansionLimits.depth} variables, each holding the next)`;
        asWritten();
        continue;
      }
      if (++substitutions > maxSubstitutions) {
        substitutions--;
        stopped ??= fileCount
          ? `more than ${count(budget.allowed.substitutions)} variables would be substituted in this file's requests in all (${count(expansionLimits.fileSubstitutions)}, and one for each character of the file)`
          : `more than ${count(expansionLimits.substitutions)} variables would be substituted in this text`;
        asWritten();
        continue;
      }
      keep(source.slice(from, start));
      from = at;
      chain.push(name);
      if (depth > 0) {
        visit(value, depth + 1);
        chain.pop();
        continue;
      }
      const expandedFrom = length;
      const partsFrom = parts.length;
      visit(value, depth + 1);
      chain.pop();
      if (!overflowed) references.push({ expandedFrom, expandedTo: length, writtenFrom: start, writtenTo: at });
      else {
        // The value that did not fit goes, cut or whole: its reference, and what follows it, stay as written.
        parts.length = partsFrom;
        length = expandedFrom;
        from = start;
        break;
      }
    }
    // Past a limit, what is left of the text stays as written.
    if (from < source.length) keep(source.slice(from));
  };
  visit(text, 0);
  if (budget !== undefined) {
    budget.substitutions -= substitutions;
    budget.addedLength -= Math.max(length - text.length, 0);
  }
  return stopped === undefined ? { text: parts.join(""), references } : { text: parts.join(""), stopped, references };
}
