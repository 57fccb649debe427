import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { escapeControls } from "../formatters/displayText.js";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { messageRange, toDiagnostic } from "./diagnostics.js";
import { documentEdit } from "./documentEdit.js";
import type { DocumentLint } from "./documentLint.js";
import { quickFix } from "./fixEdits.js";
import { explainSplitCommand, mendedBySplit } from "./splitAdvice.js";

function overlaps(a: Diagnostic["range"], b: Diagnostic["range"]): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** How the quick fixes of a document's findings are made: where its text starts, how rules link to their docs, and whether edits name the document's version. */
export interface QuickFixContext {
  readonly bom: boolean;
  readonly docsUrl: (ruleId: string) => string | undefined;
  readonly versionedEdits: boolean;
}

/**
 * The quick fixes for the findings in `range`: each safe fix of a payload's finding (preferred)
 * or suggestion (an inferred finding's edit, not preferred),
 * and, once, "How to split this order" for a Create Order that must be split (or a Historic
 * Order Import that mixes availabilities: `oms-lint split` splits one too).
 */
export function quickFixActions(document: TextDocument, lint: DocumentLint, range: Diagnostic["range"], { bom, docsUrl, versionedEdits }: QuickFixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const kind = lint.format === "payload" ? lint.kind : undefined;
  for (const m of lint.result.messages) {
    if (!overlaps(messageRange(m, bom), range)) continue;
    const diagnostic = toDiagnostic(m, bom, docsUrl);
    const fix = lint.format === "payload" ? quickFix(m, bom) : undefined;
    if (fix !== undefined) {
      actions.push({ title: escapeControls(fix.title), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: documentEdit(document, fix.edits, versionedEdits) });
    }
    if (mendedBySplit(kind, m) && !actions.some((a) => a.command?.command === explainSplitCommand)) {
      actions.push({
        title: "How to split this order (oms-lint split)",
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: "How to split this order", command: explainSplitCommand, arguments: [document.uri] },
      });
    }
  }
  return actions;
}
