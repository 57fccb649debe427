import { rules } from "../../rules/index.js";
import { createLinter } from "../lint/linter.js";

/**
 * The linter with the built-in rules (rules/index.ts): what the library entry exports and
 * the CLI runs. The one place that joins the engine to the rules it is handed.
 */
export const builtInLinter = createLinter({ rules });

export const { validate, lintText, fix, lintHttpFile, lintPostmanCollection } = builtInLinter;
