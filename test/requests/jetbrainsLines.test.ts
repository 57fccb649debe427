import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { runCli } from "../support/cli.js";

/**
 * `.http` is JetBrains HTTP Client's extension too, and its files hold lines REST Client has no
 * word for: a response handler (`> {% … %}`, `> handler.js`), a redirect of the response
 * (`>> file`, `>>! file`) and a response reference (`<> file`) after the request, a pre-request
 * script (`< {% … %}`, `< script.js`) above the request line. JetBrains does not send them
 * (JetBrains/http-request-in-editor-spec, spec.md, 3.2: "An HTTP request starts with a request
 * line followed by optional header fields, message body, response handler, and previous response
 * references"). Read as REST Client reads them they were a body's parse error, a request line
 * (request/unknown-endpoint and "not a header" errors, the real request unchecked), a GET's body.
 */
const customData = "https://integration.shopatron.com/api/v2/order/5/customData";
const post = (body: string) => `POST ${customData}\nContent-Type: application/json\n\n${body}\n`;
const findings = (text: string) => lintHttpFile(text, "jb.http").messages.map((m) => [m.ruleId, m.severity, m.line]);

/** An empty name: the schema's error, one finding at the body's line, so that a body read whole shows. */
const badBody = '{"name": "", "value": "b"}';
const badBodyFinding = ["schema", 2, 4];

describe("JetBrains HTTP Client's lines after a request end it and are not sent", () => {
  it.each([
    ["a one-line response handler", '> {% client.global.set("id", response.body.orderCustomDataID); %}'],
    ["a response handler over several lines", '> {%\n  client.global.set("id", response.body.orderCustomDataID);\n  client.test("ok", function () { client.assert(response.status === 200); });\n%}'],
    ["a response handler from a file", "> ./scripts/keep-id.js"],
    ["a redirect of the response", ">> ./responses/custom-data.json"],
    ["a redirect that overwrites", ">>! ./responses/custom-data.json"],
    ["a response reference", "<> 2024-01-01T000000.200.json"],
    ["all of them, under a blank line", '\n> {%\n  client.log("x");\n%}\n>> out.json\n<> 2024-01-01T000000.200.json\n<> 2024-01-02T000000.200.json'],
  ])("%s: the body is read to its last line above, its findings at their lines", (_, lines) => {
    expect(findings(`${post('{"name": "a", "value": "b"}')}\n${lines}\n`)).toEqual([]);
    expect(findings(`${post(badBody)}${lines}\n`)).toEqual([badBodyFinding]);
  });

  it("the file from the report: no finding, the CLI exits 0", async () => {
    const text = `POST ${customData}\nContent-Type: application/json\n\n{"name":"a","value":"b"}\n\n> {%\n  client.global.set("id", response.body.orderCustomDataID);\n%}\n`;
    expect(findings(text)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "oms-jb-"));
    writeFileSync(join(dir, "jb.http"), text);
    const run = await runCli(["--no-config", "jb.http"], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, ""]);
    // --fix never writes a request file: the JetBrains lines stay where they are.
    const fixed = await runCli(["--no-config", "--fix", "jb.http"], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(dir, "jb.http"), "utf8")).toBe(text);
  });

  it.each([
    ["under a blank line", "GET https://integration.shopatron.com/api/v2/order/5/customData\n\n<> 2024-01-01T000000.200.json\n"],
    ["right under the request line", "GET https://integration.shopatron.com/api/v2/order/5/customData\n<> 2024-01-01T000000.200.json\n"],
    ["right under a header", "GET https://integration.shopatron.com/api/v2/order/5/customData\nAccept: application/json\n> {% client.log(response.status); %}\n"],
  ])("a GET with a response reference or handler %s: no body, no request/body-not-allowed", (_, text) => {
    expect(findings(text)).toEqual([]);
  });

  it("a DELETE's body above a handler is still its body: request/body-not-allowed at the body", () => {
    const text = `DELETE ${customData}/7\n\n{"name": "a"}\n\n> {% client.log("gone"); %}\n`;
    expect(findings(text).map(([rule, , line]) => [rule, line])).toEqual([["request/body-not-allowed", 3]]);
  });

  it("the request after ### below a handler keeps its findings at its own lines", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {%\n  client.global.set("id", response.body.orderCustomDataID);\n%}\n\n###\n${post(badBody)}`;
    expect(findings(text)).toEqual([["schema", 2, 14]]);
  });

  it.each([
    ['a JSON string holding "> {%"', '{\n  "value": "> {% not a script %}",\n  "name": ""\n}', 6],
    ['a JSON string holding "<> " on a line of its own', '{\n  "value":\n"<> not a reference",\n  "name": ""\n}', 7],
  ])("%s stays body text: the body is read past it", (_, body, line) => {
    expect(findings(post(body))).toEqual([["schema", 2, line]]);
  });

  it("a line of a body that only looks like a handler without its blank (>x) is body text, REST Client's reading", () => {
    expect(findings(post('{"name": "a", "value": "b"}\n>x')).map(([rule]) => rule)).toEqual(["parse"]);
  });
});

