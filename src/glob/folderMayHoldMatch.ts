import picomatch from "picomatch";
import { expandBraces } from "./braceExpansion.js";
import { globMatcher, maxAlternatives } from "./globMatcher.js";
import { literalLeadingBang, opensNegated } from "./leadingBang.js";

/**
 * Whether a glob (read as fast-glob reads it, names starting with a dot left to a pattern that
 * spells the dot) can match something inside the folder (a path with / between names, as the
 * glob's paths are: relative, or absolute for an absolute glob). A folder a glob walked but
 * could not list is a fault only where a match could be: `**\/*.json` enters `.cache/`, yet
 * nothing in it can match, as a readable `.cache/a.json` is not linted. Each name of the folder
 * is matched against a part of the glob, `**` taking any number of names that do not start
 * with a dot. A part holding a slash (`{a,b/c}`), or a `**` beside other characters, cannot be
 * matched name by name: the answer is then yes, so that a folder that might hold a match is never passed over unsaid.
 */
export function folderMayHoldMatch(pattern: string): (folder: string) => boolean {
  const { parts = [] } = picomatch.scan(pattern, { parts: true });
  // picomatch lets a `**` beside other characters (`**{a,b}`) cross slashes too.
  if (parts.some((part) => part.includes("/") || (part !== "**" && part.includes("**")))) return () => true;
  // An absolute glob and path both begin with an empty name (before the first slash); `a//b` names none between its slashes.
  const names = parts.filter((part) => part !== "");
  let matchers: (((name: string) => boolean) | undefined)[];
  try {
    matchers = names.map((part) => (part === "**" ? undefined : globMatcher(part)));
  } catch {
    // A part picomatch does not take alone (a lone `\`): the folder might hold a match.
    return () => true;
  }
  return (folder) => {
    // The parts of the glob each reachable once the folder's names so far are taken.
    let reached = withGlobstars(new Set([0]), matchers);
    for (const name of folder.split("/").filter((name, index) => index > 0 || name !== "")) {
      const next = new Set<number>();
      for (const at of reached) {
        if (at === matchers.length) continue;
        const matches = matchers[at];
        if (matches === undefined) {
          if (!name.startsWith(".")) next.add(at);
        } else if (matches(name)) next.add(at + 1);
      }
      reached = withGlobstars(next, matchers);
    }
    // A part of the glob left for what the folder holds.
    return [...reached].some((at) => at < matchers.length);
  };
}

/** The parts reached, with those past a `**` (which may take no name). */
function withGlobstars(reached: Set<number>, matchers: readonly (((name: string) => boolean) | undefined)[]): Set<number> {
  for (const at of reached) if (at < matchers.length && matchers[at] === undefined) reached.add(at + 1);
  return reached;
}

/**
 * folderMayHoldMatch over a glob's brace alternatives (`{sub,.cache}/**`: sub/ and .cache/ may,
 * other/ may not), or over the whole glob where its braces expand past a thousand alternatives
 * or leave a brace as text. A `!` that a member or a dropped leading `./` puts first is text, as
 * globMatcher reads it: picomatch.scan took `{!x,legacy}/*.json`'s `!x/*.json` for a negation of
 * x/*.json, and the walk never entered !x/ (ESLint lints !x/x.json).
 */
export function folderMayHoldMatchOfAny(pattern: string): (folder: string) => boolean {
  // A negated glob (`!x/*.json`, every path but those) may match in any folder.
  if (opensNegated(pattern)) return () => true;
  const alternatives = expandBraces(pattern, maxAlternatives);
  const globs = (alternatives === undefined || alternatives.some((alternative) => /[{}]/.test(alternative)) ? [pattern] : alternatives).map(literalLeadingBang);
  const tests = globs.map(folderMayHoldMatch);
  return (folder) => tests.some((test) => test(folder));
}

