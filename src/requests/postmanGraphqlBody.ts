import { postmanBodyMode } from "./postmanBodyEmpty.js";
import { isObject } from "./jsonObject.js";

/**
 * The body Postman's runtime sends for a request whose body mode is `graphql`
 * (postmanlabs/postman-runtime, lib/requester/core-body-builder.js, `graphql`): variables given
 * as an object, `JSON.stringify({ query, operationName, variables })`, a member left out where it
 * is undefined; given as text, `{"query":…,"operationName":…,"variables":<the text as written>}`,
 * each member only where it is a string and the variables only where they are not empty. The
 * runtime sends it as application/json when the request sets no Content-Type. Strings are read
 * with the collection's variables filled (`resolve`), as Postman fills them before it builds the body.
 */
export function postmanGraphqlBody(content: Record<string, unknown>, resolve: (text: string) => string): string {
  const text = (value: unknown) => (typeof value === "string" ? resolve(value) : undefined);
  if (typeof content.variables !== "string") {
    return JSON.stringify({ query: text(content.query) ?? content.query, operationName: text(content.operationName) ?? content.operationName, variables: content.variables });
  }
  const members: string[] = [];
  if (typeof content.query === "string") members.push(`"query":${JSON.stringify(resolve(content.query))}`);
  if (typeof content.operationName === "string") members.push(`"operationName":${JSON.stringify(resolve(content.operationName))}`);
  if (content.variables !== "") members.push(`"variables":${resolve(content.variables)}`);
  return `{${members.join(",")}}`;
}

/** Whether a Postman body is one in the `graphql` mode the runtime builds a JSON body from. */
export function isGraphqlBody(body: Record<string, unknown>): body is Record<string, unknown> & { graphql: Record<string, unknown> } {
  return postmanBodyMode(body.mode) === "graphql" && isObject(body.graphql);
}
