import { enumWording, quote } from "./schemaWording.js";

/** Longest locale read as a tag: BCP 47's useful tags are far shorter; a pasted paragraph is no locale. */
const longestLocale = 64;

/** Regions and scripts that stand for no place or script: private use (AA, QM–QZ, XA–XZ; Qaaa–Qabx) and the codes for none or unknown (ZZ; Zinh, Zmth, Zsye, Zsym, Zxxx, Zyyy, Zzzz). */
const placeholderRegion = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/;
const placeholderScript = /^(?:Qa(?:a[a-z]|b[a-x])|Zinh|Zmth|Zsye|Zsym|Zxxx|Zyyy|Zzzz)$/;

/**
 * The tag's language, script and region as ICU writes them (`en_us` → en-US; a region's old name,
 * `en-UK`, → en-GB; `en_US_POSIX` and `en-US-u-ca-buddhist` → en-US: a variant, an extension or a
 * private use part names no other locale of the list), or undefined when it is no well-formed tag.
 * ECMA-402 takes no extended language subtag, which the documents' own zh-cmn-CN and zh-yue-CN
 * have: their preferred forms (cmn-CN, yue-CN) are read.
 */
function localeCore(written: string): string | undefined {
  if (written.length > longestLocale) return undefined;
  try {
    const preferred = written.replaceAll("_", "-").replace(/^zh-([a-z]{3})(?=-|$)/i, "$1");
    const { language, script, region } = new Intl.Locale(Intl.getCanonicalLocales(preferred)[0]!);
    return [language, script, region].filter((part) => part !== undefined).join("-");
  } catch {
    return undefined;
  }
}

/** A locale's English name ("English (Australia)") when ICU knows its language, script and region as real ones; undefined otherwise (ICU throws on some, `und`). */
function knownLocaleName(core: string): string | undefined {
  try {
    const { language, script, region } = new Intl.Locale(core);
    const names = (type: "language" | "script" | "region") => new Intl.DisplayNames("en", { type, fallback: "none" });
    if (names("language").of(language) === undefined) return undefined;
    if (script !== undefined && (placeholderScript.test(script) || names("script").of(script) === undefined)) return undefined;
    if (region !== undefined && (placeholderRegion.test(region) || names("region").of(region) === undefined)) return undefined;
    // "English (Australia)", not ICU's dialect name ("Australian English"): the region is what the list is read for.
    return new Intl.DisplayNames("en", { type: "language", languageDisplay: "standard" }).of(core);
  } catch {
    return undefined;
  }
}

/**
 * The codes the documents coin for a locale whose real tag ICU knows, by that tag: seed 004 lists
 * "en-HL Hong Kong English", and Hong Kong's region is HK (HL is no region). A real tag is told a
 * coined code only here: one region letter from en-HL is also Israel's, the Netherlands' and
 * Croatia's English (audit), another country's locale.
 */
const coinedCodes: ReadonlyMap<string, string> = new Map([["en-hk", "en-HL"]]);

/**
 * Create Order's locale refused (its list is matched by a pattern, in any letter case): a tag
 * that is a listed code once written as ICU writes it (`en_US`, `en-UK`, `cmn-CN`) is told that
 * code; a real locale the list leaves out (en-AU) is named, and told no listed code that is a
 * real locale too, as the ISO currency is (en-AU is no slip for en-US: following a suggestion
 * would send another country's locale), only the code the documents coin for it (en-HK,
 * the real tag of Hong Kong English, is told the documents' en-HL: coinedCodes); anything
 * else, the nearest listed code by a typo's edits, if one is near.
 */
export function localeWording(message: string, value: unknown, listed: readonly string[]): string {
  const core = typeof value === "string" ? localeCore(value) : undefined;
  if (core === undefined) return enumWording(message, value, listed);
  const listedAs = listed.find((code) => localeCore(code)?.toLowerCase() === core.toLowerCase());
  if (listedAs !== undefined) return `${message}; got ${quote(value)} (did you mean ${listedAs}?)`;
  const name = knownLocaleName(core);
  if (name === undefined) return enumWording(message, value, listed);
  const coined = coinedCodes.get(core.toLowerCase());
  const meant = coined === undefined || !listed.includes(coined) ? "" : ` (did you mean ${coined}, the documents' own code?)`;
  return `${message}; got ${quote(value)}, a locale (${name}) that is not among Create Order's listed codes${meant}`;
}
