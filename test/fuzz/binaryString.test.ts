import fc from "fast-check";
import { expect, it } from "vitest";
import { binaryString } from "../support/binaryString.js";

/**
 * test/support/binaryString.ts stands in for fast-check's `unit: "binary"` (whose creation
 * costs each worker ~1-2 CPU-s): any code point but a surrogate, astral ones too, and a drawn
 * string is one the arbitrary can shrink without its context (a failure found in a property
 * shrinks). Its draws were checked equal to fast-check's own, seed for seed, when it came in.
 */
it("draws well-formed strings of any code point, BMP and astral, and can shrink what it drew", () => {
  const arbitrary = binaryString({ maxLength: 40 });
  const drawn = fc.sample(arbitrary, { seed: 20261205, numRuns: 2000 });
  const codePoints = drawn.flatMap((text) => [...text].map((unit) => unit.codePointAt(0)!));
  // A lone surrogate is a code point of its own in the spread: none is drawn.
  expect(codePoints.filter((code) => code >= 0xd800 && code <= 0xdfff)).toEqual([]);
  expect(codePoints.some((code) => code < 0x80)).toBe(true);
  expect(codePoints.some((code) => code >= 0xe000 && code <= 0xffff)).toBe(true);
  expect(codePoints.some((code) => code > 0xffff)).toBe(true);
  expect(drawn.every((text) => arbitrary.canShrinkWithoutContext(text))).toBe(true);
  for (const other of ["\ud800", "a\udfff", 5, null]) expect(arbitrary.canShrinkWithoutContext(other), String(other)).toBe(false);
});
