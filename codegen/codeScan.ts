/** The offset just after the object literal (or brace block) that starts at `start`, strings in double quotes skipped whole. */
export function objectLiteralEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error(`codegen: the literal at ${start} of the generated code does not end`);
}
