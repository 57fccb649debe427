import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { hostileValues, onObjectPrototype, withPolluted } from "../support/prototypePollution.js";

/**
 * A glob becomes a regular expression whose escapes (`\.`, `\(`) the linear matcher looks up by
 * their character in tables of class escapes and control escapes. Made as object literals, they
 * answered a character Object.prototype holds: with `Object.prototype["."] = "x"`, the extglob
 * `+(a|b).json` of a config's ignores threw "instruction.test is not a function" (found by the
 * audit of lookups keyed by user data). Whatever character is polluted, a glob matches what it
 * matches on a clean prototype.
 */

const globs = ["+(a|b).json", "a\\.b/*.json", "orders/{a,b}/**", "x/[a-c]*.json", "x/[!a]?.json", "*.[jJ]son", "[[:alpha:]]*.json", "a\\-b", "@(x|y)+(.json)", "!(z).json", "a\\tb", "c\\$d", "e\\^f"];
const paths = ["a.json", "b.json", "ab.json", "a.b/x.json", "orders/a/z/q.json", "x/b1.json", "x/za.json", "c.Json", "k.json", "a-b", "x.json", "y.json", "atb", "c$d", "e^f", "z.json"];
/** The characters the regular expression of a glob escapes, and those a backslash in a glob may stand before. */
const escaped = [..."./-+()|{}[]^$*?\\!@=:# ,tnvfr0"];

/** Which paths each glob matches, or what it threw. */
const matches = () =>
  globs.map((glob) => {
    try {
      const matcher = globMatcher(glob);
      return paths.filter((path) => matcher(path));
    } catch (error) {
      return (error as Error).message;
    }
  });

describe("a polluted Object.prototype does not change what a glob matches", () => {
  it.each(hostileValues)("each character a glob escapes, set on Object.prototype to %s", async (label, value) => {
    const clean = matches();
    expect(clean[0]).toEqual(["a.json", "b.json", "ab.json"]);
    for (const name of escaped) expect([name, await withPolluted([onObjectPrototype(name, [label, value])], matches)]).toEqual([name, clean]);
  });
});
