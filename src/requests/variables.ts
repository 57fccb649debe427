/**
 * How far `{{name}}` substitution goes in one text. REST Client and Postman expand variables
 * inside variables; a variable that names itself, or a few that double each other
 * (`@a = {{b}}{{b}}`, ten times over), would otherwise grow a 123-byte file past a gigabyte.
 */
export const expansionLimits = {
  /** Variables within variables: a real file nests two or three. */
  depth: 10,
  /** Substitutions made in one text (a URL, a header, a body). */
  substitutions: 10_000,
  /** Characters the substitutions may add to one text. */
  addedLength: 1_000_000,
} as const;

/** A text with its variables substituted, and the limit that stopped it, if one did. */
export interface Expansion {
  readonly text: string;
  /** Why substitution stopped early (the rest is left as written); undefined when it did not. */
  readonly stopped?: string;
}

/**
 * `{{name}}` substitution, as REST Client and Postman do it: unknown names stay as
 * placeholders; a value's own placeholders are substituted in turn. One pass over the text
 * and each value substituted into it (indexOf, no regular expression to backtrack), bounded
 * by `expansionLimits`: past one, what is left stays as written and `stopped` says why.
 */
export function expandVariables(text: string, lookup: (name: string) => string | undefined): Expansion {
  if (!text.includes("{{")) return { text };
  const parts: string[] = [];
  let room = text.length + expansionLimits.addedLength;
  let substitutions = 0;
  let stopped: string | undefined;
  const append = (piece: string) => {
    if (piece.length > room) {
      parts.push(piece.slice(0, Math.max(room, 0)));
      room = 0;
      stopped ??= `variables would make this text longer than ${expansionLimits.addedLength.toLocaleString("en-US")} characters past what is written`;
      return;
    }
    parts.push(piece);
    room -= piece.length;
  };
  const visit = (source: string, depth: number) => {
    let at = 0;
    while (at < source.length && room > 0) {
      const open = source.indexOf("{{", at);
      const close = open < 0 ? -1 : source.indexOf("}}", open + 2);
      if (close < 0) break;
      // The innermost opening before the close: "{{{b}}" names b, as the regular expression REST Client uses does.
      const start = source.lastIndexOf("{{", close - 2);
      const name = source.slice(start + 2, close).trim();
      append(source.slice(at, start));
      at = close + 2;
      const value = /^[^{}\s]+$/.test(name) ? lookup(name) : undefined;
      if (value === undefined) {
        append(source.slice(start, at));
      } else if (depth >= expansionLimits.depth) {
        stopped ??= `variables nest more than ${expansionLimits.depth} deep here ({{${name.slice(0, 40)}}} refers to itself, or to a chain that does)`;
        append(source.slice(start, at));
      } else if (++substitutions > expansionLimits.substitutions) {
        stopped ??= `more than ${expansionLimits.substitutions.toLocaleString("en-US")} variables would be substituted in this text`;
        append(source.slice(start, at));
      } else {
        visit(value, depth + 1);
      }
    }
    if (at < source.length) append(source.slice(at));
  };
  visit(text, 0);
  return stopped === undefined ? { text: parts.join("") } : { text: parts.join(""), stopped };
}
