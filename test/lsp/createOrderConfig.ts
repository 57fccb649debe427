import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a folder's oms-lint.config.json mapping the files its glob matches to createOrder, as a
 * user gives the kind. Told from the content, a Create Order's fixes are held (a Historic Order
 * Import without its orderStatus reads the same: src/lint/heldOrderFixes.ts); the tests of
 * fix-all's mechanics give the kind, as the command line's tests give --kind createOrder.
 */
export function writeCreateOrderConfig(dir: string, glob = "**/*.json"): void {
  writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob, kind: "createOrder" }] }));
}
