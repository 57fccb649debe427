import { describe, expect, it } from "vitest";
import { PendingLints } from "../../src/lsp/pendingLints.js";

/** Lets the timers of lints due now fire. */
const timersFired = () => new Promise((resolve) => setTimeout(resolve, 0));

/** PendingLints whose lints run until `release` ends the one under way, and the documents they started, in order. */
function heldLints() {
  const started: string[] = [];
  let ends: () => void = () => {};
  const pending = new PendingLints((uri) => {
    started.push(uri);
    return new Promise<void>((resolve) => (ends = resolve));
  });
  return { started, pending, release: () => ends() };
}

// Found by the audit at 0ad97054: a lint due while another of the same document ran was started beside it, so a
// burst of relints ran side by side without bound. At most one runs and one waits for each document.
describe("PendingLints: one lint of a document at a time", () => {
  it("lints due while one of the document runs are one more lint, after it", async () => {
    const { started, pending, release } = heldLints();
    pending.schedule("a", 0);
    await timersFired();
    expect(started).toEqual(["a"]);
    for (let i = 0; i < 5; i++) {
      pending.schedule("a", 0);
      await timersFired();
    }
    expect(started).toEqual(["a"]);
    release();
    await timersFired();
    expect(started).toEqual(["a", "a"]);
    release();
    await pending.finish();
    expect(started).toEqual(["a", "a"]);
  });

  it("a document closed while its lint runs is not linted again", async () => {
    const { started, pending, release } = heldLints();
    pending.schedule("a", 0);
    await timersFired();
    pending.schedule("a", 0);
    await timersFired();
    pending.cancel("a");
    release();
    await pending.finish();
    expect(started).toEqual(["a"]);
  });
});
