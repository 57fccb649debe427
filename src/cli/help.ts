import { formatNames } from "../formatters/index.js";
import { kinds } from "../kinds/kinds.js";
import { maxReadableSize } from "../source/fileSize.js";
import { maxShardCount } from "./shard.js";

export function helpText(): string {
  const kindLines = kinds.map((k) => `  ${k.kind.padEnd(27)}${k.description}`).join("\n");
  return `oms-lint [options] [<file|dir|glob>...]                              (none: the working folder)
oms-lint [options] --stdin [--stdin-filename <path>]
oms-lint split [--out-dir <dir>] [--id-template "{id}-{n}"] <file>   (see oms-lint split --help)
oms-lint lsp --stdio                                                 (the language server for editors)
oms-lint init --vscode                                               (json.schemas for the config's files)

Validates and lints JSON payloads for the Kibo OMS v2 REST API. A folder means every
**/*.json, .http and .rest file in it; .gitignore, node_modules, .git, hidden files,
package.json, lockfiles, tsconfig.json, tsconfig.*.json, tsconfig-*.json (jsconfig
alike), other tools' configs (the
README lists them) and oms-lint's own files are skipped.

Payloads:
  --kind <kind>              Check every file as this kind (otherwise the config's "files",
                             then the content tells)
  --existing <file>          The record a custom data PUT replaces (its name must stay)
  --stdin                    Lint the text piped in
  --stdin-filename <path>    The path the piped text stands for (kinds by "files", output)

Configuration:
  -c, --config <file>        Use this config instead of the nearest oms-lint.config.json
  --no-config                Use no config file
  --rule <id:level>          Set a rule: unknown-property:off, or 'id:["error", {...}]'
  --ignore-pattern <glob>    Skip files and folders matching the glob, read as the
                             config's ignores, from the working folder (repeatable;
                             !<glob> un-ignores what an earlier one or the config skipped)
  --no-ignore                Lint files .gitignore, --ignore-pattern and the config's
                             ignores would skip
  --force-exclude            Skip a file named outright that those ignores would skip in a
                             folder (a note each; otherwise it is linted): for pre-commit
                             and git diff | xargs, which name every changed file; and the
                             piped text, when --stdin-filename names such a file
  --no-error-on-unmatched-pattern
                             A file or glob that matches nothing is a note, not an error
  --changed-since <ref>      Lint only the files changed since this branch left the git ref
                             (its merge base), uncommitted and new ones included; every
                             file when the config or the suppressions file changed
  --shard <i>/<n>            Lint the i-th of n parts of the files (by a hash of each path;
                             n at most ${maxShardCount}); not with --max-warnings n > 0, which no
                             shard can count alone (--max-warnings 0 is kept exactly by each),
                             nor with --stdin (one text, which every shard would lint)
  --cache                    Reuse the results of files whose content, rules and settings
                             are unchanged since the last --cache run
  --cache-location <path>    The cache file, or a folder to hold it (default .oms-lint-cache)
  --unknown-kind <level>     A file found in a folder whose kind cannot be told: warn
                             (default), error or off. A file named outright is an error
                             unless this is given (pre-commit names every staged file)
  --max-depth <n>            Nesting allowed before a file is refused (default 1000)
  --max-entries <n>          Elements of one array (members of one object) allowed before
                             a file is refused (default 100000)
  --max-values <n>           Values in one file allowed before it is refused (default
                             5000000)
  --max-file-size <size>     The largest file read, in bytes or as 64MB, 512KB (default
                             64MB; at most ${maxReadableSize} bytes, the longest text
                             Node.js holds). In the config:
                             "limits": { "maxFileSize": "64MB",
                             "maxDepth": 1000, "maxEntries": 100000, "maxValues": 5000000 }
  --concurrency <n|auto|off> Lint on this many threads (default auto: half the cores, and
                             two from 25,000 files on 2 cores or more, when there are
                             enough files; off: one). The output is the same either way

Fixing:
  --fix                      Write the fixes that do what the documents advise into the
                             files (read-only shipping fields, read-only IDs, maxAmount -1
                             where null is documented, a payload's byte order mark); report the rest.
                             Not of a stream or device (/dev/stdin, /proc/self/fd/0): exit 2
  --fix-dry-run              Print those fixes as a unified diff on stdout instead (the
                             problems they leave go to stderr, or to --output-file)

Negative fixtures (bulk suppressions, as ESLint's):
  --suppress-all             Record every file's errors in the suppressions file
  --suppress-rule <id>       Record this rule's errors (repeatable)
  --suppressions-location <file>
                             The suppressions file (default oms-lint-suppressions.json)
  --prune-suppressions       Drop recorded errors that no longer occur, and the keys of
                             files gone from where the run looked or left out there by an
                             ignore (only where the key's
                             folder is there; run from the folder the keys are relative to:
                             with no linted file among the keys, a key whose folder is not
                             there, or none naming a file or folder there, is refused)
  --pass-on-unpruned-suppressions
                             Recorded errors that no longer occur, and recorded files
                             gone or ignored where the run looked, do not fail the run

Output:
  -f, --format <name>[:file] ${formatNames.join(", ")} (default stylish).
                             Repeatable: -f stylish -f sarif:oms-lint.sarif writes both;
                             a format without a file goes to standard output (or -o)
  -o, --output-file <file>   Write the report to a file instead of standard output
  --quiet                    Report errors only (with --fix, --fix-dry-run: fix errors only);
                             --max-warnings still counts the warnings it hides
  --max-warnings <n>         Exit 1 when there are more than n warnings, as listed: a rule lists
                             1,000 problems a payload, and its note that more are not listed
                             counts as one (fix those listed and run again to see the rest);
                             a negative number (-1, ESLint's default) sets no limit
  --color, --no-color        Force colour on or off (stylish; NO_COLOR is honoured)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many
warnings, 2 a usage, configuration or internal error.

Kinds:
${kindLines}
`;
}
