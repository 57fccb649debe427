import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first: every file that took 1 s or more in a whole
 * run on the 2-core machine (52 of 340 files, measured again once the language server's tests
 * ran in process; the others take well under a second each). Started first, each runs beside
 * the many short files instead of alone at the end of the run, so that the two workers end
 * together (with only the dozen longest here, files of 3-6 s started last, in vitest's order
 * by size). Vitest orders by the durations of the last run when it has them, but a fresh
 * clone or a CI runner has none, and then it orders by file size, which would start the
 * type-check last. A file missing here only loses its head start.
 */
const slowest = [
  "test/cli/process.test.ts",
  "test/packedTarball.test.ts",
  "test/cli/concurrency.test.ts",
  "test/typecheck.test.ts",
  "test/eslint/languageLimits.test.ts",
  "test/hostile/nestedValues.test.ts",
  "test/lsp/inputEnd.test.ts",
  "test/hostile/longLists.test.ts",
  "test/cli/walkFolder.test.ts",
  "test/hostile/listBudgetConfigured.test.ts",
  "test/files/atomicWrite.test.ts",
  "test/lsp/editedText.property.test.ts",
  "test/files/reportHead.test.ts",
  "test/lsp/editorStructure.test.ts",
  "test/editor/initVscodeLayout.test.ts",
  "test/hostile/size.test.ts",
  "test/eslint/nestingDepth.test.ts",
  "test/glob/globMatcher.test.ts",
  "test/eslint/parseVerdicts.test.ts",
  "test/lsp/documentUpdate.property.test.ts",
  "test/eslint/notPayloads.test.ts",
  "test/cli/changedFilesRecipes.test.ts",
  "test/hostile/sharedValues.test.ts",
  "test/cli/ciReports.test.ts",
  "test/hostile/nesting.test.ts",
  "test/service/acceptedTypes.property.test.ts",
  "test/fuzz/validate.fuzz.test.ts",
  "test/fix/fix.property.test.ts",
  "test/lint/secretsInEveryFinding.property.test.ts",
  "test/files/ownReport.test.ts",
  "test/eslint/limitBoundaries.test.ts",
  "test/files/interruptedRun.test.ts",
  "test/service/guardTypeErrors.test.ts",
  "test/glob/backslashEscapes.test.ts",
  "test/fix/fixScale.test.ts",
  "test/lsp/nestingDepth.test.ts",
  "test/fuzz/formatters.fuzz.test.ts",
  "test/rules/unsafe-integer.test.ts",
  "test/lsp/server.test.ts",
  "test/requests/fileAllowance.test.ts",
  "test/cli/ownReports.test.ts",
  "test/cli/codeCache.test.ts",
  "test/lsp/messageStructure.test.ts",
  "test/hostile/listGiveWay.test.ts",
  "test/requests/bounded.test.ts",
  "test/hostile/listTail.test.ts",
  "test/cli/changedFiles.test.ts",
  "test/fuzz/parseSource.fuzz.test.ts",
  "test/service/standardSchema.test.ts",
  "test/service/secrets.property.test.ts",
  "test/lsp/exitAtOnce.test.ts",
];

/**
 * The files that set names on Object.prototype or Array.prototype (and delete them after), run
 * after every other: a worker runs its files in one process (vitest.config.ts: isolate false),
 * and V8 does not undo what a polluted prototype cost. One index-like name ("1") set on
 * Object.prototype and deleted made lintText() of the documents' example 75% slower for the rest
 * of the process (20 → 36 µs: V8's fast paths for arrays are off once a prototype held an
 * element); 200 other names, ~10%. Run early, the property drawing them slowed every later file
 * of its worker: the suite went from 98 to 103 s on a fresh clone.
 */
const pollutingLast = [
  "test/hostile/pollutedPrototype.test.ts",
  "test/eslint/pollutedPrototype.test.ts",
  "test/service/pollutedOptions.test.ts",
  "test/service/pollutedPrototype.test.ts",
  "test/service/unsentProperties.test.ts",
  "test/lint/sentValueReview.test.ts",
];

/** Vitest's own order (failed first, then by duration or size), with the slowest files moved to the front and those that pollute a prototype to the end. */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification) => {
      const file = relative(root, spec.moduleId).split("\\").join("/");
      if (pollutingLast.includes(file)) return slowest.length + 1 + pollutingLast.indexOf(file);
      const index = slowest.indexOf(file);
      return index < 0 ? slowest.length : index;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
