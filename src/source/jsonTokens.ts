import { carriageReturn, closeBrace, closeBracket, closingQuote, colon, comma, lineFeed, openBrace, openBracket, quote, space, tab } from "./jsonChars.js";

/** What a token of a JSON text is. */
export const Token = { End: 0, OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, Colon: 6, String: 7, Number: 8, Literal: 9 } as const;
export type Token = (typeof Token)[keyof typeof Token];

const minus = 0x2d;
const zero = 0x30;
const nine = 0x39;

/**
 * The punctuation's tokens by char code, 0 for none: a typed array, whose reads past its
 * entries answer undefined, never a polluted Object.prototype's index (`Object.prototype["34"]`,
 * the quote's code, moved every finding to 1:1; found by the review of the prototype defence).
 */
const punctuation = (() => {
  const table = new Uint8Array(128);
  for (const [code, token] of [[openBrace, Token.OpenBrace], [closeBrace, Token.CloseBrace], [openBracket, Token.OpenBracket], [closeBracket, Token.CloseBracket], [comma, Token.Comma], [colon, Token.Colon]] as const) table[code] = token;
  return table;
})();

function endsLiteral(code: number): boolean {
  return code === comma || code === closeBrace || code === closeBracket || code === colon || code === space || code === lineFeed || code === carriageReturn || code === tab;
}

/**
 * The tokens of a text JSON.parse has accepted, for the walks that read it without a tree
 * (source/sourceWalk.ts). A string token is passed over by indexOf to its closing quote and
 * decoded only when asked (a key): jsonc-parser's scanner decoded every string as it went, a
 * piece between escapes at a time, and a 27 MB string of escaped JSON (a Postman request's
 * raw body) cost seconds of garbage collection. On any other text it still ends: each token
 * takes at least one character.
 */
export class JsonTokens {
  /** Where the last token starts. */
  offset = 0;
  /** Where the last token ends (exclusive). */
  end = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    // A leading byte order mark is no token (applyFix is handed a file's text as it is): read
    // as the start of a literal, it swallowed the "{" after it (found by the audit of every surface).
    this.end = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  scan(): Token {
    const text = this.#text;
    let at = this.end;
    let code = text.charCodeAt(at);
    while (code === space || code === lineFeed || code === carriageReturn || code === tab) code = text.charCodeAt(++at);
    this.offset = at;
    if (at >= text.length) {
      this.end = text.length;
      return Token.End;
    }
    const mark = code < 128 ? (punctuation[code] as Token) : Token.End;
    if (mark !== Token.End) {
      this.end = at + 1;
      return mark;
    }
    if (code === quote) {
      this.end = Math.min(closingQuote(text, at + 1) + 1, text.length);
      return Token.String;
    }
    do at++;
    while (at < text.length && !endsLiteral(text.charCodeAt(at)));
    this.end = at;
    return code === minus || (code >= zero && code <= nine) ? Token.Number : Token.Literal;
  }

  /** The last token's length in characters. */
  get length(): number {
    return this.end - this.offset;
  }

  /** The last token's value, a string token's (a key): decoded when it holds an escape. */
  stringValue(): string {
    const raw = this.#text.slice(this.offset + 1, this.end - 1);
    return raw.includes("\\") ? (JSON.parse(this.#text.slice(this.offset, this.end)) as string) : raw;
  }

  /** Goes on from `offset` (past a container passed over by its brackets). */
  setPosition(offset: number): void {
    this.end = offset;
  }
}
