import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first: every file that took 1 s or more in a whole
 * run on the 2-core machine (63 of 575 files, measured again on 2026-12-07: the list of 340
 * files' time left a dozen files of 2-3 s out, each started wherever size put it; the others
 * take well under a second each). Started first, each runs beside
 * the many short files instead of alone at the end of the run, so that the two workers end
 * together (with only the dozen longest here, files of 3-6 s started last, in vitest's order
 * by size). Vitest orders by the durations of the last run when it has them, but a fresh
 * clone or a CI runner has none, and then it orders by file size, which would start the
 * type-check last. A file missing here only loses its head start.
 */
const slowest = [
  "test/cli/process.test.ts",
  "test/glob/globMatcher.test.ts",
  "test/hostile/listBudgetConfigured.test.ts",
  "test/packedTarball.test.ts",
  "test/hostile/listGiveWay.test.ts",
  "test/eslint/oneCause.test.ts",
  "test/requests/fileAllowance.test.ts",
  "test/hostile/linearWork.test.ts",
  "test/typecheck.test.ts",
  "test/cli/ciReports.test.ts",
  "test/split/sharedDepth.test.ts",
  "test/glob/expressionBound.test.ts",
  "test/requests/variableLines.test.ts",
  "test/cli/shallowAdvice.test.ts",
  "test/split/splitOrder.property.test.ts",
  "test/lsp/inputEnd.test.ts",
  "test/cli/suppressions.test.ts",
  "test/domain/floatNoiseOverLines.test.ts",
  "test/service/ruleCrashLevel.test.ts",
  "test/eslint/parseVerdicts.test.ts",
  "test/eslint/languageLimits.test.ts",
  "test/cli/concurrency.test.ts",
  "test/hostile/size.test.ts",
  "test/split/manyPayments.test.ts",
  "test/cli/listedCounts.test.ts",
  "test/hostile/listLineOwnDiagnostics.test.ts",
  "test/hostile/listTail.test.ts",
  "test/hostile/listMixedLevels.test.ts",
  "test/glob/linearRegexWork.test.ts",
  "test/service/acceptedTypes.property.test.ts",
  "test/domain/floatNoiseCriterion.test.ts",
  "test/fix/fix.property.test.ts",
  "test/lsp/server.test.ts",
  "test/cli/changedSubmodules.test.ts",
  "test/lsp/editedText.property.test.ts",
  "test/eslint/notPayloads.test.ts",
  "test/formatters/ciFormats.test.ts",
  "test/cli/changedFilesRecipes.test.ts",
  "test/service/standardSchema.test.ts",
  "test/formatters/internalErrorReports.test.ts",
  "test/fuzz/validate.fuzz.test.ts",
  "test/files/interruptedRun.test.ts",
  "test/cli/changedFiles.test.ts",
  "test/service/secrets.property.test.ts",
  "test/hostile/sharedValues.test.ts",
  "test/fuzz/formatters.fuzz.test.ts",
  "test/fuzz/cli.fuzz.test.ts",
  "test/hostile/terminalProperty.test.ts",
  "test/lint/secretsInEveryFinding.property.test.ts",
  "test/delivery.test.ts",
  "test/cli/internalErrorExit.test.ts",
  "test/requests/bodyFileCommand.test.ts",
  "test/glob/captureCount.test.ts",
  "test/service/relativeUrl.test.ts",
  "test/files/atomicWrite.test.ts",
  "test/lsp/editorStructure.test.ts",
  "test/lsp/droppedChanges.test.ts",
  "test/domain/capVerdictOnDoubles.test.ts",
  "test/hostile/longLists.test.ts",
  "test/requests/quotedVariables.test.ts",
  "test/domain/floatNoiseSingleSpelling.test.ts",
  "test/glob/extglobSegments.test.ts",
  "test/glob/plainBraceSets.test.ts",
  "test/cli/codeCache.test.ts",
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
