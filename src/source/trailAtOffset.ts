import { JsonTokens, Token } from "./jsonTokens.js";
import { jsonNumber } from "./parseFault.js";

/**
 * What an open container takes next: a key or its closing brace (an object just opened), a
 * key (after a comma), the colon, a value or its closing bracket (an array just opened), a
 * value (after a colon or an array's comma), or a comma or its closer (after a value).
 */
type Expecting = "firstKey" | "key" | "colon" | "firstValue" | "value" | "next";

/** A container open at the place being sought: its current member's key (objects) or element's index (arrays). */
interface OpenContainer {
  readonly isObject: boolean;
  segment: string | number;
  expecting: Expecting;
}

const literals: ReadonlySet<string> = new Set(["true", "false", "null"]);

/**
 * The keys and indexes (numbers) down to the value that starts at `offset`: a container's
 * opening bracket, a scalar, or the key of an object's member, which names its value. The text
 * is walked token by token up to `offset`, once, building nothing but the trail. Undefined where
 * the text before it is no JSON (a limit is counted before the text is known to parse: `[1 2,
 * [[[…` has no place to name) or `offset` starts no key or value. What a walk of a value's trail
 * is, told from its text: where a limit was passed (limitPlace.ts).
 */
export function trailAt(text: string, offset: number): (string | number)[] | undefined {
  const scanner = new JsonTokens(text);
  const open: OpenContainer[] = [];
  let rootRead = false;
  /** A value has been read whole: its container takes a comma or its closer next. */
  const valueRead = () => {
    const top = open.at(-1);
    if (top === undefined) rootRead = true;
    else top.expecting = "next";
  };
  try {
    for (let token = scanner.scan(); token !== Token.End && scanner.offset <= offset; token = scanner.scan()) {
      const top = open.at(-1);
      const at = scanner.offset === offset;
      const expecting = top === undefined ? (rootRead ? undefined : "value") : top.expecting;
      if (top !== undefined && (expecting === "firstKey" || expecting === "key")) {
        if (token === Token.CloseBrace && expecting === "firstKey" && !at) {
          open.pop();
          valueRead();
          continue;
        }
        if (token !== Token.String) return undefined;
        top.segment = scanner.stringValue();
        top.expecting = "colon";
        if (at) return open.map((container) => container.segment);
      } else if (top !== undefined && expecting === "colon") {
        if (token !== Token.Colon || at) return undefined;
        top.expecting = "value";
      } else if (top !== undefined && expecting === "next") {
        if (at) return undefined;
        if (token === Token.Comma) {
          if (top.isObject) top.expecting = "key";
          else [top.segment, top.expecting] = [(top.segment as number) + 1, "value"];
        } else if (token === (top.isObject ? Token.CloseBrace : Token.CloseBracket)) {
          open.pop();
          valueRead();
        } else return undefined;
      } else if (expecting === "value" || expecting === "firstValue") {
        if (token === Token.CloseBracket && expecting === "firstValue" && !at) {
          open.pop();
          valueRead();
          continue;
        }
        if (!startsValue(token, scanner, text)) return undefined;
        if (at) return open.map((container) => container.segment);
        if (token === Token.OpenBrace || token === Token.OpenBracket) {
          const isObject = token === Token.OpenBrace;
          open.push({ isObject, segment: isObject ? "" : 0, expecting: isObject ? "firstKey" : "firstValue" });
        } else valueRead();
      } else return undefined;
    }
  } catch {
    // A key whose escapes are no JSON's (stringValue's JSON.parse).
    return undefined;
  }
  return undefined;
}

/** Whether the token starts a JSON value: a bracket, a string, a number as JSON writes it, true, false or null. */
function startsValue(token: Token, scanner: JsonTokens, text: string): boolean {
  if (token === Token.OpenBrace || token === Token.OpenBracket || token === Token.String) return true;
  if (token !== Token.Number && token !== Token.Literal) return false;
  const written = text.slice(scanner.offset, scanner.end);
  return token === Token.Number ? jsonNumber.test(written) : literals.has(written);
}
