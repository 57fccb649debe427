import { constants } from "node:buffer";
import { describe, expect, it } from "vitest";
import { builtWithinStringLimit, reportTooLargeWords } from "../../src/cli/reportTooLarge.js";
import { UsageError } from "../../src/cli/usageError.js";

/**
 * `oms-lint --no-config / -f json` ended in `internal error (please report it): Invalid string
 * length`: a file's entry, or the text a format holds to its end (junit), passed V8's cap on one
 * string. That is the run's size, not a fault: exit 2 (a usage error) that says what to do.
 * A real string past the cap is asked for here (V8 refuses it before allocating anything); a
 * report that size cannot be built in a test.
 */
describe("a report past V8's cap on one string", () => {
  it("is a usage error naming the format, where it was, the cap and what to do", () => {
    const build = () => builtWithinStringLimit(() => "x".repeat(constants.MAX_STRING_LENGTH + 1), "json", "/var/big.json");
    expect(build).toThrow(UsageError);
    expect(build).toThrow(
      `the report is too large to build in memory (the json report, at /var/big.json, passed ${constants.MAX_STRING_LENGTH.toLocaleString("en-US")} characters, the most one string may hold): lint fewer files per run, use --quiet, or --format compact`,
    );
    expect(reportTooLargeWords("junit", "its end")).toContain("(the junit report, at its end, passed ");
  });

  it("other errors pass as they are, and what is built within the cap is returned", () => {
    const overflow = new RangeError("Maximum call stack size exceeded");
    expect(() =>
      builtWithinStringLimit(
        () => {
          throw overflow;
        },
        "stylish",
        "a.json",
      ),
    ).toThrow(overflow);
    expect(builtWithinStringLimit(() => "[]", "json", "a.json")).toBe("[]");
  });
});
