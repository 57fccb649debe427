import { terminalSafeJson } from "./displayText.js";
import type { StreamFormat } from "./formatter.js";

/**
 * SPEC §5: a JSON array, one entry a file, exactly the result type (other tools read it).
 * Written entry by entry, the same bytes as JSON.stringify of the whole array.
 */
export const json: StreamFormat = () => {
  let first = true;
  return {
    start: () => "[",
    file(result) {
      const entry = terminalSafeJson(JSON.stringify(result));
      if (first) {
        first = false;
        return entry;
      }
      return `,${entry}`;
    },
    end: () => "]\n",
  };
};