describe("a JetBrains pre-request script above the request line is not the request", () => {
  const scripts = [
    ["a one-line script", '< {% request.variables.set("id", "5"); %}'],
    ["a script over several lines", '< {%\n  const id = "5";\n  request.variables.set("id", id);\n%}'],
    ["a script from a file", "< ./scripts/sign.js"],
  ] as const;

  it.each(scripts)("%s before the first request: the request under it is checked, its findings at their lines", (_, script) => {
    const shift = script.split("\n").length;
    expect(findings(`${script}\n${post(badBody)}`)).toEqual([["schema", 2, 4 + shift]]);
    expect(findings(`# @name first\n${script}\n${post('{"name": "a", "value": "b"}')}`)).toEqual([]);
  });

  it.each(scripts)("%s between two requests, after ###: each request checked at its lines", (_, script) => {
    const shift = script.split("\n").length;
    const text = `${post(badBody)}\n###\n${script}\n${post(badBody)}`;
    expect(findings(text)).toEqual([badBodyFinding, ["schema", 2, 4 + 6 + shift]]);
  });

  // A Left item of the thirty-second stop: a %} in a string ended the script, its next line read as the request line: an unknown endpoint and two "not a header" errors.
  it("a %} inside a string of a script over several lines: one parse error at that line, naming the script's first line", () => {
    const text = `< {%\n  request.variables.set("a", "%}");\n  request.variables.set("b", 1);\n%}\n${post(badBody)}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 2, 3]]);
    expect(messages[0]?.message).toMatch(/^this pre-request script \(opened on line 1\) ends at this line's first %\}, as JetBrains HTTP Client reads it wherever it stands \(its spec: "An in-place script can't contain ‘%\}’"\)/);
    // A %} with nothing but blanks after it ends the script where it should: the request is checked.
    expect(findings(`< {%\n  request.variables.set("a", "x");  %}  \n${post(badBody)}`)).toEqual([["schema", 2, 6]]);
  });

  // Found by the audit of the scan's end at a request line: `delete request.x;` was read as a DELETE request line.
  it.each([
    ["a `delete` statement", "  delete request.x;"],
    ["a `get(…)` call", "  get(request);"],
    ["a // comment", "  // then set b"],
    // Found by the audit of the next round: a regex literal was read as a request's / path.
    ["a regex literal", '  /^x/.test(request.url) && client.log("y");'],
    // Found by the audit of the host with no dot: any run of characters up to a / was taken for a host.
    ["a delete of a key holding a /", '  delete headers["a/b"];'],
    ["a division by a name (`get a/b`)", "  get a/b"],
    ["a division assignment (`head /= 2;`)", "  head /= 2;"],
  ])("a %} in a string, then %s among the script's lines: the one parse error at the %} line", (_name, jsLine) => {
    const text = `< {%\n  request.variables.set("a", "50%} off");\n${jsLine}\n%}\n${post(badBody)}`;
    expect(findings(text)).toEqual([["parse", 2, 2]]);
  });

  // Found by the audit of this stop's reading of %}: a comment after the closing %}, or a %} that a handler below closes, was taken for a %} in a string.
  it.each([
    ["a comment after the closing %}", `< {%\n  request.variables.set("a", "1");\n%} // set a\n${post(badBody)}`, [["schema", 2, 7]]],
    ["text after %}, but no later %} but a handler's", `< {%\n  request.variables.set("a", "1");\n%} x\n${post(badBody)}\n> {%\n  client.log(1);\n%}\n`, [["schema", 2, 7]]],
    // Found by the audit of the next round: a %} in the body below was taken for the script's own end.
    ["%}; closing the script, a %} in the body's JSON below", `< {%\n  client.global.set("x", "1");\n%};\n${post('{"name": "", "value": "50%} off"}')}`, [["schema", 2, 7]]],
    // Found by the same audit: a request line the parser reads, but the scan did not, let a %} in the body hide the request.
    // Found by the audit of the last round: a host with no dot (localhost:8080) was no request line to the scan.
    ["a request line to localhost:8080, a %} in its body", `< {%\n  client.log("done %}");\nPOST localhost:8080/api/v2/order/5/customData\nContent-Type: application/json\n\n{"name": "", "value": "50%} off"}\n`, [["schema", 2, 6]]],
    ["a scheme-less request line in small letters, a %} in its body", `< {%\n  client.log("done %}");\npost integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n{"name": "", "value": "50%} off"}\n`, [["schema", 2, 6]]],
  ])("%s: the script ends there, the request is checked", (_name, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("a script that is never closed holds the rest of its block: the parse error at its {% line, the next block's request read", () => {
    const text = `< {%\n  request.variables.set("id", "5");\n###\n${post(badBody)}`;
    expect(findings(text)).toEqual([["parse", 2, 1], ["schema", 2, 7]]);
  });
});

/**
 * Any JetBrains lines after each request's body leave the requests' findings as they were: the
 * same rule ids and severities, each line moved down by the lines inserted above it.
 */
describe("inserting JetBrains handler, redirect and reference lines after a body", () => {
  const requests = [
    post(badBody),
    post('{"name": "a", "value": "b"}'),
    `DELETE ${customData}/7\n\n{"name": "a"}\n`,
    "GET https://integration.shopatron.com/api/v2/orderItem\n",
    `PUT ${customData}/7\nContent-Type: application/json\n\n{\n  "name": "a",\n  "value": 5\n}\n`,
    `POST ${customData}\n\n[1, 2]\n`,
  ];
  const scriptText = fc.string({ unit: fc.constantFrom("a", " ", "(", ")", ";", '"', "{", "}", "<", ">", "#", "/") }).map((s) => s.replace(/^#+/, ""));
  const tailLine = fc.oneof(
    scriptText.map((s) => `> {% ${s} %}`),
    fc.array(scriptText, { maxLength: 3 }).map((lines) => ["> {%", ...lines.map((l) => `  ${l}`), "%}"].join("\n")),
    fc.constantFrom("> ./check.js", ">> out.json", ">>! out.json", "<> 2024-01-01T000000.200.json", "", "# a comment"),
  );
  const request = fc.record({ request: fc.constantFrom(...requests), tail: fc.array(tailLine, { maxLength: 4 }) });

  it("leaves each request's findings, their lines shifted by the lines inserted above", () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 4 }), (file) => {
        const plain = file.map((r) => r.request).join("###\n");
        // The tail starts on a line of its own, under the body (a handler first, so that an empty or comment line does not end the request alone).
        const tails = file.map((r) => (r.tail.length === 0 ? "" : `> {% client.log(1); %}\n${r.tail.join("\n")}\n`));
        const withTails = file.map((r, i) => r.request + tails[i]).join("###\n");
        const starts: number[] = [];
        let [line, shift] = [1, 0];
        const shifts: number[] = [];
        for (const [i, r] of file.entries()) {
          starts.push(line);
          shifts.push(shift);
          line += r.request.split("\n").length;
          shift += tails[i]!.split("\n").length - 1;
        }
        const requestOf = (l: number) => starts.filter((s) => s <= l).length - 1;
        const expected = findings(plain).map(([rule, severity, l]) => [rule, severity, (l as number) + shifts[requestOf(l as number)]!]);
        expect(findings(withTails)).toEqual(expected);
      }),
    );
  });
});

