// The floor a lint over files is measured against, as the issue states it: walk the folder
// with readdir, readFileSync and JSON.parse every .json file, in one Node process, nothing
// loaded (no globby). Nothing oms-lint does over the same files can cost less than this.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let files = 0;
let parsed = 0;
const pending = [process.argv[2] ?? "."];
while (pending.length > 0) {
  const folder = pending.pop();
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) pending.push(path);
    else if (entry.name.endsWith(".json")) {
      files++;
      try {
        JSON.parse(readFileSync(path, "utf8"));
        parsed++;
      } catch {
        // a file that does not parse still cost its read
      }
    }
  }
}
console.log(JSON.stringify({ files, parsed }));
