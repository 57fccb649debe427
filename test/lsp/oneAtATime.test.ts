import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oneAtATime } from "../../src/lsp/oneAtATime.js";
import { fuzzParameters } from "../fuzz/arbitraries.js";

/** Lets every settled promise's callbacks run (the runs below settle only when the test says). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The server pulls the client's settings through oneAtATime: whatever the order of calls and of
 * the client's answers, one request at a time, and every caller waits for a run that started
 * after it called (so it sees settings at least as new as its own notification).
 */
describe("oneAtATime", () => {
  it("runs once at a time, and each call is settled by a run that started after it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom("call", "answer"), { maxLength: 40 }), async (steps) => {
        const started: number[] = [];
        const finishers: (() => void)[] = [];
        let active = 0;
        let maxActive = 0;
        let clock = 0;
        const pull = oneAtATime(async () => {
          active++;
          maxActive = Math.max(maxActive, active);
          started.push(++clock);
          await new Promise<void>((resolve) => finishers.push(resolve));
          active--;
        });
        const calls: { at: number; settledAfterStartOf?: number }[] = [];
        const track = () => {
          const call: { at: number; settledAfterStartOf?: number } = { at: ++clock };
          calls.push(call);
          void pull().then(() => (call.settledAfterStartOf = started.at(-1)));
        };
        for (const step of steps) {
          if (step === "call") track();
          else finishers.shift()?.();
          await flush();
        }
        // The client answers everything still asked.
        while (finishers.length > 0) {
          finishers.shift()?.();
          await flush();
        }
        expect(maxActive).toBeLessThanOrEqual(1);
        for (const call of calls) expect(call.settledAfterStartOf).toBeGreaterThan(call.at);
        // Never more runs than calls, and at most one waiting behind the one under way.
        expect(started.length).toBeLessThanOrEqual(calls.length);
      }),
      fuzzParameters,
    );
  });

  it("asks once more, not once per call, for calls that come while it runs", async () => {
    let runs = 0;
    let finish = () => {};
    const pull = oneAtATime(async () => {
      runs++;
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = pull();
    const waiting = Array.from({ length: 50 }, () => pull());
    expect(runs).toBe(1);
    finish();
    await flush();
    expect(runs).toBe(2);
    finish();
    await Promise.all([first, ...waiting]);
    expect(runs).toBe(2);
  });
});