/**
 * JetBrains' grammar puts nothing but handlers and references between a request's handler and
 * the next `###`: a request written there (the separator forgotten) was read by neither reading
 * (JetBrains ends the request at the handler; REST Client sends it as the body's last lines), and
 * oms-lint passed over it without a word.
 */
describe("a line below a request's handler that is none of JetBrains' lines", () => {
  it("a request written without ### under a handler: one parse warning at its line, saying it is not read", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {% client.log(1); %}\n\n${post(badBody)}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endColumn])).toEqual([["parse", 1, 8, 1, "POST ".length + customData.length + 1]]);
    expect(messages[0]?.message).toBe(
      "this line is not read: it stands below the request's response handler, redirect or reference (line 6), where JetBrains HTTP Client ends the request, and JetBrains' grammar puts only more of those before the next ###; REST Client would send it as part of the request (our reading); if it starts another request, put ### above it",
    );
  });

  // A Left item of the thirty-second stop: a %} inside a script's string ended it, and the warning below did not say why.
  it("a %} inside a script's string ends it there: the one warning names the script and that %}", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {%\n  client.log("done %}");\n  client.global.set("x", 1);\n%}\n`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["parse", 1, 8]]);
    expect(messages[0]?.message).toContain(`the script opened on line 6 ended at the first %} on line 7, as JetBrains reads it wherever it stands (its spec: "An in-place script can't contain ‘%}’")`);
    // A script closed by a %} alone on its line says nothing of it.
    const closed = lintHttpFile(`${post('{"name": "a", "value": "b"}')}\n> {%\n  client.log(1);\n%}\n${post(badBody)}`, "jb.http").messages;
    expect(closed.map((m) => [m.ruleId, m.line])).toEqual([["parse", 9]]);
    expect(closed[0]?.message).toMatch(/if it starts another request, put ### above it$/);
  });

  it("a handler closed by %}; and a request below without ### whose body holds %}: the advice on ### stays", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {%\n  client.log(1);\n%};\n${post('{"name": "", "value": "50%} off"}')}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["parse", 9]]);
    expect(messages[0]?.message).toMatch(/if it starts another request, put ### above it$/);
  });

  it("a handler closed by %} and a comment, a request below without ###: the advice on ### stays", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {%\n  client.log(1);\n%} // logged\n${post(badBody)}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["parse", 9]]);
    expect(messages[0]?.message).toMatch(/if it starts another request, put ### above it$/);
  });

  it("a handler's own lines, blank lines, comments and references below it draw nothing", () => {
    const text = `${post('{"name": "a", "value": "b"}')}\n> {%\n  POST is not a request here;\n%}\n\n# saved:\n>> out.json\n<> 2024-01-01T000000.200.json\n`;
    expect(findings(text)).toEqual([]);
  });

  // Found by the audit of the JetBrains reading: a script never closed hid every line below it, a request among them, without a word.
  it("a handler's script never closed, a request below it without ###: one parse warning at the {% line, saying so", () => {
    const text = `GET ${customData}\n> {% client.log(1);\n\n${post(badBody)}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.evidence, m.line, m.column])).toEqual([["parse", 1, "inferred", 2, 1]]);
    expect(messages[0]?.message).toMatch(/^this response handler script opens with \{% and is never closed \(no %\} before the next ### or the end of the file\).*no line below it is read \(a request among them, if its ### was forgotten\); close it with %\}$/);
  });

  it("a pre-request script never closed: the request below it is not checked, and one parse error at the {% line says so", () => {
    const text = `< {% request.variables.set("n", "x");\n${post(badBody)}`;
    const messages = lintHttpFile(text, "jb.http").messages;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["parse", 2, 1, 1]]);
    expect(messages[0]?.message).toMatch(/^this pre-request script opens with \{% and is never closed .*the request below it is not checked; close it with %\}$/);
    // Closed, the request is checked: its body's errors stand.
    expect(lintHttpFile(`< {% request.variables.set("n", "x"); %}\n${post(badBody)}`, "jb.http").messages.filter((m) => m.severity === 2).length).toBeGreaterThan(0);
  });

  it("one warning for the first such line, however many follow", () => {
    const text = `GET https://integration.shopatron.com/api/v2/order/5/customData\n\n<> a.json\n{"x": 1}\n{"y": 2}\n`;
    expect(findings(text)).toEqual([["parse", 1, 4]]);
  });
});

