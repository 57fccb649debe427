import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { runCli } from "../support/cli.js";

/**
 * A line that is only a variable (`{{q}}`, `{{tenant}}`) is the line it fills to. REST Client
 * drops a request's comment lines, fills the variables of the text left
 * (Selector.getRequest: `VariableProcessor.processRawRequest(selectedText, …)`), and only then
 * tells a query continuation, a header, the blank line and the body apart
 * (HttpRequestParser.parseHttpRequest, on `this.requestRawText.split(EOL)`). oms-lint told
 * them apart on the line as written (found by the audit of .http variables): `{{q}}` holding
 * `?orderID=1` was a body missing its blank line, and its search had no orderID.
 */
const search = "https://integration.shopatron.com/api/v2/orderItem/";
const translatedSearch = "https://123-translation.mozu.com/api/v2/orderItem/?orderID=1";
const itemData = "https://123-translation.mozu.com/api/v2/orderItem/100001/customData/?orderID=1";
const findings = (text: string) => lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.severity, m.line, m.column]);

describe("a line that is only a variable, read as the line it fills to", () => {
  it("a query continuation: the search has its orderID, and there is no body (exit 0)", async () => {
    const text = `@q = ?orderID=1\nGET ${search}\n{{q}}\n`;
    expect(findings(text)).toEqual([]);
    const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "t.http"], { input: text });
    expect([run.code, run.stdout]).toEqual([0, ""]);
  });

  it("a query continuation's findings stand at the URL on the request line, as a written continuation's", () => {
    const text = `@q = ?orderID=1&perPage=500\nGET ${search}\n{{q}}\n`;
    const messages = lintHttpFile(text, "t.http").messages;
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([["schema", 2, 5, 5 + search.length]]);
    expect(messages[0]?.message).toContain("perPage");
  });

  it("a header: the translation host has its x-vol-tenant, and there is no body", () => {
    expect(findings(`@tenant = x-vol-tenant: 123\nGET ${translatedSearch}\n{{tenant}}\n`)).toEqual([]);
  });

  it("a header whose name is a variable", () => {
    expect(findings(`@name = x-vol-tenant\nGET ${translatedSearch}\n{{name}}: 123\n`)).toEqual([]);
  });

  it("a variable filled to nothing is the blank line: the body follows it", () => {
    const text = `@none =\nPOST ${itemData}\nx-vol-tenant: 123\nContent-Type: application/json\n{{none}}\n{"name": "n", "value": "v"}\n`;
    expect(findings(text)).toEqual([]);
  });

  it("a variable filled to a body's start under the headers: the blank line is missing, at the line as written", () => {
    const text = `@body = {"name": "n", "value": "v"}\nPOST ${itemData}\nx-vol-tenant: 123\nContent-Type: application/json\n  {{body}}\n`;
    const messages = lintHttpFile(text, "t.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn])).toEqual([["parse", 2, 5, 3, 11]]);
    expect(messages[0]?.message).toMatch(/^the blank line between the headers and the body is missing/);
  });

  it("a variable filled to what is no header: not a header, at the line as written", () => {
    const text = `@x = hello\nGET ${translatedSearch}\nx-vol-tenant: 123\n{{x}}\n`;
    const messages = lintHttpFile(text, "t.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn])).toEqual([["parse", 2, 4, 1, 6]]);
    expect(messages[0]?.message).toBe('not a header ("Name: value"); a body must follow a blank line');
  });
});

/**
 * A file variable's `\n` is a line break (FileVariableProvider unescapes it), and REST Client
 * splits the filled request at its line breaks (`split(EOL)`, "\n" on Linux and macOS): the
 * lines after the break are read as lines of their own.
 */
describe("a file variable whose value holds a line break", () => {
  it("a URL and its query continuation: the search has its orderID", () => {
    expect(findings(`@u = ${search}\\n?orderID=1\nGET {{u}}\n`)).toEqual([]);
  });

  it("a whole URL, then a written continuation line", () => {
    expect(findings(`@u = ${search}\nGET {{u}}\n?orderID=1\n`)).toEqual([]);
  });

  it("two headers", () => {
    expect(findings(`@h = Accept: application/json\\nx-vol-tenant: 123\nGET ${translatedSearch}\n{{h}}\n`)).toEqual([]);
  });

  it("a header, then what is no header: the fault stands at the line as written", () => {
    const text = `@h = x-vol-tenant: 123\\nhello\nGET ${translatedSearch}\n{{h}}\n`;
    expect(findings(text)).toEqual([["parse", 2, 3, 1]]);
  });
});

/** The lines of a request between its request line and its body, and the body. */
const continuations = ["?orderID=1", "&perPage=5", "?perPage=500", "&orderID=x", "?itemState=GONE"];
const headerLines = ["x-vol-tenant: 12345", "Content-Type: application/json", "Accept: */*", "not a header", '{"name": "n", "value": "v"}'];
const urls = [search, "https://12345-translation.mozu.com/api/v2/orderItem/", "https://12345-translation.mozu.com/api/v2/orderItem/100001/customData/", "https://integration.shopatron.com/api/v2/order/5/customData"];

describe("a request reads the same with its lines written out or each held in a file variable", () => {
  it("holds for continuation, header and blank lines (the same findings, at the same lines once the definitions are counted)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "POST", "DELETE"),
        fc.constantFrom(...urls),
        fc.array(fc.constantFrom(...continuations), { maxLength: 3 }),
        fc.array(fc.constantFrom(...headerLines), { maxLength: 3 }),
        fc.constantFrom(["", '{"name": "n", "value": "v"}'], []),
        fc.infiniteStream(fc.boolean()),
        (method, url, query, headers, body, held) => {
          const lines = [...query, ...headers, ...body.slice(0, 1)];
          const moved = lines.map(() => held.next().value as boolean);
          const definitions = lines.flatMap((line, i) => (moved[i] ? [`@v${i} = ${line}`] : []));
          const written = [`${method} ${url}`, ...lines, ...body.slice(1)].join("\n");
          const filled = [...definitions, `${method} ${url}`, ...lines.map((line, i) => (moved[i] ? `{{v${i}}}` : line)), ...body.slice(1)].join("\n");
          const read = (text: string, shift: number) => lintHttpFile(text, "t.http").messages.map((m) => [m.ruleId, m.severity, m.message, m.line - shift]);
          expect(read(filled, definitions.length), filled).toEqual(read(written, 0));
        },
      ),
    );
  });
});
