import { hostFamily } from "../requests/matchEndpoint.js";

/**
 * The URL as the endpoint table reads it, when the request is an OMS call: on a known OMS
 * host (integration.shopatron.com, the translation hosts), the URL as fetch sends it; under
 * `baseUrl`, the path after it (with the base's own /api or /api/v2 in front, when the base
 * ends in it) and the query. Undefined for any other URL: a pre-submit check leaves those alone.
 *
 * The URL is read by WHATWG URL parsing, as fetch reads it, so the check sees the host and
 * path that fetch will send: a backslash is a slash (`https://shop.example\@x-translation.mozu.com/`
 * goes to shop.example), the host's %-escapes and case are decoded, user info is no part of
 * the host, and dot segments of the path are resolved. A host's final dot names the same
 * host in DNS (`integration.shopatron.com.`), so it is an OMS host too.
 *
 * `baseUrl` stands where the OMS host's root would (`${baseUrl}/api/v2/createOrder/`), or its
 * API root when it ends in `/api/v2` (`${baseUrl}/createOrder/`): the path after the base is
 * read as it is sent, and `/api/v2` is put in front of it only when the base itself held
 * it. A path sent without it (`/createOrder/` under a host root) is no OMS v2 endpoint.
 */
export function omsTarget(url: string | URL, baseUrl: string | URL | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    // fetch refuses it too: nothing will be sent.
    return undefined;
  }
  const host = parsed.hostname.replace(/\.$/, "");
  const family = hostFamily(host);
  if (family === "classic" || family === "translated") return `${parsed.protocol}//${parsed.port === "" ? host : `${host}:${parsed.port}`}${parsed.pathname}${parsed.search}`;
  if (baseUrl === undefined) return undefined;
  let base: URL;
  try {
    base = new URL(String(baseUrl));
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, "");
  if (parsed.origin !== base.origin) return undefined;
  if (parsed.pathname !== basePath && !parsed.pathname.startsWith(basePath + "/")) return undefined;
  const rest = parsed.pathname.slice(basePath.length) || "/";
  // A base that ends in the API root stands for /api or /api/v2, whatever its letter case (a proxy's /OMS/API/V2).
  const apiRoot = /\/api(?:\/v2)?$/i.exec(basePath)?.[0].toLowerCase() ?? "";
  return apiRoot + rest + parsed.search;
}
