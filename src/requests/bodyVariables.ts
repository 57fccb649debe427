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

/**
 * Where a bare variable stands: where a value goes (`"quantity": {{qty}}`), where a key goes
 * (`{{key}}: "x"`), or where members go (`{"name": "a", {{more}}}`): REST Client and Postman fill
 * the body's text, so a variable there may hold a key or whole members as well as a value.
 */
export type VariablePlace = "value" | "key" | "members";

/** A bare variable in a body: where it starts, its text (`{{mfgId}}`), and what it stands in place of. */
export interface BareVariable {
  readonly offset: number;
  readonly text: string;
  readonly place: VariablePlace;
}

const places: readonly VariablePlace[] = ["value", "key", "members"];

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
  /** The variable whose text (its stand-in's, as long) holds an offset, if one does (a binary search). */
  holding(offset: number): BareVariable | undefined;
}

class FoundVariables implements BareVariables {
  length = 0;
  private offsets = new Int32Array(16);
  private lengths = new Int32Array(16);
  /** Each one's place, by its index in `places`. */
  private kinds = new Int32Array(16);

  constructor(private readonly body: string) {}

  add(offset: number, length: number, place: VariablePlace): void {
    if (this.length === this.offsets.length) {
      this.offsets = grown(this.offsets);
      this.lengths = grown(this.lengths);
      this.kinds = grown(this.kinds);
    }
    this.offsets[this.length] = offset;
    this.kinds[this.length] = places.indexOf(place);
    this.lengths[this.length++] = length;
  }

  item(index: number): BareVariable {
    // The arrays hold spare room past `length`, zeros: an index past it would read a variable that is none (audit).
    if (!Number.isInteger(index) || index < 0 || index >= this.length) throw new RangeError(`no bare variable ${index}: the body holds ${this.length}`);
    const offset = this.offsets[index]!;
    return { offset, text: this.body.slice(offset, offset + this.lengths[index]!), place: places[this.kinds[index]!]! };
  }

  startingAt(offset: number): BareVariable | undefined {
    const index = firstIndex(this.length, (i) => this.offsets[i]! >= offset);
    return index < this.length && this.offsets[index] === offset ? this.item(index) : undefined;
  }

  holding(offset: number): BareVariable | undefined {
    const index = firstIndex(this.length, (i) => this.offsets[i]! > offset) - 1;
    return index >= 0 && offset < this.offsets[index]! + this.lengths[index]! ? this.item(index) : undefined;
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
  // Whether each container open is an object, and the last character past blanks outside strings: where a variable stands.
  const objects: boolean[] = [];
  let last = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"' || char === "\n" || char === "\r") inString = false;
      continue;
    }
    if (char === "{" && body[i + 1] === "{") {
      const end = variableEnd(body, i + 2);
      // `{{}}` and `{{ }}` name nothing no client fills (holdsVariable): sent as written, no JSON.
      if (end !== undefined && holdsVariable(body.slice(i, end))) {
        found.add(i, end - i, placeOf(objects.at(-1) === true && (last === "{" || last === ","), body, end));
        [i, last] = [end - 1, "}}"];
        continue;
      }
    }
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") objects.push(char === "{");
    else if (char === "}" || char === "]") objects.pop();
    if (char !== " " && char !== "\n" && char !== "\r" && char !== "\t") last = char;
  }
  return found;
}

/** What a variable stands in place of: in an object where a member starts, a key when a colon follows it, else members; a value anywhere else. */
function placeOf(memberStarts: boolean, body: string, end: number): VariablePlace {
  if (!memberStarts) return "value";
  return /^\s*:/.test(body.slice(end, end + 64)) ? "key" : "members";
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
 * What stands in for a variable: `null` for a value; for a key, the empty key; for members, one
 * member with the empty key (`{"name": "a", {{more}}}` is JSON once filled with `"value": "b"`,
 * as it is once filled with nothing but for its comma: oms-lint cannot tell, so it is no parse
 * error, and the object may hold any member, as beside a key that holds a variable:
 * unfilledPlaces.ts). Each is shorter than the shortest variable, `{{a}}`.
 */
const standIns: Readonly<Record<VariablePlace, string>> = { value: "null", key: '""', members: '"":0' };

/** The key a stand-in for a key or members gives its object (standIns): a written one beside it is not said to repeat it (unfilledPlaces.ts). */
export const standInKey = "";

/**
 * The body with each bare variable replaced by its stand-in and blanks, as long as the variable. Built
 * in flat pieces of a few thousand parts each: one string grown by `+=` per variable held a
 * rope of millions of parts until it was read.
 */
export function withStandIns(body: string, variables: BareVariables): string {
  const pieces: string[] = [];
  let parts: string[] = [];
  let from = 0;
  for (let index = 0; index < variables.length; index++) {
    const { offset, text: variable, place } = variables.item(index);
    parts.push(body.slice(from, offset), standIns[place].padEnd(variable.length, " "));
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

/** What a parse fault at a bare variable's stand-in says: the variable stands where JSON takes no value (after a value with no comma between), not the `null` standing in. */
export function variableWhereNoValue(variable: Pick<BareVariable, "text">): string {
  const quoted = withoutSecretLookalikes(shorten(variable.text));
  return `${quoted} (a variable) stands where JSON takes no value: write it inside double quotes ("${quoted}")`;
}

/**
 * A body's parse fault at a bare variable (variableWhereNoValue), named by the variable written
 * at its place in the file (`written`) where the body as sent holds another there (`sent`):
 * file variables that refer to each other (`@a = {{b}}`, `@b = {{a}}{{a}}`) are substituted
 * only part-way, and the fault at the written `{{a}}` named `{{b}}`, which the user cannot find
 * there to quote (language server audit). Any other message is kept.
 */
export function namedAsWritten(message: string, sent: string | undefined, written: string | undefined): string {
  if (sent === undefined || written === undefined || sent === written || message !== variableWhereNoValue({ text: sent })) return message;
  return variableWhereNoValue({ text: written });
}

/** The `{{…}}` that starts at an offset of a text, if one does (on its line, no brace inside, as bareVariables reads one). */
export function variableAt(text: string, offset: number): string | undefined {
  const end = text.startsWith("{{", offset) ? variableEnd(text, offset + 2) : undefined;
  return end === undefined ? undefined : text.slice(offset, end);
}
