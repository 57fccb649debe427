// The floor a lint over files is measured against: expand the same glob, read every file
// and JSON.parse it, in one Node process. Nothing oms-lint does can cost less than this.
import { readFileSync } from "node:fs";
import { globby } from "globby";

const files = await globby("**/*.json", { cwd: process.argv[2], absolute: true });
files.sort();
let parsed = 0;
for (const file of files) {
  try {
    JSON.parse(readFileSync(file, "utf8"));
    parsed++;
  } catch {
    // a file that does not parse still cost its read
  }
}
console.log(JSON.stringify({ files: files.length, parsed }));
