/**
 * A glob whose kept ranges (braceExpansion's rangeToken, `\uE0001..12\uE001`) stand as plain
 * letters while picomatch reads it, and the way to put each range's expression back into the
 * expression picomatch writes. Handed to picomatch as `{1..12}` with expandRange, a range made
 * picomatch rebuild its output from the glob's raw text, so the text beside it went unescaped:
 * `fx/2024.{1..12}/*.json` matched fx/2024/5/a.json (a `.` as any character, `/` included).
 * The placeholder is letters and digits, which picomatch writes as themselves; its `Q`s outnumber
 * any run of `Q` in the glob, so no text of the glob is taken for one.
 */
export function rangePlaceholders(glob: string, valuesOf: (body: string) => string): { readonly text: string; readonly splice: (source: string) => string } {
  const bodies: string[] = [];
  if (!glob.includes("\uE000")) return { text: glob, splice: (source) => source };
  const fence = "Q".repeat(Math.max(0, ...(glob.match(/Q+/g) ?? []).map((run) => run.length)) + 1);
  const text = glob.replace(/\uE000([^\uE001]*)\uE001/g, (_, body: string) => `${fence}${bodies.push(body) - 1}${fence}`);
  const placeholder = new RegExp(`${fence}(\\d+)${fence}`, "g");
  return { text, splice: (source) => source.replace(placeholder, (_, index: string) => valuesOf(bodies[Number(index)]!)) };
}
