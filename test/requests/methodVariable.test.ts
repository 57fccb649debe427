import { describe, expect, it } from "vitest";
import { parseHttpFile } from "../../src/requests/httpFile.js";
import { readRequestLine } from "../../src/requests/requestLine.js";
import { lintHttpFile } from "../../src/builtIn/linter.js";

/**
 * A variable in place of the method (`{{m}} https://…`): REST Client substitutes the variables
 * of a request's text before it reads the request line (Selector.getRequest →
 * VariableProcessor.processRawRequest → HttpRequestParser.parseRequestLine, whose method regex
 * then matches the value), so the variable is the method. Found by the request files review:
 * the line was read as a bare URL starting with `{{m}}`, and the request misread.
 */
const createOrder = "https://integration.shopatron.com/api/v2/createOrder/";
const customData = "https://integration.shopatron.com/api/v2/order/555555/customData";

describe("a method written as a variable", () => {
  it("the request line reads it as the method, the rest as the target", () => {
    expect(readRequestLine(`{{m}} ${createOrder} HTTP/1.1`)).toEqual({ method: "{{m}}", target: createOrder });
    expect(readRequestLine(`{{ m }}\t${createOrder}`)).toEqual({ method: "{{ m }}", target: createOrder });
    // A variable followed by no blank is the URL's start (a base URL), not a method.
    expect(readRequestLine("{{baseUrl}}/api/v2/createOrder/")).toBeUndefined();
    expect(readRequestLine("{{m}}")).toBeUndefined();
    // A variable and the HTTP version alone: the variable is the URL, REST Client's version stripped.
    expect(readRequestLine("{{url}} HTTP/1.1")).toBeUndefined();
    expect(readRequestLine("GET HTTP/1.1")).toEqual({ method: "GET", target: "HTTP/1.1" });
    expect(readRequestLine("{{m} https://h/x")).toBeUndefined();
  });

  it("one the client fills in (an environment's) is a method oms-lint cannot know: the URL is read, and no method finding", () => {
    const file = parseHttpFile(`{{m}} ${createOrder}\n`);
    expect(file.requests[0]).toMatchObject({ method: "{{m}}", url: createOrder, methodColumn: 1, methodEndColumn: 6, urlColumn: 7 });
    const messages = lintHttpFile(`{{m}} ${createOrder}\n`, "a.http").messages.map((m) => m.ruleId);
    expect(messages).toEqual([]);
  });

  it("one the file defines is its value: checked as that method, the finding at the variable", () => {
    const text = `@m = DELETE\n\n{{m}} ${createOrder}\n`;
    expect(parseHttpFile(text).requests[0]).toMatchObject({ method: "DELETE", url: createOrder });
    const messages = lintHttpFile(text, "a.http").messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, m.message]);
    expect(messages).toEqual([["request/method-not-allowed", 3, 1, 6, "DELETE is not allowed on /api/v2/createOrder/; it takes POST"]]);
  });

  it("a defined POST of a broken body has its body checked", () => {
    const text = `@verb = post\n\n{{verb}} ${customData}\nContent-Type: application/json\n\n{"name": ""}\n`;
    const messages = lintHttpFile(text, "a.http").messages.map((m) => [m.ruleId, m.line]);
    expect(messages).toEqual([
      ["schema", 6],
      ["schema", 6],
    ]);
  });

  it("a variable before the HTTP version alone is the URL, filled in by the client", () => {
    expect(parseHttpFile("{{url}} HTTP/1.1\n").requests[0]).toMatchObject({ method: "GET", url: "{{url}}" });
  });

  it("one whose value is no method starts the URL, as REST Client reads it (then a GET)", () => {
    const text = "@host = https://integration.shopatron.com\n\n{{host}} /api/v2/createOrder/\n";
    expect(parseHttpFile(text).requests[0]).toMatchObject({ method: "GET", url: "https://integration.shopatron.com /api/v2/createOrder/" });
  });
});

/**
 * A variable holding the method and the URL together (`@req = POST https://…`, then `{{req}}`):
 * REST Client substitutes it before it reads the request line, so it sends that POST. Found by
 * the review of the request files: the line was read as a GET of the URL
 * "POST https://…", whose path "//integration.shopatron.com/…" was "none of the OMS v2 endpoints".
 */
describe("a variable holding the whole request line", () => {
  const file = (line: string, rest = "") => `@req = ${line}\n\n{{req}}${rest}\n`;

  it("is read as its method and URL", () => {
    expect(parseHttpFile(file(`POST ${customData}`)).requests[0]).toMatchObject({ method: "POST", url: customData, methodColumn: 1, urlColumn: 1 });
    expect(parseHttpFile(file(`post ${customData} HTTP/1.1`)).requests[0]).toMatchObject({ method: "post", url: customData });
    expect(parseHttpFile(file(`GET https://integration.shopatron.com/api/v2/orderItem/`, "\n    ?orderID=5")).requests[0]).toMatchObject({
      method: "GET",
      url: "https://integration.shopatron.com/api/v2/orderItem/?orderID=5",
    });
  });

  it("a valid POST draws no finding", () => {
    const text = file(`POST ${customData}`, '\nContent-Type: application/json\n\n{"name": "a", "value": "b"}');
    expect(lintHttpFile(text, "a.http").messages).toEqual([]);
  });

  it("its findings stand on the written {{req}}", () => {
    const messages = lintHttpFile(file(`DELETE ${createOrder}`), "a.http").messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, m.message]);
    expect(messages).toEqual([["request/method-not-allowed", 3, 1, 8, "DELETE is not allowed on /api/v2/createOrder/; it takes POST"]]);
  });

  it("a first word that is no method REST Client reads is the parse error, at {{req}}", () => {
    const messages = lintHttpFile(file(`FOO ${createOrder}`), "a.http").messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn]);
    expect(messages).toEqual([["parse", 3, 1, 8]]);
    expect(lintHttpFile(file(`FOO ${createOrder}`), "a.http").messages[0]?.message).toContain('"FOO" is not a method REST Client reads');
  });

  it("one holding a URL alone, or one the file does not define, is still the URL of a GET", () => {
    expect(parseHttpFile(file(createOrder)).requests[0]).toMatchObject({ method: "GET", url: createOrder });
    expect(parseHttpFile("{{req}}\n").requests[0]).toMatchObject({ method: "GET", url: "{{req}}" });
  });
});