// Found by the audit of the JetBrains reading: JetBrains' own syntax page breaks a long URL over indented lines.
describe("a URL broken over indented lines, as JetBrains writes a long one", () => {
  it.each([
    ["path and query lines", "GET https://integration.shopatron.com\n    /api/v2\n    /orderItem/\n    ?orderID=5\n    &perPage=20\n", []],
    ["a bad parameter on a continued line: its finding, as on one line", "GET https://integration.shopatron.com\n    /api/v2/orderItem/\n    ?orderID=5\n    &perPage=500\n", [["schema", 2]]],
    ["an unindented /line is no continuation: a line that is no header, as before", "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n/x\n", [["parse", 2]]],
    // Found by the audit of the path lines: a variable the client fills among them (JetBrains' env file) was moved to the query, and the path read wrong.
    ["a path line the client fills ({{apiBase}}) stands where it is written: the body checked", `POST https://integration.shopatron.com\n    {{apiBase}}\n    /order/5/customData\nContent-Type: application/json\n\n${badBody}\n`, [["schema", 2]]],
    ["the same in a GET's path: its bad orderID found", "GET https://integration.shopatron.com\n    {{apiBase}}\n    /orderItem/\n    ?orderID=abc\n", [["schema", 2]]],
    // Found by the audit of the version that kept them in place: a line the client fills after the path lines may hold a header or the query.
    ["a header the client fills under the path lines ({{authHeader}}): no part of the path, the body checked", `POST https://integration.shopatron.com\n    /api/v2\n    /order/5/customData\n{{authHeader}}\nContent-Type: application/json\n\n${badBody}\n`, [["schema", 2]]],
    ["the same under the query lines: the bad orderID found", "GET https://integration.shopatron.com\n    /api/v2\n    /orderItem/\n    ?orderID=abc\n{{authHeader}}\nAccept: application/json\n", [["schema", 2]]],
    ["a query the client fills under the path lines ({{q}}): read as the query it may be, no unknown endpoint", "GET https://integration.shopatron.com\n    /api/v2\n    /orderItem/\n    {{q}}\n", []],
    // Found by the audit of the in-place reading: the host a variable too, the two read as the host and the path's start.
    ["{{host}} on the request line, then an indented {{apiBase}} line: the body checked", `POST {{host}}\n    {{apiBase}}\n    /order/5/customData\nContent-Type: application/json\n\n${badBody}\n`, [["schema", 2]]],
    ["the same in a GET: its bad orderID found", "GET {{host}}\n    {{apiBase}}\n    /orderItem/\n    ?orderID=abc\n", [["schema", 2]]],
    ["{{host}}{{apiBase}} on one line, as before the path lines: its bad orderID found", "GET {{host}}{{apiBase}}/orderItem/?orderID=abc\n", [["schema", 2]]],
    // A Left item of the thirty-second stop: a line of a segment's text alone was a line that is no header, an error.
    ["a segment's text alone under a URL that ends with / (`    5/customData` under …/order/): joined, the body checked", `POST https://integration.shopatron.com/api/v2/order/\n    5/customData\nContent-Type: application/json\n\n${badBody}\n`, [["schema", 2]]],
    ["JetBrains' spec's own example, `/` then `    api` then `    /get` (4.2.1), with the OMS path: its bad orderID found", "GET https://integration.shopatron.com/\n    api\n    /v2/orderItem/\n    ?orderID=abc\n", [["schema", 2]]],
    ["a word alone under a URL that does not end with /: the header REST Client sends, as before", `POST https://integration.shopatron.com/api/v2/order/5/customData\n    Accept\nContent-Type: application/json\n\n${badBody}\n`, [["parse", 1], ["schema", 2]]],
    ["a word alone under a URL with a query already: the header REST Client sends, not part of orderID", "GET https://integration.shopatron.com/api/v2/orderItem/\n    ?orderID=5\n    Accept\n", [["parse", 1]]],
    ["a segment line that holds a blank or a colon is no segment: a line that is no header, as before", "GET https://integration.shopatron.com/api/v2/\n    orderItem/ x\n", [["request/unknown-endpoint", 1], ["parse", 2]]],
    // Found by the audit of the segment lines: every endpoint's path ends with /, and a header without a colon under one was joined, its request's errors hidden.
    ["a word alone under an endpoint's URL (…/orderItem/): the header REST Client sends, the missing orderID found", "GET https://integration.shopatron.com/api/v2/orderItem/\n    Accept\n", [["request/missing-query-parameter", 2], ["parse", 1]]],
    ["a word alone under …/createOrder/: the header, and the empty body's error", "POST https://integration.shopatron.com/api/v2/createOrder/\n    Authorization\nContent-Type: application/json\n\n{}\n", [["parse", 1], ["schema", 2]]],
    ["a body right under the request line that opens with an indented /* comment is no path line, as before", 'POST https://integration.shopatron.com/api/v2/order/5/customData\n  /*x*/ {"name": "", "value": "x"}\n', [["request/body-required", 2], ["parse", 2]]],
  ])("%s", (_name, text, expected) => {
    expect(lintHttpFile(text, "jb.http").messages.map((m) => [m.ruleId, m.severity])).toEqual(expected);
  });
});

