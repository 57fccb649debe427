/**
 * What of the runtime a file's result hangs on, as the cache keys it: Node.js and V8 (its
 * regular expressions), ICU with its Unicode and CLDR data (the ISO 4217 currencies
 * currency-locale knows, the locale names a schema message gives, what a `\p{…}` class of
 * invisible characters holds). Read at each call: a cache written under Node 20 is stale under
 * Node 22, or under the same Node built with other ICU data (audit of --cache).
 */
export function runtimeFacts(): readonly (string | undefined)[] {
  const { node, v8, icu, unicode, cldr } = process.versions;
  return [node, v8, icu, unicode, cldr];
}
