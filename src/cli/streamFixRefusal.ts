import { isStreamPath } from "../files/streamPath.js";
import { escapeControls } from "../formatters/displayText.js";
import { UsageError } from "./usageError.js";

/**
 * --fix refuses a file named as a stream or a device, as it refuses --stdin: `oms-lint --fix
 * /dev/stdin < order.json` rewrote order.json, which /dev/stdin then leads to, unasked (split
 * audit), while `--stdin --fix` is a usage error. Each name given is checked as given, before
 * any file is found or read.
 */
export function refuseStreamFixes(patterns: readonly string[], cwd: string): void {
  const stream = patterns.find((pattern) => isStreamPath(pattern, cwd));
  if (stream === undefined) return;
  throw new UsageError(`--fix writes files; ${escapeControls(stream)} is a stream or a device: fix the file itself (oms-lint --fix order.json), or see the fixes as a diff with --fix-dry-run`);
}
