/**
 * A string's length in code points (an emoji is one), where `.length` counts UTF-16 units (an
 * emoji is two; Java's String.length() counts so too). The documents count "characters"
 * without saying which: length limits need both counts (codegen/validators.ts).
 */
export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
