import { libraryBench } from "./library.js";
import { perRuleBench } from "./perRule.js";
const rows = libraryBench();
for (const r of rows) console.log(`${r.payload.padEnd(36)} parse ${r.parseMicros.toFixed(1).padStart(9)}µs validate ${r.validateMicros.toFixed(1).padStart(9)}µs ratio ${r.ratio.toFixed(2)}`);
if (process.argv.includes("--parts")) for (const p of perRuleBench()) console.log(`${p.part.padEnd(30)} ${p.micros.toFixed(3)}µs ${(p.micros / rows[0]!.parseMicros).toFixed(3)}×`);
