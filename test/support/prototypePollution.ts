/**
 * Polluting a prototype as a vulnerable deep merge does (`__proto__.x = …` in request data): the
 * values such a merge writes, the prototypes it reaches, and a run with names set on them that
 * deletes them whatever happens. Shared by the tests that hold oms-lint's verdict to the one it
 * gives on a clean prototype (test/hostile/pollutedPrototype.test.ts, pollutedReadings.test.ts).
 */

export const hostileValues: readonly [string, unknown][] = [
  ["a string", "x"],
  ["a number", 7],
  ["true", true],
  ["a rules config that turns the schema off", { schema: "off" }],
  ["an array", ["x"]],
  ["a function", function polluter() {}],
  ["null", null],
];

export const prototypes: readonly [string, Record<string, unknown>][] = [
  ["Object.prototype", Object.prototype as Record<string, unknown>],
  ["Array.prototype", Array.prototype as unknown as Record<string, unknown>],
];

export type Pollution = readonly [where: string, prototype: Record<string, unknown>, name: string, value: readonly [string, unknown]];

/** `name` set on Object.prototype to the value `label` describes. */
export const onObjectPrototype = (name: string, [label, value]: readonly [string, unknown]): Pollution => ["Object.prototype", Object.prototype as Record<string, unknown>, name, [label, value]];

/** Runs `read` with each name set on its prototype as a polluting merge sets it (enumerable, writable), and deletes them, whatever happens. */
export async function withPolluted<T>(pollutions: readonly Pollution[], read: () => T | Promise<T>): Promise<T> {
  const set: Pollution[] = [];
  try {
    for (const pollution of pollutions) {
      const [, prototype, name, [, value]] = pollution;
      set.push(pollution);
      prototype[name] = value;
    }
    return await read();
  } finally {
    const weighted = [...new Set(set.map(([, prototype]) => prototype))].filter((prototype) => set.filter(([, on]) => on === prototype).length > 64);
    for (const prototype of weighted) for (const name of ballast) prototype[name] = 0;
    for (const [, prototype, name] of set) delete prototype[name];
    for (const prototype of weighted) for (const name of ballast) delete prototype[name];
  }
}

/**
 * Names no code reads, set on a prototype only while many polluting names are deleted from it
 * (never while `read` runs). Below ~1,020 names (V8's most descriptors a fast object holds), a
 * prototype is made fast again at the next lookup through it, and each delete then turned it
 * back into a dictionary (our reading of V8, which the timings fit; not traced in V8 itself): the last thousand deletes cost ~70 µs each, ~60 ms a test with every
 * name the sources read at once, most of pollutedSplit's time (found by the suite's trim). With
 * these held until the end, every delete is from a dictionary: ~2 ms (measured standalone).
 */
const ballast: readonly string[] = Array.from({ length: 1100 }, (_, index) => `\u0000withPolluted ballast ${index}`);
