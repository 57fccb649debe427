import { writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { cliBench, manyFilesBench, startupBench } from "./cli.js";
import { coldStartBench } from "./coldStart.js";
import { libraryBench } from "./library.js";
import { allRulesPart, perRuleBench } from "./perRule.js";

/**
 * `npm run bench [-- --write] [--files N] [--rounds N] [--many-files N]`: every figure is a median over
 * interleaved runs, and every ratio is against a floor measured in the same run.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const fileCount = option("--files", 10_000);
const rounds = option("--rounds", 5);
const manyFiles = option("--many-files", 100_000);

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};

say(`# oms-lint benchmark`);
say();
say(`Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}. Medians over interleaved runs.`);
say();
say("## Library: validate() (schema and every rule) against JSON.parse of the same text");
say();
say("| payload | bytes | JSON.parse µs | validate µs | ratio | validate µs per item |");
say("|---|---:|---:|---:|---:|---:|");
const library = libraryBench();
for (const row of library) {
  say(`| ${row.payload} | ${row.bytes} | ${fixed(row.parseMicros)} | ${fixed(row.validateMicros)} | ${fixed(row.ratio)}× | ${row.perItemMicros === undefined ? "" : fixed(row.perItemMicros, 3)} |`);
}
const perItem = (items: number) => library.find((r) => r.payload === `Create Order, ${items} items`)?.perItemMicros ?? NaN;
const growth = perItem(1000) / perItem(10);
const exampleRatio = library[0]!.ratio;
say();
say(`- documents' example: ${fixed(exampleRatio)}× JSON.parse (target ≤ 0.5×): ${exampleRatio <= 0.5 ? "met" : "missed"}`);
say(`- per-item cost at 1,000 items / at 10 items: ${fixed(growth)} (target ≤ 1.5): ${growth <= 1.5 ? "met" : "missed"}`);
say();
say(`What the documents' example costs, part by part (µs a call): the schema, "${allRulesPart}" (the engine and every rule), then each rule alone in the engine:`);
say();
say("| part | µs | × JSON.parse |");
say("|---|---:|---:|");
const parts = perRuleBench();
for (const { part, micros } of parts) say(`| ${part} | ${fixed(micros, 3)} | ${fixed(micros / library[0]!.parseMicros, 3)}× |`);

say();
say(`## CLI over ${fileCount} mixed-kind files (${rounds} interleaved rounds)`);
say();
const cli = cliBench(fileCount, rounds);
const floor = cli.runs["read + JSON.parse floor"]!;
say("| task | seconds | × floor | peak RSS MiB |");
say("|---|---:|---:|---:|");
for (const [name, run] of Object.entries(cli.runs)) {
  say(`| ${name} | ${fixed(run.seconds)} | ${fixed(run.seconds / floor.seconds)}× | ${fixed(run.peakMiB, 0)} |`);
}
const lint = cli.runs["oms-lint --format json"]!;
say();
say(`- oms-lint: ${fixed(lint.seconds / floor.seconds)}× the floor (target ≤ 1.5×): ${lint.seconds / floor.seconds <= 1.5 ? "met" : "missed"}`);
say(`- peak RSS ${fixed(lint.peakMiB, 0)} MiB (target < 200 MiB): ${lint.peakMiB < 200 ? "met" : "missed"}`);
const twoThreads = cli.runs["oms-lint --format json --concurrency 2"]!;
say(`- two threads (--concurrency 2): ${fixed(twoThreads.seconds / floor.seconds)}× the floor, ${fixed(twoThreads.seconds / lint.seconds)}× the default (auto: ${Math.max(1, availableParallelism() >> 1)} thread(s) here)`);
if (!cli.runs["ajv-cli (schema only)"]) say("- ajv-cli is not installed (npm ci installs it as a dev dependency)");

say();
say(`## Memory over ${manyFiles} small files (custom data notes; 2 interleaved rounds)`);
say();
const many = manyFilesBench(manyFiles, 2);
const manyFloor = many["read + JSON.parse floor"]!;
const manyLint = many["oms-lint --format json"]!;
say("| task | seconds | × floor | peak RSS MiB |");
say("|---|---:|---:|---:|");
for (const [name, run] of Object.entries(many)) say(`| ${name} | ${fixed(run.seconds)} | ${fixed(run.seconds / manyFloor.seconds)}× | ${fixed(run.peakMiB, 0)} |`);
say();
say(`- peak RSS over ${manyFiles} files: ${fixed(manyLint.peakMiB, 0)} MiB (target < 200 MiB whatever the number of files): ${manyLint.peakMiB < 200 ? "met" : "missed"}`);

say();
say("## Start-up: linting one small file against `node -e 0`");
say();
const startup = startupBench(Math.max(rounds * 3, 10));
const bare = startup["node -e 0"]!;
const one = startup["oms-lint one small file"]!;
say("| task | ms | × node -e 0 |");
say("|---|---:|---:|");
for (const [name, run] of Object.entries(startup)) say(`| ${name} | ${fixed(run.seconds * 1000, 1)} | ${fixed(run.seconds / bare.seconds)}× |`);
say();
say(`- start-up: ${fixed(one.seconds / bare.seconds)}× (target ≤ 3×): ${one.seconds / bare.seconds <= 3 ? "met" : "missed"}`);

say();
say("## Cold start: a serverless checkout function");
say();
const coldPairs = Math.max(rounds * 4, 20);
const cold = coldStartBench(coldPairs);
say(`\`import { validate } from "oms-lint"\` + one validate() of the documents' Create Order + exit, against \`node -e 0\` (${coldPairs} interleaved pairs; bench/coldStart.mjs).`);
say();
say("| task | ms | × node -e 0 |");
say("|---|---:|---:|");
say(`| node -e 0 | ${fixed(cold.bareSeconds * 1000, 1)} | 1.00× |`);
say(`| import + validate + exit | ${fixed(cold.coldSeconds * 1000, 1)} | ${fixed(cold.ratio)}× |`);
say();
say(`- cold start: ${fixed(cold.ratio)}× node -e 0 (median of the pairs' ratios; target ≤ 1.5×): ${cold.ratio <= 1.5 ? "met" : "missed"}`);

if (args.includes("--write")) {
  const notes = new URL("./NOTES.md", import.meta.url);
  let history = "";
  try {
    history = "\n" + (await import("node:fs")).readFileSync(notes, "utf8");
  } catch {
    // no notes yet
  }
  writeFileSync(new URL("./RESULTS.md", import.meta.url), lines.join("\n") + "\n" + history);
  console.log("\nwrote bench/RESULTS.md");
}
