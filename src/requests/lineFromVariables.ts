import { readRequestLine } from "./requestLine.js";
import type { Expansion } from "./variables.js";

/**
 * A request line whose file variables hold its method and URL together (`@req = POST https://…`,
 * then `{{req}}` as the line): REST Client substitutes a request's variables in its text before
 * it reads the request line (Selector.getRequest calls VariableProcessor.processRawRequest, then
 * HttpRequestParser.parseRequestLine matches the method at the line's start, in
 * Huachao/vscode-restclient), so it sends that method to that URL. The method (a word of
 * letters, which the caller checks against REST Client's list) and the target as substituted;
 * undefined when the line holds no variable, or does not start with a word and a blank once
 * substituted (a variable holding a URL alone, or one the client fills in).
 */
export function lineFromVariables(written: string, resolve: (text: string) => Expansion): { method: string; target: string } | undefined {
  if (!written.includes("{{")) return undefined;
  const read = readRequestLine(resolve(written).text.trim());
  return read && /^[A-Za-z]+$/.test(read.method) ? read : undefined;
}
