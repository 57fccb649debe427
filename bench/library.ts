import { readFileSync } from "node:fs";
import { interleaved } from "./measure.js";
import { createOrderPayload } from "./payloads.js";

/**
 * validate() as a caller gets it: the built library bundle that `import "oms-lint"` loads
 * (package.json exports), not the TypeScript sources run through tsx (about 5% slower, and
 * not what anyone runs). `npm run bench` builds it first.
 */
const { validate } = (await import(new URL("../dist/oms-lint.js", import.meta.url).href)) as typeof import("../src/index.js");

export interface LibraryRow {
  readonly payload: string;
  readonly bytes: number;
  readonly parseMicros: number;
  readonly validateMicros: number;
  readonly ratio: number;
  readonly perItemMicros?: number;
}

function measure(label: string, text: string, items?: number): LibraryRow {
  const value = JSON.parse(text) as unknown;
  // Enough calls per round that a round lasts milliseconds: timer overhead and JIT warm-up fade.
  const calls = Math.max(3, Math.round(2_000_000 / text.length));
  const times = interleaved(
    { parse: () => JSON.parse(text), validate: () => validate("createOrder", value) },
    { rounds: 15, callsPerRound: calls },
  );
  const parseMicros = times.parse! / 1000;
  const validateMicros = times.validate! / 1000;
  return {
    payload: label,
    bytes: Buffer.byteLength(text),
    parseMicros,
    validateMicros,
    ratio: validateMicros / parseMicros,
    ...(items ? { perItemMicros: validateMicros / items } : {}),
  };
}

/** validate() (schema and every rule) per payload, against JSON.parse of the same text. */
export function libraryBench(): LibraryRow[] {
  const example = readFileSync(new URL("../examples/createOrder.json", import.meta.url), "utf8");
  const rows = [measure("documents' Create Order example", example)];
  for (const items of [1, 10, 100, 1000]) {
    rows.push(measure(`Create Order, ${items} items`, JSON.stringify(createOrderPayload(items), null, 2), items));
  }
  return rows;
}
