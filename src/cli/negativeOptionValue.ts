/** The options whose value may be a negative number: --max-warnings -1 (ESLint's default) or any negative is no limit. */
const negativeValueOptions: ReadonlySet<string> = new Set(["--max-warnings"]);

/**
 * The arguments with a negative number after such an option joined to it (`--max-warnings -1`
 * as `--max-warnings=-1`): Node's parseArgs takes a value that starts with a dash for an option
 * and refuses it, so ESLint's `--max-warnings -1` was a usage error, exit 2 (found by the audit
 * of the report formats). Nothing after `--` is an option.
 */
export function withNegativeValuesJoined(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return [...joined, ...argv.slice(i)];
    const next = argv[i + 1];
    if (negativeValueOptions.has(arg) && next !== undefined && /^-[0-9]+$/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}
