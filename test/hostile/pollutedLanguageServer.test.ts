import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzSeed } from "../fuzz/arbitraries.js";
import { namesReadBySource } from "../support/readNames.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { hostileValues, withPolluted, type Pollution } from "../support/prototypePollution.js";
import { recordedSession, sessionFiles, type SessionSettings } from "../lsp/recordedSession.js";

/**
 * `oms-lint lsp` in a process whose prototypes are polluted. The editor spawns the server, so
 * what could pollute it is its own input: a JSON-RPC message or a setting whose JSON holds a
 * `"__proto__"` key. JSON.parse makes that an own key, harmless unless something merges it
 * deeply; no path of the server does (it reads a setting's `structure` and nothing else), and
 * this holds it so. And the server parsed its messages into ordinary objects, so a field a
 * client leaves out (a notification's `id`, a response's `method`, `context.only`,
 * `workspaceFolders`, `initializationOptions`, a setting's `structure`) was read off a polluted
 * Object.prototype, as were its own objects' optional fields (a lint run's `existing`, a
 * finding's `fix`, a config's or a setting's `problem`, a frame's `fault`, a shape's `invalid`):
 * a whole session (test/lsp/recordedSession.ts) writes the messages it writes on a clean prototype.
 */

const folder = scratchFolders("polluted-lsp");

/** Names Node or JSON itself misbehaves on, left out as test/hostile/pollutedPrototype.test.ts leaves them out, and the prototype's own. */
const nodeMisbehaves = new Set(["then", "toJSON", "return", "signal"]);
const pollutable = (prototype: object) => (name: string) => !nodeMisbehaves.has(name) && !(name in prototype);

/** One folder for every session: the messages name its files. */
let dir: string | undefined;
const session = (settings?: SessionSettings) => recordedSession((dir ??= folder(sessionFiles)), settings);
let clean: Promise<string[]> | undefined;
const cleanSession = () => (clean ??= session());

const onPrototype = (where: string, prototype: object, value: readonly [string, unknown]) => (name: string): Pollution => [where, prototype as Record<string, unknown>, name, value];

describe("a setting whose JSON holds a __proto__ key pollutes nothing", () => {
  // A structure the server does not take: read off a polluted prototype by any later reading of the settings, it is told (window/showMessage).
  const hostile = JSON.parse('{"__proto__": {"structure": "bogus"}}') as unknown;

  it("the session shows the structure its settings give (so the case below would see one taken)", async () => {
    expect(await session({ section: { structure: "bogus" } })).not.toEqual(await cleanSession());
  });

  it("in the omsLint section and initializationOptions: the session writes the clean one's messages, and Object.prototype holds no structure", async () => {
    const found = await session({ section: hostile, initializationOptions: hostile });
    expect(Object.hasOwn(Object.prototype, "structure")).toBe(false);
    expect(found).toEqual(await cleanSession());
  });
});

describe("a polluted prototype does not change what the language server writes", () => {
  /**
   * The names that changed a session, each on its own holding a string (a sweep of every name
   * src/ reads, 1,719 of them, over 9a3fbc7b): set all at once, for each value a merge writes.
   */
  const changedASession = ["id", "method", "error", "only", "workspaceFolders", "initializationOptions", "structure", "existing", "fix", "suggestion", "problem", "fault", "invalid"];
  it.each(hostileValues)("the names that changed a session, at once on Object.prototype, holding %s", async (label, value) => {
    const expected = await cleanSession();
    expect(await withPolluted(changedASession.map(onPrototype("Object.prototype", Object.prototype, [label, value])), session)).toEqual(expected);
  });

  it("any few names src/ reads, on Object.prototype or Array.prototype, holding any value", async () => {
    const expected = await cleanSession();
    // Every name at once hung vitest's worker (its RPC reads `onRequest` off its options object), and left out, Node's streams and
    // unhandled rejections still broke the run (README): so a few at a time, as test/hostile/pollutedPrototype.test.ts does.
    const names = [...namesReadBySource()].sort();
    const prototypes = [
      ["Object.prototype", Object.prototype],
      ["Array.prototype", Array.prototype],
    ] as const;
    const pollution = fc
      .constantFrom(...prototypes)
      .chain(([where, prototype]) => fc.tuple(fc.constantFrom(...names.filter(pollutable(prototype))), fc.constantFrom(...hostileValues)).map(([name, value]) => onPrototype(where, prototype, value)(name)));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(pollution, { minLength: 1, maxLength: 8, selector: ([where, , name]) => `${where}.${name}` }), async (pollutions) => {
        expect(await withPolluted(pollutions, session)).toEqual(expected);
      }),
      { seed: fuzzSeed, numRuns: 2 },
    );
  });
});
