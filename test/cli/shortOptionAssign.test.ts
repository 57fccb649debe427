import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { UsageError } from "../../src/cli/usageError.js";

// Found by the audit of the fixture-set features (issue 18): `-o=x.txt` wrote a file named
// `=x.txt`, `-c=x.json` said "cannot read =x.json", `-f=json` "unknown format \"=json\"". ESLint's
// optionator reads `-o=x.txt` as `-o x.txt` (its parser's /^(--?)([a-zA-Z][-a-zA-Z0-9]*)(=)?(.*)?$/),
// and so does oms-lint now, for each short option that takes a value.

describe("a short option's value after =", () => {
  it.each([
    [["-o=x.txt"], { outputFile: "x.txt" }],
    [["-o=a=b.txt"], { outputFile: "a=b.txt" }],
    [["-o=-x.txt"], { outputFile: "-x.txt" }],
    [["-c=x.json"], { config: "x.json" }],
    [["-f=json"], { outputs: [{ format: "json" }] }],
    [["-f=json", "-f=sarif:r.sarif"], { outputs: [{ format: "json" }, { format: "sarif", file: "r.sarif" }] }],
  ])("%j is read as the value", (argv, expected) => {
    expect(parseCliArgs([...argv, "."])).toMatchObject({ ...expected, patterns: ["."] });
  });

  it("is the same as the value in the next argument, for any value that does not begin with a dash", () => {
    const value = fc.stringMatching(/^[^-\u0000][^\u0000]{0,20}$/);
    fc.assert(
      fc.property(fc.constantFrom("-o", "-c"), value, (flag, text) => {
        expect(parseCliArgs([`${flag}=${text}`, "a.json"])).toEqual(parseCliArgs([flag, text, "a.json"]));
      }),
    );
  });

  it("`-o=` names no file: refused as an empty -o is", () => {
    expect(() => parseCliArgs(["-o=", "."])).toThrow(UsageError);
    expect(() => parseCliArgs(["-o=", "."])).toThrow(/--output-file is empty/);
  });

  it("after --, `-o=x.txt` is a file to lint", () => {
    expect(parseCliArgs(["--", "-o=x.txt"])).toMatchObject({ patterns: ["-o=x.txt"], outputFile: undefined });
  });
});
