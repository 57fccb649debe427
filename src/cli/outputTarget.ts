import { readFileSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { isNullDevice } from "../files/atomicWrite.js";
import { detectKind } from "../kinds/kindDetection.js";
import { looksLikePostmanCollection } from "../requests/lintRequests.js";
import { UsageError } from "./usageError.js";

/** A report is never this large a payload check: past it, an existing -o file is not opened to see what it holds. */
const inspectedSize = 16 * 1024 * 1024;

/**
 * Refuses an --output-file the report must not replace (exit 2, before anything is written):
 * a device, pipe or socket (a pipe would wait for ever; the null device is fine); a file the
 * run lints or its config; an existing file that holds a payload or a request file, which is
 * what `oms-lint -o *.json` does when the shell hands the first payload to -o.
 */
export function checkOutputFile(outputFile: string, cwd: string, inputs: readonly string[]): void {
  const target = resolve(cwd, outputFile);
  if (isNullDevice(target)) return;
  const stat = statOrUndefined(target);
  if (stat === undefined) return;
  const refuse = (why: string, tail = "the report would replace it (name another file)") => {
    throw new UsageError(`--output-file ${outputFile} ${why}: ${tail}`);
  };
  if (stat.isDirectory()) refuse("is a folder (EISDIR)", "name a file for the report");
  if (!stat.isFile()) refuse("is not a regular file (a device, pipe or socket)", "name a file for the report (a pipe would wait for a reader)");
  const real = realOrSelf(target);
  if (inputs.some((input) => realOrSelf(input) === real)) refuse("is one of the files this run reads");
  if (/\.(http|rest)$/i.test(target)) refuse("is a request file");
  if (stat.size > inspectedSize) return;
  const held = payloadHeld(target);
  if (held !== undefined) refuse(`holds ${held}, not a report (did the shell expand \`-o *.json\`?)`);
}

/** What kind of payload a file holds ("a createOrder payload"), or undefined for a report, other text or no JSON. */
function payloadHeld(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  if (looksLikePostmanCollection(text)) return "a Postman collection";
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  const kind = detectKind(value);
  return kind === undefined ? undefined : `a ${kind} payload`;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
