import { isUnread, readHead } from "../files/readBounded.js";
import { jsonNumber } from "../domain/numberInString.js";
import { JsonTokens, Token } from "../source/jsonTokens.js";

/**
 * How much of a file tells it as JSON: its first 4 KiB, whatever its size (a 17 MiB payload
 * is told as a 17-byte one), so the answer costs one read of 4 KiB.
 */
export const jsonHeadBytes = 4096;

/**
 * Whether the file holds JSON by its head (see startsJsonContainer); false when it cannot be read.
 * What $GITHUB_STEP_SUMMARY refuses to append Markdown to.
 */
export function holdsJsonByItsHead(path: string): boolean {
  const head = readHead(path, jsonHeadBytes + 1);
  if (isUnread(head)) return false;
  const whole = head.length <= jsonHeadBytes;
  return startsJsonContainer(Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, jsonHeadBytes)).toString("utf8"), whole);
}

/**
 * Whether `head` (a text's first bytes; `whole`: the entire text) is the start of a JSON object
 * or array: after leading white space (and a byte order mark) a `{` or `[`, then tokens in
 * JSON's order as far as the head goes. The last token of a cut head may be cut (a string, a
 * number or a character's bytes split by the bound), so it is not judged. A bare number, true,
 * false or null is no payload, and Markdown too (`echo 42 >> $GITHUB_STEP_SUMMARY`); `[the docs](…)`
 * and `[1, 2] are the shards` break JSON's order within their first tokens.
 */
export function startsJsonContainer(head: string, whole: boolean): boolean {
  const tokens = new JsonTokens(head);
  const first = tokens.scan();
  if (first !== Token.OpenBrace && first !== Token.OpenBracket) return false;
  const order = new JsonOrder(first);
  for (;;) {
    const token = tokens.scan();
    if (token === Token.End) return !whole || order.done;
    if (!whole && tokens.end === head.length) return true;
    if (!order.takes(token, head.slice(tokens.offset, tokens.end))) return false;
  }
}

const literalText = new Set(["true", "false", "null"]);

/** Whether a string, number or literal token is one JSON writes (a Markdown word is a literal token). */
function isValueText(token: Token, text: string): boolean {
  if (token === Token.Number) return jsonNumber.test(text);
  if (token === Token.Literal) return literalText.has(text);
  if (text.length < 2 || !text.endsWith('"')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON's order of tokens, told one token at a time: what may come next in the open containers. */
class JsonOrder {
  /** The open containers, innermost last: true for an object. */
  readonly #open: boolean[] = [];
  /** What the next token may be. */
  #next: "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

  constructor(first: Token) {
    this.#open.push(first === Token.OpenBrace);
    this.#next = first === Token.OpenBrace ? "keyOrClose" : "valueOrClose";
  }

  get done(): boolean {
    return this.#next === "end";
  }

  takes(token: Token, text: string): boolean {
    const inObject = this.#open.at(-1) === true;
    switch (this.#next) {
      case "keyOrClose":
      case "valueOrClose":
        if (token === (inObject ? Token.CloseBrace : Token.CloseBracket)) return this.#close();
        return inObject ? this.#key(token, text) : this.#value(token, text);
      case "key":
        return this.#key(token, text);
      case "value":
        return this.#value(token, text);
      case "colon":
        this.#next = "value";
        return token === Token.Colon;
      case "commaOrClose":
        if (token === Token.Comma) {
          this.#next = inObject ? "key" : "value";
          return true;
        }
        return token === (inObject ? Token.CloseBrace : Token.CloseBracket) && this.#close();
      case "end":
        return false;
    }
  }

  #key(token: Token, text: string): boolean {
    this.#next = "colon";
    return token === Token.String && isValueText(token, text);
  }

  #value(token: Token, text: string): boolean {
    if (token === Token.OpenBrace || token === Token.OpenBracket) {
      this.#open.push(token === Token.OpenBrace);
      this.#next = token === Token.OpenBrace ? "keyOrClose" : "valueOrClose";
      return true;
    }
    this.#next = "commaOrClose";
    return (token === Token.String || token === Token.Number || token === Token.Literal) && isValueText(token, text);
  }

  #close(): boolean {
    this.#open.pop();
    this.#next = this.#open.length === 0 ? "end" : "commaOrClose";
    return true;
  }
}
