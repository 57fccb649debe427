import fc from "fast-check";
import { createScanner, SyntaxKind } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { JsonTokens, Token } from "../../src/source/jsonTokens.js";

/**
 * The walks of a parsed text read its tokens with src/source/jsonTokens.ts, in place of
 * jsonc-parser's scanner (which decoded every string as it went). On any text JSON.parse
 * accepts, the tokens must be the scanner's: the same kinds, at the same offsets, of the
 * same lengths, and a string's value the same.
 */

const kindOf: Partial<Record<SyntaxKind, Token>> = {
  [SyntaxKind.OpenBraceToken]: Token.OpenBrace,
  [SyntaxKind.CloseBraceToken]: Token.CloseBrace,
  [SyntaxKind.OpenBracketToken]: Token.OpenBracket,
  [SyntaxKind.CloseBracketToken]: Token.CloseBracket,
  [SyntaxKind.CommaToken]: Token.Comma,
  [SyntaxKind.ColonToken]: Token.Colon,
  [SyntaxKind.StringLiteral]: Token.String,
  [SyntaxKind.NumericLiteral]: Token.Number,
  [SyntaxKind.TrueKeyword]: Token.Literal,
  [SyntaxKind.FalseKeyword]: Token.Literal,
  [SyntaxKind.NullKeyword]: Token.Literal,
  [SyntaxKind.EOF]: Token.End,
};

type Seen = { kind: Token | undefined; offset: number; length: number; value?: string };

function scannerTokens(text: string): Seen[] {
  const scanner = createScanner(text, true);
  const seen: Seen[] = [];
  for (;;) {
    const kind = scanner.scan();
    const token: Seen = { kind: kindOf[kind], offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
    seen.push(kind === SyntaxKind.StringLiteral ? { ...token, value: scanner.getTokenValue() } : token);
    if (kind === SyntaxKind.EOF) return seen;
  }
}

/** The tokens, and each string's value unless `values` is false (a string of a text that is not JSON has none). */
function ourTokens(text: string, values = true): Seen[] {
  const tokens = new JsonTokens(text);
  const seen: Seen[] = [];
  for (;;) {
    const kind = tokens.scan();
    const token: Seen = { kind, offset: tokens.offset, length: tokens.length };
    seen.push(kind === Token.String && values ? { ...token, value: tokens.stringValue() } : token);
    if (kind === Token.End) return seen;
  }
}

/** A JSON text as a person or a program may write it: compact, indented, with tabs or CRLF. */
const jsonText = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 2, "\t", " \r\n "), fc.boolean())
  .map(([value, indent, crlf]) => {
    const text = JSON.stringify(value, null, indent);
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

/** Strings with the escapes and characters that matter to a scan: quotes, backslashes, controls, surrogates. */
const trickyString = fc.string({ unit: fc.constantFrom('"', "\\", "\\\\", "/", "\n", "\u0000", "\u2028", "\ud800", "😀", "a", " ", "{", "]", ","), maxLength: 20 });

describe("JsonTokens", () => {
  it("gives jsonc-parser's tokens on any JSON text", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(ourTokens(text)).toEqual(scannerTokens(text));
      }),
      { numRuns: 400 },
    );
  });

  it("gives them on keys and strings made of escapes, quotes and backslashes", () => {
    fc.assert(
      fc.property(fc.dictionary(trickyString, fc.oneof(trickyString, fc.double(), fc.integer())), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(ourTokens(text)).toEqual(scannerTokens(text));
      }),
      { numRuns: 300 },
    );
  });

  it("ends on text that is not JSON: each token takes a character at least", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', "\\", "{", "}", "[", "]", ",", ":", " ", "\n", "1", "-", "t", "x", "\u00e9") }), (text) => {
        const tokens = ourTokens(text, false);
        expect(tokens.length).toBeLessThanOrEqual(text.length + 1);
        expect(tokens.at(-1)).toEqual({ kind: Token.End, offset: text.length, length: 0 });
      }),
    );
  });

  it("a string of escaped JSON (a Postman request's raw body) is one token, to its closing quote", () => {
    const raw = JSON.stringify(JSON.stringify({ a: Array(20_000).fill('say "hi"\\\n') }, null, 2));
    const text = `{"raw": ${raw}}`;
    const tokens = ourTokens(text);
    expect(tokens.map((t) => t.kind)).toEqual([Token.OpenBrace, Token.String, Token.Colon, Token.String, Token.CloseBrace, Token.End]);
    expect(tokens[3]).toMatchObject({ offset: 8, length: raw.length });
  });
});
