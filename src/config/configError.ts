/**
 * A config file that cannot be used: the CLI reports it and exits 2, one line a problem. The
 * problems are kept apart, not only joined in the message: a line break inside one (a file name
 * that holds one) is no second problem, and the CLI writes it escaped within its line.
 */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(...problems: [string, ...string[]]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }
}
