import { JsonTokens, Token } from "./jsonTokens.js";

/** A container open at the place being sought: its current member's key (objects) or element's index (arrays). */
interface OpenContainer {
  readonly isObject: boolean;
  segment: string | number;
  expectingKey: boolean;
}

/**
 * The keys and indexes (numbers) down to the value that starts at `offset`: a container's
 * opening bracket, a scalar, or the key of an object's member, which names its value. The text
 * is walked token by token up to `offset`, building nothing; undefined where the text before
 * it is no JSON the walk can follow (a limit is counted before the text is known to parse).
 * What a walk of a value's trail is, told from its text: where a limit was passed (limitPlace.ts).
 */
export function trailAt(text: string, offset: number): (string | number)[] | undefined {
  const scanner = new JsonTokens(text);
  const open: OpenContainer[] = [];
  const trail = () => open.map((container) => container.segment);
  try {
    for (let token = scanner.scan(); token !== Token.End && scanner.offset <= offset; token = scanner.scan()) {
      const top = open.at(-1);
      if (top?.isObject && top.expectingKey) {
        if (token === Token.CloseBrace) {
          open.pop();
          continue;
        }
        if (token !== Token.String) return undefined;
        top.segment = scanner.stringValue();
        top.expectingKey = false;
        if (scanner.offset === offset) return trail();
        continue;
      }
      if (scanner.offset === offset) return trail();
      if (token === Token.OpenBrace || token === Token.OpenBracket) open.push({ isObject: token === Token.OpenBrace, segment: 0, expectingKey: token === Token.OpenBrace });
      else if (token === Token.CloseBrace || token === Token.CloseBracket) {
        if (open.pop() === undefined) return undefined;
      } else if (token === Token.Comma && top !== undefined) {
        if (top.isObject) top.expectingKey = true;
        else top.segment = (top.segment as number) + 1;
      }
    }
  } catch {
    // A key whose escapes are no JSON's (stringValue's JSON.parse).
    return undefined;
  }
  return undefined;
}
