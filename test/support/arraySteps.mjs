// Imported by test/support/countedWork.mjs, the child process test/hostile/linearWork.test.ts runs:
// counts every step of every array iteration (spread, for…of, destructuring, Array.from) while the
// built CLI runs in process. A copy of a list for each entry added to it (`[...list, entry]`) is a
// square of steps: the count tells it deterministically, where a timing would depend on the machine.
// Replacing the array iterator turns off V8's fast path for spread in the whole process: hence a
// process of its own.

let steps = 0;
const values = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* counted() {
  for (const value of values.call(this)) {
    steps++;
    yield value;
  }
};
export const arraySteps = () => steps;
