import { afterAll, describe, expect, it } from "vitest";
import { spawnCli } from "../support/cli.js";
import { scratch } from "./support.js";

/**
 * A text under the values count's threshold (10 million characters at the default), nested
 * past the depth limit, is refused by the depth count before JSON.parse builds it (found by the
 * hostile-input audit: a .http body of 4.8 million [ then as many ] took 5.4 s and 545 MB to
 * be refused once built, though the README says a body past a limit is "refused by the count,
 * not parsed"). Outcome, not time: the CLI runs in a 128 MiB heap, which the 4.8 million
 * arrays JSON.parse would build do not fit in (it dies of it, signal 6), and the count needs none.
 */

const levels = 4_800_000;
const nested = "[".repeat(levels) + "]".repeat(levels);
const smallHeap = { NODE_OPTIONS: "--max-old-space-size=128" };
const tooDeep = "the JSON nests deeper than 1000 levels here: no payload nests this deep, so oms-lint stops (the limit is --max-depth or limits.maxDepth in oms-lint.config.json)";

describe("nested 4.8 million deep, under the values threshold: refused by the count", () => {
  const folder = scratch("deep-before-parse");
  afterAll(() => folder.remove());

  const table = [
    { name: "a payload file", file: "deep.json", text: nested, args: ["--kind", "createOrder"], line: 1 },
    {
      name: "a .http request body",
      file: "deep.http",
      text: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n${nested}\n`,
      args: [],
      line: 4,
    },
  ];
  for (const { name, file, text, args, line } of table) {
    it(`${name}: one depth fault at the bracket that opens level 1001, in a 128 MiB heap`, () => {
      const path = folder.write(file, text);
      const run = spawnCli(["--format", "json", ...args, path], { env: smallHeap });
      expect(run.code, run.stderr.slice(0, 300)).toBe(1);
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string; line: number; column: number }[] }[];
      expect(result?.messages.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }))).toEqual([{ ruleId: "parse", message: tooDeep, line, column: 1001 }]);
    });
  }
});
