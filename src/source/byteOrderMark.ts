/** The text without a leading UTF-8 byte order mark (U+FEFF), which JSON.parse refuses and oms-lint accepts. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
