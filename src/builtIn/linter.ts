import { rules } from "../../rules/index.js";
import { createLinter, createToolLinter } from "../lint/linter.js";

/**
 * The linter with the built-in rules (rules/index.ts): what the library entry exports and
 * the CLI runs. The one place that joins the engine to the rules it is handed.
 */
export const builtInLinter = createLinter({ rules });

export const { validate, lintText, fix, lintHttpFile, lintPostmanCollection } = builtInLinter;

/** The built-in rules for oms-lint's own command line and language server (see ToolLinter). */
export const toolLinter = createToolLinter(builtInLinter.ruleSet);
