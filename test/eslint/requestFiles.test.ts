import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { ESLint as ESLint9 } from "eslint9";
import { describe, expect, it } from "vitest";
import plugin from "../../src/eslint/plugin.js";

/**
 * README (ESLint): `.http` and `.rest` files are the CLI's and the language server's alone: they
 * are not JSON. Given to the plugin, one was a `Parsing error: placeholder POST is not a JSON
 * value: put the real value in its place` (audit of the ESLint plugin): it is one fatal error
 * that says what the file is and who lints it.
 */

const majors = [
  ["ESLint 10", ESLint],
  ["ESLint 9", ESLint9 as unknown as typeof ESLint],
] as const;

const config: Linter.Config[] = [{ files: ["**/*.json", "**/*.http", "**/*.rest", "**/*.HTTP"], ...plugin.configs.recommended }];
const request = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n";

describe.each(majors)("a request file given to the plugin, under %s", (_, ESLint) => {
  it.each(["orders.http", "orders.rest", "ORDERS.HTTP"])("%s: one fatal error naming what lints it", async (name) => {
    const [result] = await new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: config }).lintText(request, { filePath: join(tmpdir(), name) });
    expect(result!.messages).toEqual([
      expect.objectContaining({
        ruleId: null,
        fatal: true,
        line: 1,
        column: 1,
        message: "Parsing error: this is a request file (.http, .rest), not JSON: the oms-lint command and its language server lint it, not the ESLint plugin; leave it out of the files the oms-lint config matches",
      }),
    ]);
  });
});
