// The run loop of the counting scripts (arraySteps.mjs, stringScans.mjs): each patches a builtin
// to count its work, then calls this, which imports the built CLI (after the patch, so that the
// CLI's own module code is counted as well), runs it in process over each run and prints what the
// count grew by during each, in order. Argument: the runs as JSON, [{ cwd, args }, …].
export async function printCounts(count) {
  const runs = JSON.parse(process.argv[2]);
  const { run } = await import(new URL("../../dist/src/cli/main.js", import.meta.url).href);
  const counts = [];
  for (const { cwd, args } of runs) {
    const io = { cwd, env: { NO_COLOR: "1" }, stdoutIsTTY: false, readStdin: async () => Buffer.alloc(0), writeStdout: () => {}, writeStderr: () => {} };
    const before = count();
    await run(args, io);
    counts.push(count() - before);
  }
  process.stdout.write(`${JSON.stringify(counts)}\n`);
}
