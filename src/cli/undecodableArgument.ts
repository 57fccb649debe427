import { mayBeUndecodable } from "../files/undecodableName.js";
import { UsageError } from "./usageError.js";

/**
 * Refuses a file oms-lint would write or read by a name that is not UTF-8: Node.js reads each
 * byte that breaks UTF-8 as U+FFFD, so the name it would open is another (two such names, one
 * file; found by the review of the stop: -o rep\xe9.txt wrote rep\uFFFD.txt). A file to read
 * so named is there all the same: "it does not exist" would be wrong (audit: -c, --existing).
 */
export function refuseUndecodableName(flag: string, name: string | undefined): void {
  if (name !== undefined && mayBeUndecodable(name)) {
    throw new UsageError(`${flag} ${JSON.stringify(name)}: the name holds U+FFFD, which is what Node.js reads a byte that breaks UTF-8 as, so it would write or read another file than the one named: give a UTF-8 name`);
  }
}
