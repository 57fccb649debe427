import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./measure.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const script = fileURLToPath(new URL("./coldStart.mjs", import.meta.url));

function seconds(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`cold-start bench: node ${args.join(" ")} exited ${run.status}\n${run.stderr}`);
  return elapsed;
}

export interface ColdStart {
  readonly bareSeconds: number;
  readonly coldSeconds: number;
  /** The median of each pair's ratio (each pair run back to back, so the machine's load falls on both). */
  readonly ratio: number;
}

/** Import + first validate() of a Create Order + exit, against `node -e 0`, in interleaved pairs. */
export function coldStartBench(pairs: number): ColdStart {
  const bare: number[] = [];
  const cold: number[] = [];
  const ratios: number[] = [];
  seconds(["-e", "0"]);
  seconds([script]);
  for (let i = 0; i < pairs; i++) {
    // Alternate which runs first, so that neither always follows the other.
    let b: number;
    let c: number;
    if (i % 2 === 0) {
      b = seconds(["-e", "0"]);
      c = seconds([script]);
    } else {
      c = seconds([script]);
      b = seconds(["-e", "0"]);
    }
    bare.push(b);
    cold.push(c);
    ratios.push(c / b);
  }
  return { bareSeconds: median(bare), coldSeconds: median(cold), ratio: median(ratios) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = coldStartBench(Number(process.argv[2] ?? 20));
  console.log(`node -e 0: ${(result.bareSeconds * 1000).toFixed(1)} ms; import + validate(createOrder) + exit: ${(result.coldSeconds * 1000).toFixed(1)} ms; ratio ${result.ratio.toFixed(2)}× (target ≤ 1.5×)`);
}
