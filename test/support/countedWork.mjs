// Run in a child process by test/hostile/linearWork.test.ts: each counter below replaces a builtin
// for the whole process to count its work (hence a process of its own), then this imports the built
// CLI (after the counters, so that the CLI's own module code is counted as well), runs it in process
// over each run and prints what each count grew by during each run, in order. All the counters in one
// process: its start and the CLI's import paid once, not once a counter. None of them calls another's
// builtin while counting (they hand arguments on by Reflect.apply, not by a spread, which is an
// array iteration): each count is the one a process of its own counter alone prints.
// Argument: the runs as JSON, [{ cwd, args }, …]; prints one object of counts a run, in order.
import { arraySteps } from "./arraySteps.mjs";
import { stringScans } from "./stringScans.mjs";
import { arraySearches } from "./arraySearches.mjs";
import { keyHashing } from "./keyHashing.mjs";
import { stringifiedCharacters } from "./stringifiedCharacters.mjs";

/** Every count now, read without an array iteration, a search, a key hashed or a string written. */
const counts = () => ({ arraySteps: arraySteps(), stringScans: stringScans(), arraySearches: arraySearches(), keyHashing: keyHashing(), stringifiedCharacters: stringifiedCharacters() });

const runs = JSON.parse(process.argv[2]);
const { run } = await import(new URL("../../dist/src/cli/main.js", import.meta.url).href);
const grown = [];
for (const { cwd, args } of runs) {
  const io = { cwd, env: { NO_COLOR: "1" }, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), writeStdout: () => {}, writeStderr: () => {} };
  const before = counts();
  await run(args, io);
  const after = counts();
  grown.push({
    arraySteps: after.arraySteps - before.arraySteps,
    stringScans: after.stringScans - before.stringScans,
    arraySearches: after.arraySearches - before.arraySearches,
    keyHashing: after.keyHashing - before.keyHashing,
    stringifiedCharacters: after.stringifiedCharacters - before.stringifiedCharacters,
  });
}
process.stdout.write(`${JSON.stringify(grown)}\n`);
