/**
 * The search for order items takes its parameters in the URL. A string payload (the whole
 * URL, or the query string with or without its `?`) is split into the same object of
 * strings that the object form of the kind holds. A parameter given twice is joined with a
 * comma, as a Java servlet binds a repeated parameter to one string.
 */
export function parseSearchQuery(text: string): Record<string, string> {
  const trimmed = text.trim();
  const question = trimmed.indexOf("?");
  const query = question >= 0 ? trimmed.slice(question + 1) : /^[a-z]+:\/\//i.test(trimmed) ? "" : trimmed;
  const parameters = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(query.split("#")[0])) {
    const earlier = parameters.get(name);
    parameters.set(name, earlier === undefined ? value : `${earlier},${value}`);
  }
  // fromEntries defines own properties: a parameter named __proto__ stays data.
  return Object.fromEntries(parameters);
}
