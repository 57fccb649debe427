/**
 * Type tests, compiled by `npm test`'s type-check: withPreSubmitCheck takes another fetch than
 * the global one as it is typed, and gives it back with the same type. node-fetch's Request,
 * RequestInit and Response are types of its own: typed against the global fetch, it needed
 * `as unknown as typeof fetch` (found by audit). Each `@ts-expect-error` fails the type-check
 * if its line compiles.
 */
import nodeFetch, { Request as NodeFetchRequest, Response as NodeFetchResponse, type RequestInfo as NodeFetchRequestInfo, type RequestInit as NodeFetchRequestInit } from "node-fetch";
import { withPreSubmitCheck, type AnswerOf, type AnyFetch, type CheckedFetch, type OmsValidationError, type PreSubmitOptions } from "../../src/index.js";

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

/**
 * onInvalid answers in the server's place with what the wrapped fetch promises: node-fetch's
 * own Response for node-fetch (found by audit: the global Response alone was typed, and
 * node-fetch's needed a cast under --strict, though the wrapper takes it at run time).
 */
export const answeringNodeFetch: typeof nodeFetch = withPreSubmitCheck(nodeFetch, { onInvalid: (error) => new NodeFetchResponse(error.message, { status: 422 }) });
withPreSubmitCheck(nodeFetch, { onInvalid: async (error, request) => (request.method === "GET" ? undefined : new NodeFetchResponse(error.message, { status: 422 })) });
withPreSubmitCheck(fetch, { onInvalid: (error) => new Response(error.message, { status: 422 }) });

/** Options typed apart: PreSubmitOptions answers with the global Response, as the global fetch does; given the wrapped fetch's Response, node-fetch's. */
const globalOptions: PreSubmitOptions = { baseUrl: "https://integration.shopatron.com", onInvalid: () => new Response("refused", { status: 422 }) };
export const checkedWithOptions: typeof fetch = withPreSubmitCheck(fetch, globalOptions);
const nodeFetchOptions: PreSubmitOptions<NodeFetchResponse> = { onInvalid: () => new NodeFetchResponse("refused", { status: 422 }) };
export const checkedNodeFetchWithOptions: typeof nodeFetch = withPreSubmitCheck(nodeFetch, nodeFetchOptions);

// The global Response answers any fetch's wrapper, as the runtime takes it by its shape: node-fetch's on Node 18+,
// named options, a helper generic over the fetch (found by the audit of the typing above). The wrapper then
// promises either Response, not F's alone: typed F, node-fetch's res.buffer() compiled on the global
// Response it answered with, a TypeError at run time (found by the audit of the typing after).
const answerWithGlobal = (error: OmsValidationError) => new Response(error.message, { status: 422 });
export const eitherResponse: (url: URL | NodeFetchRequestInfo, init?: NodeFetchRequestInit) => Promise<NodeFetchResponse | Response> = withPreSubmitCheck(nodeFetch, { onInvalid: answerWithGlobal });
export const withGlobalOptions: CheckedFetch<typeof nodeFetch, Response> = withPreSubmitCheck(nodeFetch, globalOptions);
export function checkedAny<F extends AnyFetch>(f: F): CheckedFetch<F, Response> {
  return withPreSubmitCheck(f, { onInvalid: (error) => new Response(error.message, { status: 422 }) });
}
// A generic helper whose options are typed for the wrapped fetch (the README's advice) gives back CheckedFetch<F>, a function of F's
// parameters promising F's answer (not F: a generic F may have statics the wrapper lacks), and onInvalid may answer null (the runtime rejects with the error then).
export function checkedWith<F extends AnyFetch>(f: F, options: PreSubmitOptions<AnswerOf<F>> = {}): CheckedFetch<F> {
  return withPreSubmitCheck(f, options);
}
export const nullAnswer: typeof nodeFetch = withPreSubmitCheck(nodeFetch, { onInvalid: async () => null });

// @ts-expect-error answered with the global Response, node-fetch's wrapper is no typeof nodeFetch: its callers would call buffer() on it
export const notNodeFetch: typeof nodeFetch = withPreSubmitCheck(nodeFetch, { onInvalid: (error) => new Response(error.message, { status: 422 }) });

// @ts-expect-error a string is no Response: the wrapper would reject with a TypeError
withPreSubmitCheck(nodeFetch, { onInvalid: () => "refused" });

// @ts-expect-error a status alone is no Response-like value (no headers, no text())
withPreSubmitCheck(nodeFetch, { onInvalid: () => ({ status: 422 }) });

// @ts-expect-error a fetch that promises anything (AnyFetch) is answered with a Response-like value all the same: the wrapper checks for one
withPreSubmitCheck((url: string) => Promise.resolve<unknown>(url), { onInvalid: () => "refused" });
