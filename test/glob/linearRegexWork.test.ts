import { Worker } from "node:worker_threads";
import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { globMatcher } from "../../src/glob/globMatcher.js";
import { linearRegex, linearRegexWork } from "../../src/glob/linearRegex.js";
import { UnreadableGlob } from "../../src/glob/unreadableGlob.js";
import { eslintGlobs } from "../support/eslintGlobs.js";

/**
 * Audit of the glob matching: ignores of `**\/{a,b,c}{a,b,c}{a,b,c}{a,…,K}*1*2*…*9*.json` (999
 * alternatives, matched by linearRegex joined) cost ~16 ms a path, 13.9 s over 800 files: the
 * search of an anchored expression was tried from every position of the path, and each
 * alternative's copy of picomatch's lookahead was searched again at each. The work is counted
 * here in (instruction, position) pairs reached, never timed.
 */
const alternatives = (count: number, each: (index: number) => string): string => Array.from({ length: count }, (_, index) => each(index)).join("|");

describe("linearRegex: work bounded by what an anchored expression can match", () => {
  it("an anchored expression is searched from the start only: its work does not grow with a path it fails at once", () => {
    const work = linearRegexWork(alternatives(100, (index) => `^(?:x${index}[^/]*?y[^/]*?z)$`));
    expect(work("q".repeat(1000))).toBe(work("q".repeat(10)));
  });

  it("alternatives that open with the same lookahead search it once a position", () => {
    const shared = linearRegexWork(alternatives(100, (index) => `^(?:(?!\\.)a${index})$`));
    const without = linearRegexWork(alternatives(100, (index) => `^(?:a${index})$`));
    const text = "a50";
    // The lookahead's own search, once: a few pairs more than the same alternatives without it, not a hundred times more.
    expect(shared(text) - without(text)).toBeLessThan(2 * 100 + 20);
  });

  it("333 joined alternatives of one glob share their `**/`: a path costs hundreds of pairs, not a hundred thousand", () => {
    // A third of the audit's 999 (`**/{a,b,c}{a,b,c}{a,b,c}{a,…,K}…`, its first letter `a` alone): each alternative
    // unshared still walks the path for its own `**/`, and the 999 cost half a CPU-second to compile here.
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK".split("");
    const globs = ["a", "b", "c"].flatMap((y) => ["a", "b", "c"].flatMap((z) => letters.map((k) => `**/a${y}${z}${k}*1*2*3*4*5*6*7*8*9*0*1*2*3*4*5*6*7*8*9*.json`)));
    expect(globs).toHaveLength(333);
    const work = linearRegexWork(globs.map((glob) => picomatch.makeRe(glob, { dot: true, posix: true }).source).join("|"));
    // The audit's 999 were 558,440 pairs (320,916 searched from the start only, lookaheads once); shared, 494. These 333
    // unshared (the trie not used): 107,130 and 100,299 pairs; shared, 478 and 3,275.
    expect(work("orders/2024/7/some-order-file-7.json")).toBeLessThan(5_000);
    expect(work("orders/2024/7/abca-1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9.json")).toBeLessThan(5_000);
  });

  it("answers for alternatives each a prefix of the next, a thousand choices deep, on a half-megabyte stack (nested, the trie's emission overflowed it)", async () => {
    // Node's own stack (~1 MB) held 3,000 choices nested, so a test on it could not fail had the
    // cap of 100 nested choices gone; it cost 12 s of the suite (3,000 alternatives: 4.5 MB of
    // source, compiled twice). On a 0.5 MB stack, 1,000 nested choices overflow it (measured with
    // the cap set to Infinity); written one after another past 100, as linearRegex writes them, they do not.
    const module = new URL("../../dist/src/glob/linearRegex.js", import.meta.url).href;
    const code = `
      const { parentPort } = await import("node:worker_threads");
      const { linearRegex } = await import(${JSON.stringify(module)});
      const source = Array.from({ length: 1000 }, (_, index) => "^" + "a".repeat(index + 1) + "$").join("|");
      try {
        const matches = linearRegex(source);
        parentPort.postMessage([matches("a".repeat(20)), matches("ab")]);
      } catch (error) {
        parentPort.postMessage(String(error));
      }`;
    const worker = new Worker(code, { eval: true, resourceLimits: { stackSizeMb: 0.5 } });
    try {
      const answer = await new Promise((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      expect(answer).toEqual([true, false]);
    } finally {
      await worker.terminate();
    }
  });

  it("answers as V8 does for alternatives that share their starts, nested or not", () => {
    const atom = fc.constantFrom("a", "b", ".", "\\/", "[ab]", "[^/]*?", "a*", "(?:ab)?", "(?!a)", "(?=b)", "(?:a|b)", "(?:a|ab)", "^", "$", "(?:)");
    const sequence = fc.array(atom, { maxLength: 5 }).map((atoms) => atoms.join(""));
    const grouped = fc.array(sequence, { minLength: 1, maxLength: 3 }).map((options) => `(?:${options.join("|")})`);
    const option = fc.array(fc.oneof(atom, grouped), { maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(option, { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[ab/.]{0,6}$/), (options, text) => {
        const expression = new RegExp(options.join("|"));
        expect(linearRegex(expression.source)(text), `${expression.source} on ${text}`).toBe(expression.test(text));
      }),
      // Of 3,000 runs (fixed seed), and of the first 1,500: an alternative that ends where another goes on dropped from
      // the trie fails 801 and 415, the lookahead memo keyed by body alone 47 and 21, an alternation taken as anchored
      // where one of its options is (some, not every) 22 and 9.
      { numRuns: 1500 },
    );
  });

  it("answers as V8 does for joined picomatch expressions, anchored or not", () => {
    const piece = fc.constantFrom("a", "b", ".", "/", "*", "**", "?", "[ab]", "{a,b}", "@(a|b)", "!(a)", "*(a|b)");
    const glob = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(""));
    const path = fc.stringMatching(/^[ab.]{1,3}(?:\/[ab.]{1,3}){0,2}$/);
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), path, fc.boolean(), fc.boolean(), (globs, text, dot, unanchored) => {
        const sources = globs.map((pattern) => picomatch.makeRe(pattern, { dot }).source.replace(unanchored ? /^\^|\$$/g : /$^/, ""));
        const expression = new RegExp(sources.join("|"));
        expect(linearRegex(expression.source)(text), `${expression.source} on ${text}`).toBe(expression.test(text));
      }),
      // Of 2,000 runs (fixed seed), and of the first 1,000: the lookahead memo keyed by body alone fails 50 and 28, an
      // alternation taken as anchored where one of its options is (some, not every) 28 and 14, every search from the start only 152 and 75.
      { numRuns: 1000 },
    );
  });
});

