import type { VariableReading } from "./requestEntry.js";

/**
 * A request body that writes a variable bare, outside a string (`"manufacturerID": {{mfgId}}`),
 * is JSON only once REST Client or Postman fills it in, from places the file does not hold (an
 * environment, `{{$randomInt 1 100}}`, an earlier response). To check the rest of the body,
 * each such variable stands in as `null` padded with blanks to its own length, so that every
 * other character keeps its line and column; what is found at a stand-in is the variable's
 * unknown value, and is not reported.
 */

/** A bare variable in a body: where it starts, and its text (`{{mfgId}}`). */
export interface BareVariable {
  readonly offset: number;
  readonly text: string;
}

/** The `{{…}}` written outside JSON strings, in text order (within one line, no brace inside, as isPlaceholder reads one). */
export function bareVariables(body: string, variables: VariableReading): BareVariable[] {
  const found: BareVariable[] = [];
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
      if (end === undefined) continue;
      found.push({ offset: i, text: body.slice(i, end) });
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

/** The body with each bare variable replaced by `null` and blanks, as long as the variable. */
export function withStandIns(body: string, variables: readonly BareVariable[]): string {
  let text = "";
  let from = 0;
  for (const { offset, text: variable } of variables) {
    text += body.slice(from, offset) + "null".padEnd(variable.length, " ");
    from = offset + variable.length;
  }
  return text + body.slice(from);
}

/** The variable that starts at an offset, if one does (a binary search: a body may hold millions). */
export function variableAt(variables: readonly BareVariable[], offset: number): BareVariable | undefined {
  let low = 0;
  let high = variables.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = variables[middle]!.offset;
    if (at === offset) return variables[middle];
    if (at < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
