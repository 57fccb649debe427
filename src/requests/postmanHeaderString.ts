/**
 * A request's `header` given as a string (the collection schema v2.1 allows it), read as
 * postman-collection reads it (postmanlabs/postman-collection, lib/collection/header.js,
 * Header.parse): folded lines (CRLF then a blank) joined, then each line `Name:value` matched
 * by `/^(\S+):(.*)$/gm`, its value trimmed. Lines of any other form are left out, as there.
 */
export function parseHeaderString(text: string): { name: string; value: string }[] {
  const unfolded = text.replace(/\r\n([ \t])/g, "$1");
  const headers: { name: string; value: string }[] = [];
  for (const match of unfolded.matchAll(/^(\S+):(.*)$/gm)) headers.push({ name: match[1] as string, value: (match[2] as string).trim() });
  return headers;
}
