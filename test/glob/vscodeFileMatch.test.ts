import fc from "fast-check";
import { describe, expect, it } from "vitest";
// VS Code's own reading, which the server's copy must agree with (a test-only dependency).
import { createRegex } from "vscode-json-languageservice/lib/esm/utils/glob.js";
import { fileMatchMatcher } from "../../src/glob/vscodeFileMatch.js";

/** VS Code's reading of one pattern (FilePatternAssociation): `**\/<pattern>`, a leading `/` dropped; none where it is no regular expression. */
function vscodeMatches(pattern: string, uri: string): boolean {
  try {
    return createRegex(`**/${pattern.replace(/^\//, "")}`, { extended: true, globstar: true }).test(uri);
  } catch {
    return false;
  }
}

describe("fileMatchMatcher, property: reads a fileMatch pattern as VS Code's JSON service does", () => {
  const atoms = fc.constantFrom("*", "**", "?", "/", "a", "b", ".", "{", "}", ",", "[", "]", "!", "(", ")", "|", "^", "$", "+", "json", "x");
  const patterns = fc.array(atoms, { minLength: 1, maxLength: 8 }).map((parts) => parts.join("")).filter((pattern) => !pattern.startsWith("!") && pattern !== "/");
  const uris = fc.array(fc.constantFrom("a", "b", "x.json", "a.json", ".b", "ab", "{", "!", "a,b"), { minLength: 1, maxLength: 4 }).map((segments) => `file:///srv/ws/${segments.join("/")}`);

  it("for any pattern and file", () => {
    fc.assert(fc.property(patterns, uris, (pattern, uri) => {
        expect(fileMatchMatcher([pattern])(uri), pattern).toBe(vscodeMatches(pattern, uri));
      }), { numRuns: 2000 });
  });

  it("the last pattern that matches decides, a `!` one excluding", () => {
    expect(fileMatchMatcher(["/orders/*.json", "!/orders/a.json"])("file:///srv/ws/orders/a.json")).toBe(false);
    expect(fileMatchMatcher(["/orders/*.json", "!/orders/a.json"])("file:///srv/ws/orders/b.json")).toBe(true);
    expect(fileMatchMatcher(["/*.json"])("file:///srv/ws/x/a.json")).toBe(true);
  });
});
