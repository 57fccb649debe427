import { variableText } from "./matchEndpoint.js";

const variables = new RegExp(variableText, "g");

/**
 * Whether a string holding `{{…}}` variables may be sent as `wanted`: each variable may fill to
 * any text, the empty one included, and the text written around them is sent as it stands. A
 * quoted variable always sends a string (README: "Quotes always send a string"), so
 * `"x{{force}}"` is never "true", while `"{{force}}"` or `"t{{a}}"` may be. The parts are found
 * in turn, the first as a prefix, the last as a suffix (no pattern built of the text: no
 * backtracking over a long one).
 */
export function mayFillTo(text: string, wanted: string): boolean {
  const parts = text.split(variables);
  if (parts.length === 1) return text === wanted;
  const first = parts[0] as string;
  const last = parts.at(-1) as string;
  if (first.length + last.length > wanted.length || !wanted.startsWith(first) || !wanted.endsWith(last)) return false;
  let from = first.length;
  const end = wanted.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const at = wanted.indexOf(part, from);
    if (at === -1 || at + part.length > end) return false;
    from = at + part.length;
  }
  return true;
}
