import fc from "fast-check";

/** The code points fast-check's "binary" unit draws from: all but the surrogates' (fast-check's fullAlphabetRanges). */
const belowSurrogates = 0xd800;
const aboveSurrogates = 0xe000;
const codePoints = belowSurrogates + (0x10ffff - aboveSurrogates + 1);

const codePointAt = (index: number): string => String.fromCodePoint(index < belowSurrogates ? index : aboveSurrogates + index - belowSurrogates);

function indexOf(unit: unknown): number {
  const code = typeof unit === "string" ? unit.codePointAt(0) : undefined;
  if (code === undefined || String.fromCodePoint(code) !== unit || (code >= belowSurrogates && code < aboveSurrogates)) throw new Error("not one code point of the unit");
  return code < belowSurrogates ? code : code - aboveSurrogates + belowSurrogates;
}

/**
 * fast-check's `unit: "binary"`: the same draws from the same seed (an index into the code
 * points, mapped as its mapToConstant maps it). Its own unit answers "could this value have
 * been drawn?" from a reverse map of all 1,112,064 code points, which fc.string builds as it
 * is created (to fit its dangerous strings, "__proto__" and the like, to the unit): ~1-2 CPU-s
 * in each test worker that imports one. This unit answers from the code point itself.
 */
const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: codePoints - 1 }).map(codePointAt, indexOf);

/** `fc.string({ ...constraints, unit: "binary" })`: any string of code points, generated and shrunk as fast-check does. */
export const binaryString = (constraints: Omit<fc.StringConstraints, "unit"> = {}): fc.Arbitrary<string> => fc.string({ ...constraints, unit: binaryUnit });
