import { didYouMean, nearestName } from "../engine/nearestName.js";

/** A command line oms-lint cannot run: reported in one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * A value the command line does not list, in the library's words (unknownName:
 * `unknown format "stylsh" (did you mean "stylish"?); the formats are: …`), the value quoted as
 * written: stderr escapes its control characters as `\u009b` when it prints, as the README says.
 */
export function unknownValue(what: string, written: string, known: readonly string[]): UsageError {
  return new UsageError(`unknown ${what} "${written}"${didYouMean(written, known)}; the ${what}s are: ${known.join(", ")}`);
}

/**
 * The options no value of which begins with a dash: told to write `--changed-since=-XYZ`, the
 * user was then refused it as no git ref (audit, issue 18). `--changed-since --all` is a ref left out.
 */
const noDashValue: Readonly<Record<string, string>> = {
  "--changed-since": "--changed-since takes a git ref (a branch, tag or commit), and none begins with a dash: the ref is missing after --changed-since (give one, such as --changed-since origin/main)",
  "--shard": "--shard takes <i>/<n>, such as --shard 2/4, and never begins with a dash: the part is missing after --shard",
};

/**
 * Node's parseArgs error as one line: its words are clear ("Unknown option '--foo'",
 * "Option '--kind <value>' argument missing"), but an option given a value that starts with
 * a dash gets three lines; that one is said here in one.
 */
export function argumentProblem(error: unknown, options: readonly string[] = []): string {
  const message = String((error as Error)?.message ?? error);
  // Node quotes the option as written, up to any "=value": the name is all between the quotes.
  const unknown = /^Unknown option '--(.+?)'(?:\. To specify|$)/s.exec(message)?.[1];
  if (unknown !== undefined) return `Unknown option '--${unknown}'${unknownOptionHint(unknown, options)}`;
  const ambiguous = /^Option '(-[^']*)' argument is ambiguous/.exec(message);
  // Node's own hint names both spellings where there are two ("--output-file=-XYZ" or "-o-XYZ").
  const spelling = /use (.+)\.\s*$/.exec(message)?.[1]?.replace(/'/g, "");
  if (ambiguous) return noDashValue[ambiguous[1]!] ?? `${ambiguous[1]} takes a value: one that starts with a dash is written ${spelling ?? `${ambiguous[1]}=-XYZ`} (for the value -XYZ)`;
  return message.split(/\.?\s*\n|\. To specify/)[0] as string;
}

/** oms-lint's commands: `--lsp` is most likely the `lsp` command. */
const commands = ["lsp", "split", "init"];

/** What a misspelt long option most likely meant: a command written as an option, or the nearest option (ESLint and Biome say as much). */
function unknownOptionHint(name: string, options: readonly string[]): string {
  if (commands.includes(name)) return ` (did you mean the command: oms-lint ${name}?)`;
  const near = nearestName(name, options);
  return near === undefined ? "" : ` (did you mean --${near}?)`;
}
