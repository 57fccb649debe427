/**
 * Type tests, compiled by `npm test`'s type-check (test/typecheck.test.ts): the wrapper
 * withPreSubmitCheck gives back is a plain async function, with no statics of the fetch it
 * wraps, and its promise is a native Promise of what the fetch's promise gives. Typed as the
 * fetch itself (F), a ky-like fetch compiled `omsKy.post(…)` and `omsKy(url).json()` under
 * --strict, and both threw at run time (`omsKy.post is not a function`, `….json is not a
 * function`; found by the audit of the service surface). Each `@ts-expect-error` fails the
 * type-check if its line compiles.
 */
import nodeFetch, { type Response as NodeFetchResponse } from "node-fetch";
import { withPreSubmitCheck, type CheckedFetch } from "../../src/index.js";

/** A promise with methods of its own, as ky's ResponsePromise has. */
interface KyLikePromise extends Promise<Response> {
  json<T = unknown>(): Promise<T>;
}

/** A fetch with statics, as ky's default export has. */
interface KyLike {
  (url: string | URL | Request, options?: { method?: string; json?: unknown }): KyLikePromise;
  post(url: string | URL | Request, options?: { json?: unknown }): KyLikePromise;
  extend(defaults: { prefixUrl?: string }): KyLike;
}
declare const ky: KyLike;

const omsKy = withPreSubmitCheck(ky, { baseUrl: "https://integration.shopatron.com" });

// @ts-expect-error the wrapper is a plain async function: ky's statics are not on it
omsKy.post("https://integration.shopatron.com/api/v2/createOrder/", { json: {} });

// @ts-expect-error nor ky's extend()
omsKy.extend({ prefixUrl: "https://integration.shopatron.com" });

// @ts-expect-error its promise is a native Promise of ky's Response: the ResponsePromise's json() is not on it
export const json = omsKy("https://integration.shopatron.com/api/v2/order/5").json();

// @ts-expect-error so the wrapper is no KyLike
export const notKy: KyLike = omsKy;

/** What is kept: the fetch's parameters, and a promise of what its promise gives. */
export const kept: (url: string | URL | Request, options?: { method?: string; json?: unknown }) => Promise<Response> = omsKy;
export const answered: Promise<Response> = omsKy("https://integration.shopatron.com/api/v2/order/5", { method: "GET" });
export const named: CheckedFetch<KyLike> = omsKy;

/** A fetch with no statics and a plain promise is still given back as its own type, no cast: the global one, node-fetch's. */
export const checkedFetch: typeof fetch = withPreSubmitCheck(fetch);
export const checkedNodeFetch: typeof nodeFetch = withPreSubmitCheck(nodeFetch);
export const nodeFetchAnswer: Promise<NodeFetchResponse> = checkedNodeFetch("https://integration.shopatron.com/api/v2/order/5");
