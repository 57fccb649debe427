import { positionIn } from "../source/lineIndex.js";

/** A body finding's place, as this step moves it. */
interface Placed {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
}

/**
 * A finding about an empty key written before a members variable (`{"": "v", {{$dotenv M}} }`),
 * placed at the key written: the variable's stand-in (`"":0`, bodyVariables.ts) holds the empty
 * key too, and as the last one parsed it took the finding's place, where it was read as the
 * variable's and dropped (found by the review of members variables). `from`: the offset it was
 * placed at, `to`: the written key's; `endFrom`: where its span ended.
 */
export function atWrittenEmptyKey<M extends Placed>(m: M, text: string, from: number, endFrom: number, to: number): M {
  const start = positionIn(text, to);
  const end = positionIn(text, to + Math.max(0, endFrom - from));
  return { ...m, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
