/** `{{name}}` substitution, as REST Client and Postman do it; unknown names stay as placeholders. */
export function substitute(text: string, lookup: (name: string) => string | undefined, depth = 0): string {
  if (depth > 10 || !text.includes("{{")) return text;
  let changed = false;
  const result = text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    const value = lookup(name);
    if (value === undefined) return whole;
    changed = true;
    return value;
  });
  return changed ? substitute(result, lookup, depth + 1) : result;
}
