/**
 * The arguments with each `-X=value` of a short option that takes a value spelt as its long
 * option's `--name=value`: Node's parseArgs reads `-o=x.txt` as -o with the value "=x.txt" (a
 * file named `=x.txt` was written; `-f=json` was an unknown format "=json"), where ESLint's
 * optionator takes the text after = as the value, as a long option's (audit, issue 18). An
 * empty value (`-o=`) goes as `--output-file=`, refused as an empty name. Nothing after `--`
 * is an option.
 */
export function withShortAssignsSpeltLong(argv: readonly string[], longNameOf: (short: string) => string | undefined): string[] {
  const spelt: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return [...spelt, ...argv.slice(i)];
    const match = /^-([a-zA-Z])=/.exec(arg);
    const long = match === null ? undefined : longNameOf(match[1]!);
    spelt.push(long === undefined ? arg : `--${long}=${arg.slice(3)}`);
  }
  return spelt;
}

/** An option table as parseArgs takes it: each long name's type, and its short letter if any. */
type OptionSpec = Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>;

/** The long name of the option in `spec` that `short` spells and that takes a value (withShortAssignsSpeltLong's `longNameOf`). */
export function shortValueOptionIn(spec: OptionSpec): (short: string) => string | undefined {
  return (short) => Object.entries(spec).find(([, option]) => option.short === short && option.type === "string")?.[0];
}

/** The arguments of a command whose options are `spec`, each short `-X=value` read as ESLint reads it (withShortAssignsSpeltLong). */
export function withShortAssignsOf(argv: readonly string[], spec: OptionSpec): string[] {
  return withShortAssignsSpeltLong(argv, shortValueOptionIn(spec));
}
