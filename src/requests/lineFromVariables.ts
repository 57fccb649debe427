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
export function lineFromVariables(written: string, resolve: (text: string) => Expansion): { method: string; target: string; uncutTarget: string } | undefined {
  if (!written.includes("{{")) return undefined;
  const line = resolve(written).text.trim();
  const read = readRequestLine(line);
  // uncutTarget: the target with its HTTP version still on, which REST Client cuts from the line joined with its continuation lines.
  return read && /^[A-Za-z]+$/.test(read.method) ? { ...read, uncutTarget: line.slice(read.method.length).trim() } : undefined;
}
