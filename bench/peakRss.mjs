// Preloaded with `node --import` into a measured process: on exit, append its peak resident
// set size (KiB; worker threads share the process, so they are included) to the file named
// by OMS_LINT_BENCH_RSS_FILE.
import { appendFileSync } from "node:fs";

const target = process.env.OMS_LINT_BENCH_RSS_FILE;
if (target) process.on("exit", () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
