/**
 * Type tests, compiled by `npm test`'s type-check: withPreSubmitCheck takes another fetch than
 * the global one as it is typed, and gives it back with the same type. node-fetch's Request,
 * RequestInit and Response are types of its own: typed against the global fetch, it needed
 * `as unknown as typeof fetch` (found by audit). Each `@ts-expect-error` fails the type-check
 * if its line compiles.
 */
import nodeFetch, { Request as NodeFetchRequest, type Response as NodeFetchResponse } from "node-fetch";
import { withPreSubmitCheck } from "../../src/index.js";

export const checkedNodeFetch: typeof nodeFetch = withPreSubmitCheck(nodeFetch, { baseUrl: "https://integration.shopatron.com" });
export const sent: Promise<NodeFetchResponse> = checkedNodeFetch(new NodeFetchRequest("https://integration.shopatron.com/api/v2/createOrder/", { method: "POST", body: "{}" }));
export const checkedGlobalFetch: typeof fetch = withPreSubmitCheck(fetch);

/** A service's own fetch, typed with its own request options: what it is given back is the same function type. */
type ServiceFetch = (url: string, options?: { method?: string; body?: string; retries?: number }) => Promise<{ status: number; text(): Promise<string> }>;
declare const serviceFetch: ServiceFetch;
export const checkedServiceFetch: ServiceFetch = withPreSubmitCheck(serviceFetch);

// @ts-expect-error a function that takes no URL is no fetch
withPreSubmitCheck((id: number) => Promise.resolve(id));

// @ts-expect-error a function that returns no promise is no fetch
withPreSubmitCheck((url: string) => url.length);
