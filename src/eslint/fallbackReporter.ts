/**
 * Who says a problem of the whole file (a settings mistake, a parse verdict the language did
 * not give) when the rule meant for it is off: one of the oms-lint rules ESLint runs there.
 *
 * ESLint gives a rule neither its own level nor another's, so the plugin cannot see which of
 * them the config turned on at "error". It chose the first rule ESLint created, which is
 * `kind`, a warning in the recommended config: with `oms-lint/settings` off, a misspelt setting
 * turned every error of the file into one warning and ESLint exited 0 (audit of the ESLint
 * plugin). It now prefers the rules that are errors by default (`parse`, then `schema`, then
 * any other whose oms-lint level is "error", in ESLint's order), so the problem stays an error
 * unless the config lowered that rule to "warn"; only where every rule on is a warning by
 * default is it the first's, at that rule's level.
 */
export function fallbackReporter(on: ReadonlySet<string>, errorsByDefault: ReadonlySet<string>): string | undefined {
  for (const preferred of ["parse", "schema"]) if (on.has(preferred)) return preferred;
  for (const id of on) if (errorsByDefault.has(id)) return id;
  return on.values().next().value;
}
