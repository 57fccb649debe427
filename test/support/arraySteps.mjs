// Run in a child process by test/hostile/linearWork.test.ts: counts every step of every array
// iteration (spread, for…of, destructuring, Array.from) while the built CLI runs in process, and
// prints the count. A copy of a list for each entry added to it (`[...list, entry]`) is a square of
// steps: the count tells it deterministically, where a timing would depend on the machine.
// Replacing the array iterator turns off V8's fast path for spread in the whole process: hence a
// process of its own. Argument: the runs as JSON, [{ cwd, args }, …]; prints their counts, in order.
let steps = 0;
const values = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* counted() {
  for (const value of values.call(this)) {
    steps++;
    yield value;
  }
};
const runs = JSON.parse(process.argv[2]);
const { run } = await import(new URL("../../dist/src/cli/main.js", import.meta.url).href);
const counts = [];
for (const { cwd, args } of runs) {
  const io = { cwd, env: { NO_COLOR: "1" }, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), writeStdout: () => {}, writeStderr: () => {} };
  const before = steps;
  await run(args, io);
  counts.push(steps - before);
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
