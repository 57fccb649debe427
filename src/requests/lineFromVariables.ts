import { readRequestLine } from "./requestLine.js";

/**
 * A request line whose file variables hold its method and URL together (`@req = POST https://…`,
 * then `{{req}}` as the line): REST Client substitutes a request's variables in its text before
 * it reads the request line (Selector.getRequest calls VariableProcessor.processRawRequest, then
 * HttpRequestParser.parseRequestLine matches the method at the line's start, in
 * Huachao/vscode-restclient), so it sends that method to that URL. The method (a word of
 * letters, which the caller checks against REST Client's list) and the target as substituted;
 * undefined when the line holds no variable, or does not start with a word and a blank once
 * substituted (a variable holding a URL alone, or one the client fills in). `filled` is the line
 * filled by the caller, which reads it as the URL when it holds no method: filled once.
 */
export function lineFromVariables(written: string, filled: string): { method: string; target: string; uncutTarget: string } | undefined {
  if (!written.includes("{{")) return undefined;
  const line = filled.trim();
  const read = readRequestLine(line);
  // uncutTarget: the target with its HTTP version still on, which REST Client cuts from the line joined with its continuation lines.
  return read && /^[A-Za-z]+$/.test(read.method) ? { ...read, uncutTarget: line.slice(read.method.length).trim() } : undefined;
}