describe("a glob past minimatch's 64 KB", () => {
  it("is refused, as ESLint refuses it ('pattern is too long'), even where each alternative is short", () => {
    // 900 alternatives of 220 characters (fewer than globMatcher's thousand, each short): 198 KB.
    const glob = `{${Array.from({ length: 900 }, (_, index) => `n${index}`.padEnd(220, "x")).join(",")}}.json`;
    expect(() => eslintGlobs.minimatch("n5.json", glob, { dot: true })).toThrow(/pattern is too long/);
    expect(() => globMatcher(glob, { dot: true })).toThrow(UnreadableGlob);
    const within = `{${Array.from({ length: 5_000 }, (_, index) => `n${index}`).join(",")}}.json`;
    expect(within.length).toBeLessThan(64 * 1024);
    // Each reading compiled once for the three paths: minimatch() compiled the 5,000 alternatives anew for each (too heavy
    // for its cache), ~0.1 s a path, and so did globMatcher; `new Minimatch(glob, opts).match(path)` is what minimatch() does.
    const { Minimatch } = eslintGlobs as unknown as { Minimatch: new (pattern: string, options: { dot: boolean }) => { match: (path: string) => boolean } };
    const ours = globMatcher(within, { dot: true });
    const minimatchReading = new Minimatch(within, { dot: true });
    for (const path of ["n5.json", "n4999.json", "n5000.json"]) expect(ours(path), path).toBe(minimatchReading.match(path));
  });
});
