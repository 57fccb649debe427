import type { requestFileType } from "../lint/lintRun.js";

/** What lint reads a file as when it holds requests, not a payload (requestFileType). */
type RequestFileType = NonNullable<ReturnType<typeof requestFileType>>;

const named: Readonly<Record<RequestFileType, string>> = {
  http: "a .http or .rest file",
  postman: "a Postman collection",
};

/**
 * Why `oms-lint split` takes no request file, told as lint tells it (a .http or .rest file by
 * its name, a Postman collection by its content too). Split read a cart.http as JSON ("placeholder
 * POST is not a JSON value") and a collection as "a payload oms-lint cannot tell", though lint had
 * just advised splitting the order in its body (audit of split).
 */
export function requestFileRefusal(type: RequestFileType): string {
  return `split takes one order's JSON (createOrder or importOrder), not a request file, and this is ${named[type]}: save the request's body as a .json file of its own and split that`;
}
