import { describe, expect, it } from "vitest";
import { removedKeysNote, type RemovedKeyReason } from "../../src/cli/removedKeysNote.js";

const gone = (count: number) => new Map<string, RemovedKeyReason>(Array.from({ length: count }, (_, i) => [`fixtures/${i}.json`, "its file is gone"]));

describe("removedKeysNote: one line naming each key a run removed from the record", () => {
  it.each([
    { removed: gone(0), note: undefined },
    { removed: gone(1), note: "--prune-suppressions removed 1 key from s.json: fixtures/0.json (its file is gone)" },
    {
      removed: new Map<string, RemovedKeyReason>([["./a.json", "no file can match it"], ["b.json", "its counts were all pruned"]]),
      note: "--prune-suppressions removed 2 keys from s.json: ./a.json (no file can match it), b.json (its counts were all pruned)",
    },
  ])("$note", ({ removed, note }) => {
    expect(removedKeysNote("--prune-suppressions", "s.json", removed)).toBe(note);
  });

  it("names ten keys and counts the rest", () => {
    const note = removedKeysNote("--prune-suppressions", "s.json", gone(25));
    expect(note).toMatch(/^--prune-suppressions removed 25 keys from s\.json: fixtures\/0\.json \(its file is gone\), .*fixtures\/9\.json \(its file is gone\) and 15 more$/);
    expect(note).not.toContain("fixtures/10.json");
  });

  it("escapes a key's control characters: the note goes to a terminal", () => {
    expect(removedKeysNote("--prune-suppressions", "s.json", new Map([["a\u001b[2J.json", "its file is gone"]]))).not.toContain("\u001b");
  });
});
