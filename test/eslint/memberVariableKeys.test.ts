import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { recommendedConfig } from "../support/eslintRun.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { rawBodyCollection } from "../requests/support.js";

/**
 * ESLint's shared pass keeps the findings that give way, marked (keepYieldingFindings): a key
 * written misspelt beside a variable standing for members gets unknown-property's warning there
 * as the CLI gives it (test/requests/memberVariableFaults.test.ts), not one marked as giving way
 * to a missing field's finding that no longer stands.
 */
const folder = scratchFolders("eslint-member-variables");

describe("a misspelt key beside a members variable, under ESLint", () => {
  it("is unknown-property's warning with its did you mean", async () => {
    const dir = folder({});
    const collection = rawBodyCollection([], "order/1/customData", '{"nmae": "a", {{more}}}');
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommendedConfig() });
    const [result] = await eslint.lintText(collection, { filePath: `${dir}/notes.postman_collection.json` });
    const shown = result!.messages.map((m) => [m.ruleId, m.severity]);
    expect(shown).toEqual([["oms-lint/unknown-property", 1]]);
    expect(result!.messages[0]?.message).toMatch(/unknown property "nmae": did you mean name\?/);
  });
});
