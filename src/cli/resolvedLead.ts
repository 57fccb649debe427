import { posix } from "node:path";
import { literalLeadingBang } from "../glob/leadingBang.js";

/**
 * A character that makes a target's segment a glob's, escaped or not: a backslash, a wildcard, a
 * bracket, a brace or a parenthesis. A `+`, `@` or `!` not before a `(` is itself (`user@host/*.json`
 * walks user@host; with `u@h/../sub/*.json` resolvedLead stopped at `u@h` and never resolved its
 * `..`: "no files match", the re-read of the stop), and before one, the `(` is the glob's.
 */
export const globSpecial = /[\\*?[\]{}()]/;

/**
 * A glob target with the `.` and `..` segments of its static leading part resolved, as ESLint 10
 * resolves every glob target first (eslint-helpers.js: `path.resolve(cwd, pattern)`, grouped by
 * its globParent): `./../proj/sub/*.json` is `../proj/sub/*.json`, `../proj/./sub/*.json` too.
 * pathAsWritten and the walk's base saw only a leading run of `../`: from vis/proj, those said
 * "no files match", and `./../**\/*.json` left out the working folder's own sub/. The leading part
 * ends before the first segment holding a glob character, or an escape, which stays as written.
 * A `!` the resolution puts first is a name's, written escaped (`./!x/*.json`, `new/../!x/*.json`:
 * globby took the `!x/*.json` left for a negation and linted every top-level file outside !x/;
 * ESLint lints !x/x.json).
 */
export function resolvedLead(pattern: string): string {
  const segments = pattern.split("/");
  const firstGlob = segments.findIndex((segment) => globSpecial.test(segment));
  // A pattern with no glob character is a path: the last segment is the name, and the lead all before it.
  const leadLength = firstGlob === -1 ? segments.length - 1 : firstGlob;
  if (!segments.slice(0, leadLength).some((segment) => segment === "." || segment === "..")) return pattern;
  const lead = posix.normalize(segments.slice(0, leadLength).join("/") || ".");
  const rest = segments.slice(leadLength).join("/");
  return literalLeadingBang(lead === "." ? rest : `${lead}/${rest}`);
}
