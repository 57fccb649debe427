import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first (measured on the 2-core machine, from a fresh
 * clone: each takes 2–30 s, most files well under one). Started first, each runs beside the
 * many short files instead of alone at the end of the run. Vitest orders by the durations of
 * the last run when it has them, but a fresh clone or a CI runner has none, and then it
 * orders by file size, which would start the type-check last. A file missing here only loses
 * its head start.
 */
const slowest = [
  "test/typecheck.test.ts",
  "test/hostile/nesting.test.ts",
  "test/cli/process.test.ts",
  "test/hostile/nestedValues.test.ts",
  "test/packedTarball.test.ts",
  "test/files/atomicWrite.test.ts",
  "test/fuzz/formatters.fuzz.test.ts",
  "test/cli/walkFolder.test.ts",
  "test/fuzz/validate.fuzz.test.ts",
  "test/fix/fix.property.test.ts",
  "test/cli/concurrency.test.ts",
  "test/cli/ciReports.test.ts",
  "test/fix/fixScale.test.ts",
  "test/hostile/size.test.ts",
];

/** Vitest's own order (failed first, then by duration or size), with the slowest files moved to the front. */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification) => {
      const index = slowest.indexOf(relative(root, spec.moduleId).split("\\").join("/"));
      return index < 0 ? slowest.length : index;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
