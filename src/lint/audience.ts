import { commandLineLimitHints, editorLimitHints, type LimitHints } from "../source/limitMessages.js";

/**
 * Who reads a verdict, and so how it says to change what it names: a library caller passes
 * options, the command line's user flags, an editor's user edits oms-lint.config.json. One
 * payload gets the same findings everywhere; only these closing words differ.
 */
export interface Audience {
  /** Where a verdict past a structural limit says the limit is raised; undefined: the options' names. */
  readonly limitHints?: LimitHints;
  /**
   * The same for a verdict inside a request's body, where it differs: under ESLint a body is held
   * to the file's depth for another reason than the file is (src/eslint/languageLimits.ts).
   */
  readonly bodyLimitHints?: LimitHints;
  /** How to name a payload's kind, when its content does not tell. */
  readonly nameTheKind: string;
  /** Said of a file taken for a Postman collection that holds none: how it is read as a payload instead. */
  readonly notACollection: string;
}

const mapTheFile = 'map the file to a kind under "files" in oms-lint.config.json';

/** lintText, fix, lintHttpFile, lintPostmanCollection and the service helpers: the default. */
export const libraryAudience: Audience = {
  nameTheKind: "pass its kind as the kind option",
  notACollection: "if it is a payload, lint it with lintText (and its kind option)",
};

/** The oms-lint command. */
export const commandLineAudience: Audience = {
  limitHints: commandLineLimitHints,
  nameTheKind: `name its kind with --kind <kind>, or ${mapTheFile}`,
  notACollection: `if it is a payload, name its kind with --kind <kind> or ${mapTheFile}`,
};

/** The oms-lint command reading piped text with no --stdin-filename: there is no file for the config to map. */
export const pipedAudience: Audience = {
  limitHints: commandLineLimitHints,
  nameTheKind: `name its kind with --kind <kind>, or name the file it stands for with --stdin-filename (for the config's "files" to map)`,
  notACollection: "if it is a payload, name its kind with --kind <kind>",
};

/** The language server: an editor's user has no command line, only the config. */
export const editorAudience: Audience = {
  limitHints: editorLimitHints,
  nameTheKind: mapTheFile,
  notACollection: `if it is a payload, ${mapTheFile}`,
};

/** Who reads the verdicts of a request's body: the file's reader, with the body's own closing words for a limit where it has them. */
export function bodyAudience(audience: Audience | undefined): Audience | undefined {
  return audience?.bodyLimitHints === undefined ? audience : { ...audience, limitHints: audience.bodyLimitHints };
}
