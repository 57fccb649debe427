import { splitUrl } from "../requests/matchEndpoint.js";

/**
 * The URL as the endpoint table reads it, when the request is an OMS call: the URL itself
 * on a known OMS host (integration.shopatron.com, the translation hosts); under `baseUrl`,
 * the path after it (with /api/v2 in front when the base already held it) and the query.
 * Undefined for any other URL: a pre-submit check leaves those alone.
 */
export function omsTarget(url: string | URL, baseUrl: string | URL | undefined): string | undefined {
  const href = String(url);
  const family = splitUrl(href).hostFamily;
  if (family === "classic" || family === "translated") return href;
  if (baseUrl === undefined) return undefined;
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(href);
    base = new URL(String(baseUrl));
  } catch {
    return undefined;
  }
  const basePath = base.pathname.replace(/\/+$/, "");
  if (parsed.origin !== base.origin) return undefined;
  if (parsed.pathname !== basePath && !parsed.pathname.startsWith(basePath + "/")) return undefined;
  const rest = parsed.pathname.slice(basePath.length) || "/";
  return (/^\/api\//.test(rest) ? rest : `/api/v2${rest}`) + parsed.search;
}
