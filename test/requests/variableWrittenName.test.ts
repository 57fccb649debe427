import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * A bare variable where JSON takes no value is named in the parse fault. With file variables
 * that refer to each other (`@a = {{b}}`, `@b = {{a}}{{a}}`), substitution stops part-way and the
 * body as sent holds `{{b}}` where `{{a}}` is written: the fault at the written `{{a}}` (line 7,
 * column 7) read "{{b}} (a variable) stands where JSON takes no value: write it inside double
 * quotes ("{{b}}")", naming a variable other than the one there (found by the language server
 * audit). It now names the variable written at its place.
 */
const request = (definitions: string, body: string) => `${definitions}\nPOST https://integration.shopatron.com/api/v2/order/555555/customData\nContent-Type: application/json\n\n${body}\n`;
const faults = (text: string) => lintHttpFile(text, "v.http").messages.filter((m) => m.ruleId === "parse" && m.message.includes("(a variable)")).map((m) => [m.line, m.column, m.message]);

describe("the parse fault at a bare variable names the variable written there", () => {
  it.each([
    ["variables that refer to each other", "@a = {{b}}\n@b = {{a}}{{a}}\n", '{"x": {{a}}}', 7, 7, "{{a}}"],
    ["a variable that holds another one the file does not define", "@a = {{c}}\n@b = 1\n", '{"x": 1 {{a}}}', 7, 9, "{{a}}"],
    ["a variable the file does not define", "@b = 1\n@c = 2\n", '{"x": 1 {{zz}}}', 7, 9, "{{zz}}"],
  ])("%s", (_, definitions, body, line, column, written) => {
    expect(faults(request(definitions, body))).toEqual([[line, column, `${written} (a variable) stands where JSON takes no value: write it inside double quotes ("${written}")`]]);
  });
});