// Found by the audit of the JetBrains reading: `import` and `run` lines were "no method REST Client reads", errors.
describe("JetBrains' import and run lines", () => {
  it.each([
    ["import, then run by name and by file, each block of its own", `import ./auth.http\n\n###\nrun #login\n\n###\nrun ./setup.http (@orderID=5)\n\n###\n${post(badBody)}`, [["schema", 2, 13]]],
    ["an import line above a request in the same block: the request read", `import ./auth.http\n\n${post(badBody)}`, [["schema", 2, 6]]],
    ["`imports x` is no such line: a method REST Client does not read, as before", "imports ./auth.http\n", [["parse", 2, 1]]],
    // Found by the audit of these lines: any text after run or import was taken for one, a URL's request left unread.
    // Found by the audit of the stricter reading: names hold spaces, and an unnamed request is run by its method and URL (kulala's examples).
    ["run by a name with spaces, with variables, by an unnamed request's method and URL, by a file's request", "run #Create order\n\n###\nrun #Create order (@orderID=5)\n\n###\nrun #POST https://integration.shopatron.com/api/v2/createOrder/\n\n###\nrun ./orders.http#Create order\n", []],
    ["`run` and a URL is no such line: the method REST Client does not read, as before", "run https://integration.shopatron.com/api/v2/orderItem/?orderID=abc\n", [["parse", 2, 1]]],
    // Found by the audit of the stricter reading: a file's path may hold a space, and the request below was then lost.
    ["`import` of a path with a space: no request, the request below read", `import ./my auth.http\n${post(badBody)}`, [["schema", 2, 5]]],
  ])("%s", (_name, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

// A Left item of the thirty-second stop: `GRAPHQL https://…` was "no method REST Client reads", an error that failed the run.
describe("JetBrains' GraphQL, WebSocket and gRPC requests are no REST calls of the OMS", () => {
  const graphql = 'GRAPHQL https://integration.shopatron.com/graphql\n\nquery Orders($id: Int) { order(id: $id) { status } }\n\n{"id": 5}\n';
  const websocket = 'WEBSOCKET wss://integration.shopatron.com/ws\n\n{"message": "Hello"}\n===\n{"message": "World"}\n=== wait-for-server\n';
  const grpc = 'GRPC integration.shopatron.com:443/com.example.Orders/Get\n\n{"id": "123"}\n';
  it.each([
    ["a GraphQL query and its variables", graphql],
    ["WebSocket messages split by ===", websocket],
    ["a gRPC call", grpc],
    ["a GraphQL request with a response handler", `${graphql}\n> {% client.log(response.body); %}\n`],
  ])("%s: no finding, and the request of the next block is read", (_name, request) => {
    expect(findings(request)).toEqual([]);
    expect(findings(`${request}\n###\n${post(badBody)}`)).toEqual([["schema", 2, request.split("\n").length + 5]]);
  });

  it.each([
    ["in small letters, which no example writes", "graphql https://integration.shopatron.com/graphql\n"],
    ["a word that only starts like one", "GRAPHQLX https://integration.shopatron.com/graphql\n"],
  ])("%s: a method REST Client does not read, as before", (_name, text) => {
    expect(findings(text)).toEqual([["parse", 2, 1]]);
  });
});
