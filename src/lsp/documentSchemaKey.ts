import { createScanner, SyntaxKind } from "jsonc-parser";

/**
 * Whether the document's top-level object has a "$schema" key. VS Code's JSON language service
 * validates such a document against the schema it names and skips the json.schemas
 * associations (getSchemaForResource asks the document first): under structure "editor" the
 * server then publishes. Read by the scanner, no tree built nor recursion, so a deep document
 * costs one pass: a key is a string at depth one followed by a colon.
 */
export function hasSchemaKey(text: string): boolean {
  const scanner = createScanner(text, true);
  let depth = 0;
  let key: string | undefined;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.Trivia || token === SyntaxKind.LineBreakTrivia || token === SyntaxKind.LineCommentTrivia || token === SyntaxKind.BlockCommentTrivia) continue;
    if (token === SyntaxKind.ColonToken && depth === 1 && key === "$schema") return true;
    key = token === SyntaxKind.StringLiteral && depth === 1 ? scanner.getTokenValue() : undefined;
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) depth++;
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth--;
  }
  return false;
}
