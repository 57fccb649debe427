// Run by atomicWrite.test.ts as a child process: writes `target` over and over with the texts
// it is given, alternately, through writeFileAtomic, and says "ready" after the first write.
// The test kills it (SIGKILL) at a random moment: the file must hold one text or the other.
// Plain JavaScript on the built module (dist/, which the tests' global setup keeps fresh): a
// child started through a TypeScript loader spent most of its life starting.
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "../../dist/src/files/atomicWrite.js";

const [target, first, second] = process.argv.slice(2);
const texts = [readFileSync(first), readFileSync(second)];
writeFileAtomic(target, texts[0]);
process.stdout.write("ready\n");
for (let round = 1; ; round++) writeFileAtomic(target, texts[round % 2]);
