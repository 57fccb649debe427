/**
 * A rule's docs page as help for a viewer outside the package (SARIF's help.markdown, shown on
 * GitHub's code-scanning alert page): its links to other pages are relative
 * (`[create-order-only](create-order-only.md)`), and there they lead nowhere. The package names
 * no homepage to resolve them against, so each such link is its text alone; a link with a scheme
 * (`https:`, `mailto:`) stays. Code (fenced blocks, `spans`) is left as written.
 */
export function withRelativeLinksAsText(markdown: string): string {
  return markdown.replace(codeOrLink, (whole, _fence, _ticks, text: string | undefined, target: string | undefined) =>
    text === undefined || hasScheme.test(target ?? "") ? whole : text,
  );
}

/**
 * A fenced block, a code span, or an inline link (`[text](target "title")`, an image's `![alt](…)`),
 * whose text may run over lines: one scan, so that a link inside code is code.
 */
const codeOrLink = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$|(`+)[\s\S]*?\2|!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gm;

/** A URL with a scheme (RFC 3986 §3.1) or a network path: a link that leads somewhere from any page. */
const hasScheme = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;
