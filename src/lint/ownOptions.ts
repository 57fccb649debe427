/**
 * A caller's options as its own properties say, in objects that inherit nothing: with
 * Object.prototype polluted (a deep merge that wrote through `__proto__`), an options object
 * that does not own `rules` answered the polluter's (`Object.prototype.rules = { schema: "off" }`
 * made a refused body valid), and one that does not own `maxDepth`, `settings` or `existing`
 * answered theirs (found by the review of what a polluted prototype reaches). The rules config
 * and the settings are copied too: each is read by name (`settings.onBlocks`). Anything that
 * is not a plain object is handed back as it is, for the checks to refuse by its type.
 */
export function ownOptions<T>(options: T, inside: readonly string[] = copiedInside): T {
  if ((options as unknown) === noOptions || !isCopied(options)) return options;
  const own = copyOwn(options);
  for (const name of inside) if (isCopied(own[name])) own[name] = copyOwn(own[name]);
  return own as T;
}

/** The options whose own names are read by name: the rules config (a rule's level) and the settings. */
const copiedInside = ["rules", "settings"];

/** A revoked Proxy, which no look can read, is left for the checks to refuse in their words (checkReadable). */
function isCopied(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  try {
    return !Array.isArray(value) && !ArrayBuffer.isView(value) && Object.getPrototypeOf(value) !== null;
  } catch {
    return false;
  }
}

/** Own enumerable keys, as the checks list them (Object.keys), into an object with no prototype. */
function copyOwn(value: object): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

/**
 * No options given: every name an entry point reads is its own, undefined, so that none is read
 * off a polluted Object.prototype. One shape of own names rather than an object of no
 * prototype, a dictionary V8 reads slower (validate() took 3% longer, interleaved runs).
 */
export const noOptions: Readonly<Record<string, never>> = Object.freeze({
  kind: undefined,
  filePath: undefined,
  rules: undefined,
  settings: undefined,
  existing: undefined,
  maxDepth: undefined,
  maxEntries: undefined,
  maxValues: undefined,
  source: undefined,
  keepYieldingFindings: undefined,
  keepEveryFix: undefined,
  audience: undefined,
}) as unknown as Readonly<Record<string, never>>;
