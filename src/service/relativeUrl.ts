import { quotedText } from "../engine/argumentWords.js";

/**
 * The URL a check reads for `url` (its text): an absolute URL as it stands; a relative one (any
 * text `new URL(url)` refuses: a gateway's req.url, a client's path under its prefix URL) under
 * `baseUrl` as the option defines it: the base's path, then the URL's path, one slash between,
 * its query and fragment kept (`api/v2/createOrder/?x=1` under `http://proxy.internal/oms` is
 * `http://proxy.internal/oms/api/v2/createOrder/?x=1`). A path that already starts with the base's
 * path (`/oms/api/v2/…` under `…/oms`, `/api/v2/…` under `…/api/v2`) is that path, not prefixed
 * twice: a gateway's req.url may or may not hold the prefix it is mounted under. The text so
 * joined is then parsed as fetch parses it, so dot segments may climb out of the base's path:
 * a prefix client (ky's prefixUrl) joins prefix and input and parses that, and sends
 * `../v2/createOrder/` under `…/oms/api/v2` to `…/oms/api/v2/createOrder/`; resolved within the
 * URL first, it read as `…/oms/api/v2/v2/createOrder/`, no endpoint, and a bad order went
 * unchecked (audit of the service and suppressions fixes). Whatever URL that yields is checked,
 * one outside the base as any URL outside it is.
 * A URL with a scheme is absolute, whether it parses or not. A scheme-relative URL names a host,
 * not a path under the base, and a relative URL without a base has nothing to be read against:
 * a TypeError each, naming `fn` and the fix.
 */
export function checkedUrl(fn: string, what: string, url: string, baseUrl: string | URL | undefined): string {
  // One with a scheme is absolute, parsed or not: one fetch cannot parse (`https://integration shopatron.com/…`) is sent nowhere, and left to it.
  if (URL.canParse(url) || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  if (baseUrl === undefined) {
    throw new TypeError(`${fn}: ${what} ${quotedText(url)} is a relative URL: give options.baseUrl (the OMS API's base URL) to check it against, or pass the absolute URL the request is sent to`);
  }
  const text = asParsed(url);
  if (/^[\\/]{2}/.test(text)) {
    throw new TypeError(`${fn}: ${what} ${quotedText(url)} is a scheme-relative URL (it names a host, not a path under options.baseUrl): pass the absolute URL the request is sent to`);
  }
  const base = new URL(String(baseUrl));
  const basePath = base.pathname.replace(/\/+$/, "");
  const pathEnd = text.search(/[?#]/);
  const path = pathEnd === -1 ? text : text.slice(0, pathEnd);
  const rooted = /^[\\/]/.test(path) ? path : `/${path}`;
  // Told from the text as WHATWG parsing will read it: a backslash is a slash (a special scheme's path).
  const slashed = rooted.replace(/\\/g, "/");
  const underBase = basePath !== "" && (slashed === basePath || slashed.startsWith(`${basePath}/`));
  return new URL(`${base.origin}${underBase ? "" : basePath}${rooted}${text.slice(path.length)}`).href;
}

/**
 * Relative URL text as WHATWG URL parsing reads it: tabs and newlines dropped anywhere, C0
 * controls and spaces dropped at either end. A backslash is then a slash, so `//host/…`,
 * `\\host\…`, `/\host/…`, `\/host/…` and `/<tab>/host/…` each name a host (scheme-relative):
 * told from the text, not by comparing hrefs, where a host spelt as the one the comparison
 * parsed against (relative.invalid) passed as a path (audit of the service and suppressions fixes).
 */
function asParsed(url: string): string {
  return url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
}
