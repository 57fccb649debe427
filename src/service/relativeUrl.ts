import { quotedText } from "../engine/argumentWords.js";

/** A host name no URL the caller writes can give: a relative URL's path, query and fragment are read against it alone. */
const pathOnly = "http://relative.invalid/";

/**
 * The URL a check reads for `url` (its text): an absolute URL as it stands; a relative one (any
 * text `new URL(url)` refuses: a gateway's req.url, a client's path under its prefix URL) under
 * `baseUrl` as the option defines it: the base's path, then the URL's path, one slash between,
 * its query and fragment kept (`api/v2/createOrder/?x=1` under `http://proxy.internal/oms` is
 * `http://proxy.internal/oms/api/v2/createOrder/?x=1`). A path that already starts with the base's
 * path (`/oms/api/v2/…` under `…/oms`, `/api/v2/…` under `…/api/v2`) is that path, not prefixed
 * twice: a gateway's req.url may or may not hold the prefix it is mounted under. Dot segments are
 * read within the URL (`../api/v2/createOrder/` cannot climb above the base): `new URL(path, base)`
 * dropped the base's path, and the URL fell outside the base, unchecked (audit of the service fixes).
 * A URL with a scheme is absolute, whether it parses or not. A scheme-relative URL (`//host/…`) names a host, not a path under the base, and a relative URL
 * without a base has nothing to be read against: a TypeError each, naming `fn` and the fix.
 */
export function checkedUrl(fn: string, what: string, url: string, baseUrl: string | URL | undefined): string {
  // One with a scheme is absolute, parsed or not: one fetch cannot parse (`https://integration shopatron.com/…`) is sent nowhere, and left to it.
  if (URL.canParse(url) || /^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  if (baseUrl === undefined) {
    throw new TypeError(`${fn}: ${what} ${quotedText(url)} is a relative URL: give options.baseUrl (the OMS API's base URL) to check it against, or pass the absolute URL the request is sent to`);
  }
  const inner = URL.canParse(url, pathOnly) ? new URL(url, pathOnly) : undefined;
  if (inner === undefined || inner.href.slice(0, pathOnly.length) !== pathOnly) {
    throw new TypeError(`${fn}: ${what} ${quotedText(url)} is a scheme-relative URL (it names a host, not a path under options.baseUrl): pass the absolute URL the request is sent to`);
  }
  const base = new URL(String(baseUrl));
  const basePath = base.pathname.replace(/\/+$/, "");
  const underBase = basePath !== "" && (inner.pathname === basePath || inner.pathname.startsWith(`${basePath}/`));
  return new URL(`${base.origin}${underBase ? "" : basePath}${inner.pathname}${inner.search}${inner.hash}`).href;
}
