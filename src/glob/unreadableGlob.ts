import { isStackOverflow } from "../engine/stackOverflow.js";

/**
 * A glob oms-lint will not match: its expression past the size bound (globMatcher), or one the
 * regular-expression engine refuses. The CLI reports it in one line, naming the glob, and exits
 * 2, as for any other config or usage problem; never as an internal error.
 */
export class UnreadableGlob extends Error {
  constructor(
    readonly glob: string,
    readonly reason: string,
    /** Where the glob came from (`--ignore-pattern`; a config's position and key), when the reader knows it. */
    readonly origin?: string,
  ) {
    super(`${origin === undefined ? "" : `${origin}: `}the glob "${shownGlob(glob)}" cannot be matched: ${reason}`);
    this.name = "UnreadableGlob";
  }

  /** The same glob and reason, said to come from `origin`. */
  from(origin: string): UnreadableGlob {
    return new UnreadableGlob(this.glob, this.reason, origin);
  }
}

/**
 * What picomatch or the regular-expression engine refuses (thrown by `refused`, caught by
 * globMatcher's `compiled`, which names the glob). Any other error from globMatcher's code is
 * oms-lint's own, and stays an internal error.
 */
export class GlobRefusal extends Error {}

/**
 * What linearRegex's parser (linearRegex, unboundedRepeats) cannot read in the expression
 * picomatch wrote from a user's glob: the glob's refusal, as picomatch's own errors are.
 * picomatch read `x[\\[:alpha:]]` as a class and wrote `[\\a-zA-Z]`, and a .gitignore line so written
 * stopped every run as an internal error (audit of 4804d64a). V8's SyntaxError on an expression
 * it finds broken stays an internal error (refused).
 */
export class UnparsedExpression extends SyntaxError {}

/**
 * Runs a call to picomatch (any error of its: it reads the user's glob) or to the
 * regular-expression engine (only its refusals of size: "Regular expression too large", a stack
 * overflow compiling it); that error becomes a GlobRefusal that says why in a line. Any other
 * error of the engine's is a broken expression of oms-lint's own writing, and stays an internal
 * error (the re-read of the fortieth stop: every error was the user's "glob that cannot be matched").
 */
export function refused<T>(call: () => T, by: "picomatch" | "engine"): T {
  try {
    return call();
  } catch (error) {
    if (by === "engine" && !isEngineRefusal(error)) throw error;
    throw new GlobRefusal(refusalReason(error));
  }
}

/**
 * V8's refusals of an expression's size: too large, past 65,535 capturing groups (89f22422 left
 * "Too many captures" an internal error, with the whole expression in its 241 KB message), or too
 * deep to compile (a SyntaxError ending "Stack overflow", or a RangeError).
 */
function isEngineRefusal(error: unknown): boolean {
  return isStackOverflow(error) || (error instanceof SyntaxError && /Regular expression too large|: Too many captures$|: Stack overflow$/.test(error.message));
}

/** Why a glob nested past a reader's bound, or its stack, is refused. */
export const nestedTooDeeply = "its groups are nested too deeply";

/**
 * An error's message in one short line; a stack overflow (a glob nested thousands deep) said as
 * such. V8's message is `Invalid regular expression: /<the whole expression>/: <why>`: its first
 * 200 characters were the expression's start, the reason ("Regular expression too large") lost;
 * the reason is kept, the expression dropped.
 */
export function refusalReason(error: unknown): string {
  if (isStackOverflow(error)) return nestedTooDeeply;
  const message = String((error as Error)?.message ?? error);
  const reason = error instanceof SyntaxError && message.startsWith("Invalid regular expression: /") && message.includes("/: ") ? message.slice(message.lastIndexOf("/: ") + 3) : message;
  return reason.length > 200 ? `${reason.slice(0, 200)}…` : reason;
}


/** Past this many characters, a glob is quoted by its start and its length. */
const shownLength = 120;

const shownGlob = (glob: string): string => (glob.length <= shownLength ? glob : `${glob.slice(0, shownLength)}… (${glob.length} characters)`);
