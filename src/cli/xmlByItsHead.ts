import { isUnread, readHead } from "../files/readBounded.js";

/** How much of a file tells it as XML: its first 256 bytes (a declaration or a root element opens it). */
const xmlHeadBytes = 256;

/**
 * Whether `head` (a text's first bytes) opens an XML document: after a byte order mark and white
 * space, an XML declaration (`<?xml `, which every JUnit writer puts first) or a JUnit report's root
 * element (`<testsuites`, `<testsuite`) without one. Markdown's HTML (`<details>`, `<!-- -->`,
 * `<table>`) is neither: a step summary that opens with it is Markdown.
 */
export function startsXml(head: string): boolean {
  return /^\uFEFF?\s*(<\?xml[\s?]|<testsuites?[\s>/])/.test(head);
}

/**
 * Whether the file opens as XML (startsXml); false when it cannot be read. What foreignFile,
 * given an existing file, refuses: $GITHUB_STEP_SUMMARY's check asks it; -o's asks foreignFile
 * the name alone (it refuses any existing file but an earlier report).
 */
export function holdsXmlByItsHead(path: string): boolean {
  const head = readHead(path, xmlHeadBytes);
  return !isUnread(head) && startsXml(Buffer.from(head.buffer, head.byteOffset, head.length).toString("utf8"));
}
