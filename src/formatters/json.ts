import { terminalSafeJson } from "./displayText.js";
import type { Formatter } from "./formatter.js";

/** SPEC §4: a JSON array, one entry a file, exactly the result type (other tools read it). */
export const json: Formatter = (results) => `${terminalSafeJson(JSON.stringify(results))}\n`;
