import { describe, expect, it } from "vitest";
import { coveringGlob, laterExclusion, saysExactly } from "../../src/vscode/fileMatchReach.js";

/** How init reads the reach of VS Code's fileMatch beside oms-lint's glob (initVscodeOverlaps.test.ts checks the associations it writes with VS Code's own matcher). */
describe("fileMatchReach", () => {
  it.each([
    // VS Code reads these as wide or wider: the glob itself, a `?` as `*` (one character may be three in the URI: `#` is `%23`).
    ["orders/*.json", "orders/*.json"],
    ["a?c/*.json", "a*c/*.json"],
    ["C%23/*.json", "C%23/*.json"],
    ["imports/{a,b}.json", "imports/{a,b}.json"],
    // Not, or not the same: every file under the folders before the first wildcard.
    ["orders/@(a|b).json", "orders/**/*"],
    ["+(a|x).json", "**/*"],
    ["!legacy/**", "**/*"],
    ["orders/[!a].json", "orders/**/*"],
    ["{a,{b,c}}.json", "**/*"],
    ["orders/{1..3}.json", "orders/**/*"],
  ])("coveringGlob(%s) is %s", (glob, covering) => expect(coveringGlob(glob)).toBe(covering));

  it.each([
    ["/**/*.json", true],
    ["/**", true],
    ["/**/orders/{a,b}.json", true],
    ["/*.json", false],
    ["/orders/*.json", false],
    ["/**/a?c.json", false],
    ["/**/[ab].json", false],
    ["/**/orders/**", false],
    // `%23` is the URI's `#`, and a folder may be named C%23 too.
    ["/**/C%23/*.json", false],
  ])("saysExactly(%s) is %s", (fileMatch, exact) => expect(saysExactly(fileMatch)).toBe(exact));

  it.each([
    { inclusion: "/**/imports/*.json", covering: "/**/*.json", excluded: undefined },
    { inclusion: "/*.json", covering: "/**/*.json", excluded: "/**/*.json" },
    { inclusion: "/orders/imports/*.json", covering: "/orders/**/*.json", excluded: "/orders/**/orders/imports/*.json" },
    { inclusion: "/a?c/*.json", covering: "/a/**/*.json", excluded: "/a/**/*.json" },
  ])("an association of $inclusion excludes $excluded of a later entry's $covering", ({ inclusion, covering, excluded }) => expect(laterExclusion(inclusion, covering)).toBe(excluded));
});
