import type { VariableReading } from "./requestEntry.js";
import { shorten } from "../engine/messageTemplate.js";
import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";
import { holdsVariable } from "./matchEndpoint.js";
import { firstIndex } from "../source/firstIndex.js";

/**
 * A request body that writes a variable bare, outside a string (`"manufacturerID": {{mfgId}}`),
 * is JSON only once REST Client or Postman fills it in, from places the file does not hold (an
 * environment, `{{$randomInt 1 100}}`, an earlier response). To check the rest of the body,
 * each such variable stands in as `null` padded with blanks to its own length, so that every
 * other character keeps its line and column; what is found at a stand-in is the variable's
 * unknown value, and is not reported, nor is a finding that reads it (unfilledPlaces.ts: the
 * `null` is no value the client sends, and is not passed over as a place that holds none).
 */

/** A bare variable in a body: where it starts, and its text (`{{mfgId}}`). */
export interface BareVariable {
  readonly offset: number;
  readonly text: string;
}

/**
 * A body's bare variables, in text order, kept as two arrays of numbers (where each starts, how
 * long it is): a body may hold millions, and an object and a string for each made a 21 MB body of
 * 3 million `{{a}}` take 646 MB (the request files audit).
 */
export interface BareVariables {
  readonly length: number;
  /** The index-th, in text order (0 to length - 1; any other index throws a RangeError). */
  item(index: number): BareVariable;
  /** The variable that starts at an offset, if one does (a binary search). */
  startingAt(offset: number): BareVariable | undefined;
}

class FoundVariables implements BareVariables {
  length = 0;
  private offsets = new Int32Array(16);
  private lengths = new Int32Array(16);

  constructor(private readonly body: string) {}

  add(offset: number, length: number): void {
    if (this.length === this.offsets.length) {
      this.offsets = grown(this.offsets);
      this.lengths = grown(this.lengths);
    }
    this.offsets[this.length] = offset;
    this.lengths[this.length++] = length;
  }

  item(index: number): BareVariable {
    // The arrays hold spare room past `length`, zeros: an index past it would read a variable that is none (audit).
    if (!Number.isInteger(index) || index < 0 || index >= this.length) throw new RangeError(`no bare variable ${index}: the body holds ${this.length}`);
    const offset = this.offsets[index]!;
    return { offset, text: this.body.slice(offset, offset + this.lengths[index]!) };
  }

  startingAt(offset: number): BareVariable | undefined {
    const index = firstIndex(this.length, (i) => this.offsets[i]! >= offset);
    return index < this.length && this.offsets[index] === offset ? this.item(index) : undefined;
  }
}

function grown(numbers: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(numbers.length * 2);
  larger.set(numbers);
  return larger;
}

/** The `{{…}}` written outside JSON strings, in text order (within one line, no brace inside, a name that is not blank, as isPlaceholder reads one). */
export function bareVariables(body: string, variables: VariableReading): BareVariables {
  const found = new FoundVariables(body);
  // A body about to be sent is checked as it stands: `{{v}}` there is no JSON.
  if (variables === "as-sent") return found;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"' || char === "\n" || char === "\r") inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
    } else if (char === "{" && body[i + 1] === "{") {
      const end = variableEnd(body, i + 2);
      // `{{}}` and `{{ }}` name nothing no client fills (holdsVariable): sent as written, no JSON.
      if (end === undefined || !holdsVariable(body.slice(i, end))) continue;
      found.add(i, end - i);
      i = end - 1;
    }
  }
  return found;
}

/** The offset just past the `}}` that closes a variable opened before `from`, if it closes on its line. */
function variableEnd(body: string, from: number): number | undefined {
  for (let i = from; i < body.length; i++) {
    const char = body[i];
    if (char === "}" && body[i + 1] === "}") return i + 2;
    if (char === "{" || char === "}" || char === "\n" || char === "\r") return undefined;
  }
  return undefined;
}

/**
 * The body with each bare variable replaced by `null` and blanks, as long as the variable. Built
 * in flat pieces of a few thousand parts each: one string grown by `+=` per variable held a
 * rope of millions of parts until it was read.
 */
export function withStandIns(body: string, variables: BareVariables): string {
  const pieces: string[] = [];
  let parts: string[] = [];
  let from = 0;
  for (let index = 0; index < variables.length; index++) {
    const { offset, text: variable } = variables.item(index);
    parts.push(body.slice(from, offset), "null".padEnd(variable.length, " "));
    from = offset + variable.length;
    if (parts.length >= 8192) {
      pieces.push(parts.join(""));
      parts = [];
    }
  }
  parts.push(body.slice(from));
  pieces.push(parts.join(""));
  return pieces.join("");
}

/** What a parse fault at a bare variable's stand-in says: the variable stands where JSON takes no value (a bare property name), not the `null` standing in. */
export function variableWhereNoValue(variable: BareVariable): string {
  const quoted = withoutSecretLookalikes(shorten(variable.text));
  return `${quoted} (a variable) stands where JSON takes no value: write it inside double quotes ("${quoted}")`;
}
