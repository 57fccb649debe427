// Imported by test/support/countedWork.mjs, the child process test/hostile/linearWork.test.ts runs:
// counts the elements Array's searches (indexOf, lastIndexOf, includes) read while the built CLI
// runs in process.
// A search of all the values before each value (`values.indexOf(value) === index` in a filter) is a
// square of elements, which no array step shows (a search is no iteration): the count tells it
// deterministically, where a timing would depend on the machine. A search reads from where it starts
// to its match, or to the end when it finds none. The builtins are replaced for the whole process:
// hence a process of its own. The replacement hands its arguments on as they came (Reflect.apply),
// not spread: a spread is an array iteration, which arraySteps.mjs counts in the same process.

const { indexOf, lastIndexOf } = Array.prototype;
/** Where a search handed `at` starts, as the builtins read it (a negative one counts from the end). */
function startOf(length, at, fallback) {
  if (at === undefined) return fallback;
  const whole = Math.trunc(Number(at)) || 0;
  return whole < 0 ? Math.max(length + whole, -1) : Math.min(whole, length);
}
/** What a search forward reads: to its match, or to the end. */
function readForward(list, sought, at) {
  const from = Math.max(startOf(list.length, at, 0), 0);
  const found = indexOf.call(list, sought, from);
  return (found < 0 ? list.length : found + 1) - from;
}
/** What a search backward reads: down to its match, or to the start. */
function readBackward(list, sought, at) {
  const from = Math.min(startOf(list.length, at, list.length - 1), list.length - 1);
  if (from < 0) return 0;
  return from + 1 - Math.max(lastIndexOf.call(list, sought, from), 0);
}

let elements = 0;
for (const [name, read] of [["includes", readForward], ["indexOf", readForward], ["lastIndexOf", readBackward]]) {
  const search = Array.prototype[name];
  Array.prototype[name] = function counted(sought) {
    elements += read(this, sought, arguments[1]);
    return Reflect.apply(search, this, arguments);
  };
}
export const arraySearches = () => elements;
