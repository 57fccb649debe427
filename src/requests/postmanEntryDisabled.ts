/**
 * Whether Newman leaves out a header or query parameter: any truthy `disabled` (`true`, `"true"`,
 * `1`, even `"false"`), not only `true`. postman-collection 5.3.0 keeps a Header's `disabled` as
 * written (Header#update) and makes a QueryParam's `Boolean(definition.disabled)` (Property);
 * postman-runtime's getRequestHeaders (lib/requester/core.js) skips `header.disabled`, and
 * Url#getQueryString drops `param.disabled`; collection and folder variables too, as the Substitutor that fills a
 * request finds a value only `if (value && !value.disabled)` (lib/superstring). Found by the audit of the Postman
 * reader: a header `"disabled": "true"` counted as sent drew a wrong Content-Type finding.
 */
export function postmanEntryDisabled(entry: { readonly disabled?: unknown }): boolean {
  return Boolean(entry.disabled);
}
