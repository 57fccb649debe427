// Preloaded with `node --import` into a CLI run under test: on exit, writes the process's
// peak resident set size (KiB, worker threads included) to the file OMS_LINT_PEAK_RSS_FILE names.
import { writeFileSync } from "node:fs";

const target = process.env.OMS_LINT_PEAK_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, `${process.resourceUsage().maxRSS}\n`));
