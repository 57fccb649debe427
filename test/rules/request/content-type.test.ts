import { describe, expect, it } from "vitest";
import { lintPostmanCollection } from "../../../src/builtIn/linter.js";
import { contentType } from "../../../rules/request/content-type.js";
import { requestRuleTester } from "../../support/ruleTester.js";

/** A collection of one POST of custom order data, as Postman saves it, with the given body and headers. */
const collection = (body: unknown, header: unknown[] = []) =>
  JSON.stringify(
    {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "add", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/order/5/customData", header, body } }],
    },
    null,
    2,
  );
const jsonHeader = (value = "application/json") => [{ key: "Content-Type", value }];
const urlencoded = { mode: "urlencoded", urlencoded: [{ key: "name", value: "n" }] };
const formdata = { mode: "formdata", formdata: [{ key: "name", value: "n" }] };
/** The audit's collection: a raw body with no language, in a request with no header member. */
const headerless = (options?: unknown) =>
  JSON.stringify(
    {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "x", request: { method: "POST", url: "https://integration.shopatron.com/api/v2/order/5/customData", body: { mode: "raw", raw: '{"name":"c","value":"b"}', ...(options === undefined ? {} : { options }) } } }],
    },
    null,
    2,
  );
/** The line of the collection's raw body text, 1-based. */
const rawLine = (text: string) => text.split("\n").findIndex((line) => line.trimStart().startsWith('"raw": "')) + 1;
/** The line of the collection's body (the request's "body" member), 1-based. */
const bodyLine = (text: string) => text.split("\n").findIndex((line) => line.trimStart().startsWith('"body": {')) + 1;

requestRuleTester(contentType, {
  valid: [
    { name: "application/json", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n{}\n" },
    { name: "with a charset", http: "POST https://integration.shopatron.com/api/v2/createOrder/\ncontent-type: application/json; charset=utf-8\n\n{}\n" },
    // A media type's parameters read as RFC 9110 §8.3.1 writes them: "utf-8" in any case, quoted or not, and other parameters left alone.
    { name: "charset UTF-8, quoted, after spaces", http: 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json ;CHARSET="UTF-8"\n\n{}\n' },
    { name: "another parameter", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json; profile=order\n\n{}\n" },
    // The WHATWG Encoding Standard's labels of UTF-8, any case: a server that honours one decodes UTF-8 (audit: utf8 was "not UTF-8").
    ...["utf8", "UTF8", "unicode-1-1-utf-8", "unicode11utf8", "Unicode20UTF8", "x-unicode20utf8"].map((label) => ({
      name: `charset ${label}, a label of UTF-8`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json; charset=${label}\n\n{}\n`,
    })),
    // A malformed parameter is no other type (audit: each was told to "send application/json"); a charset is judged only where it can be read.
    ...["application/json; charset=", "application/json; charset = utf-8", "application/json; profile=https://example.com/p", "application/json;charset=utf-8,"].map((value) => ({
      name: `a malformed parameter: ${value}`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: ${value}\n\n{}\n`,
    })),
    { name: "a charset that is a variable", http: 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json; charset="{{cs}}"\n\n{}\n' },
    { name: "a variable", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: {{type}}\n\n{}\n" },
    { name: "no body: body-required's", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n" },
    { name: "a GET", http: "GET https://integration.shopatron.com/api/v2/order/1/customData\n" },
    // "Supported FormatsJSON" (each document). Found by the rules' mutation audit: two survivors.
    // A media type's letter case does not matter (RFC 9110 §8.3.1), and reading it as written went unseen;
    { name: "Application/JSON, in another letter case", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: Application/JSON\n\n{}\n" },
    // and a body where none is allowed is body-not-allowed's one finding: judging its type too went unseen.
    { name: "a GET with a body and no Content-Type: body-not-allowed's", http: "GET https://integration.shopatron.com/api/v2/order/1/customData\n\n{}\n" },
    { name: "Postman: a raw body of language json, with the header", postman: collection({ mode: "raw", raw: '{"name":"n","value":"v"}', options: { raw: { language: "json" } } }, jsonHeader()) },
    { name: "Postman: a form body with a header that is a variable", postman: collection(urlencoded, jsonHeader("{{type}}")) },
    // A line of the head that is only a variable the file does not define (an environment's) may hold any continuation or header: nothing is missing then.
    { name: "a line that is only an environment's variable may hold Content-Type", http: "POST https://integration.shopatron.com/api/v2/createOrder/\n{{headers}}\n\n{}\n" },
    // Found by the audit of this session's .http changes: REST Client sends it empty, and the parse warning at its line (no colon) is the one finding of that one mistake.

  ],
  // A finding about the Content-Type the request sends stands at its line (from the first to the last where it is sent on several); one about a missing header, at the request line.
  invalid: [
    {
      name: "no Content-Type",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\n\n{}\n",
      // "Supported Formats JSON" is all the documents say: the header is our reading of it, and the message says whose.
      errors: [
        {
          messageId: "missing",
          line: 1,
          messageIncludes: ["sends no Content-Type: the documents give JSON as the supported format, so send Content-Type: application/json", "they do not say what the OMS does with a body sent without one"],
        },
      ],
    },
    // Found by the request files review: read as record-id-missing and record-id-unexpected read it.
    {
      name: "no Content-Type on a PUT without the record ID (the record's PUT)",
      http: "PUT https://integration.shopatron.com/api/v2/order/555555/customData\n\n{}\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "no Content-Type on a POST with a record ID (the collection's POST)",
      http: "POST https://integration.shopatron.com/api/v2/order/555555/customData/1\n\n{}\n",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "written with its colon and no value: sent empty, and no parse warning says so",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type:\n\n{}\n",
      errors: [{ messageId: "other", line: 2, messageIncludes: ['Content-Type is ""'] }],
    },
    {
      name: "another type",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: text/plain\n\n{}\n",
      errors: [{ messageId: "other", line: 2, messageIncludes: ['Content-Type is "text/plain": the documents give JSON as the supported format, so send application/json', "they do not say what the OMS does with another type"] }],
    },
    // The service audit: read by its first letters, these passed as JSON. A server that honours iso-8859-1 reads "Zürich" as "ZÃ¼rich".
    ...[
      ["iso-8859-1", "application/json; charset=iso-8859-1", '"iso-8859-1"'],
      ["utf-16, quoted", 'application/json; charset="utf-16"', '"utf-16"'],
      ["windows-1252", "Application/JSON;charset=windows-1252", '"windows-1252"'],
    ].map(([name, value, charset]) => ({
      name: `a charset other than UTF-8: ${name}`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: ${value}\n\n{}\n`,
      errors: [
        {
          messageId: "charset",
          line: 2,
          messageIncludes: [
            `Content-Type is ${JSON.stringify(value)}: its charset ${charset} is not UTF-8. JSON exchanged between systems is UTF-8 (RFC 8259 §8.1)`,
            "no charset parameter is defined for application/json (RFC 8259 §11: adding one has no effect on compliant recipients), so a compliant server ignores it",
            'only one that honours it anyway reads text past ASCII as other characters ("Zürich" as "ZÃ¼rich" under iso-8859-1); that is our reading',
            "that is our reading, as the documents give JSON as the supported format and say nothing of charset: send application/json without it",
          ],
        },
      ],
    })),
    // A Content-Type line repeated: each media type judged (service audit: read as one, a first with a parameter hid the second).
    ...[
      ["application/json; charset=utf-8", "text/plain", "other", 'Content-Type is "application/json; charset=utf-8, text/plain": the documents give JSON as the supported format'],
      ["application/json; charset=iso-8859-1", "application/json", "charset", 'Content-Type is "application/json; charset=iso-8859-1, application/json": its charset "iso-8859-1" is not UTF-8'],
    ].map(([first, second, messageId, words]) => ({
      name: `Content-Type twice: ${first} then ${second}`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: ${first}\nContent-Type: ${second}\n\n{}\n`,
      // The value judged is every line's, joined: the finding spans them all, from the first to the last (column 1 to past its value).
      errors: [{ messageId: messageId!, line: 2, column: 1, endLine: 3, endColumn: "Content-Type: ".length + second!.length + 1, messageIncludes: [words!] }],
    })),
    ...["application/jsonp", "application/json-seq", "application/json garbage", "application/vnd.api+json"].map((value) => ({
      name: `a media type that only starts as JSON's: ${value}`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: ${value}\n\n{}\n`,
      errors: [{ messageId: "other", line: 2, messageIncludes: [`Content-Type is ${JSON.stringify(value)}: the documents give JSON as the supported format, so send application/json`] }],
    })),
    // Found by the rule docs pages audit: "a request with a JSON body sends no Content-Type", at a header member that does not exist.
    {
      name: "Postman: a raw body with no language is sent as text/plain, told at the body",
      postman: headerless(),
      errors: [
        {
          messageId: "rawNoLanguage",
          line: rawLine(headerless()),
          messageIncludes: [
            "Postman sends this raw body as text/plain because it has no language (JSON would be sent as application/json)",
            "so set the body's language to JSON or a Content-Type: application/json header",
            "they do not say what the OMS does with another type",
          ],
        },
      ],
    },
    {
      name: "Postman: a raw body of language text, with an empty header list",
      postman: collection({ mode: "raw", raw: '{"name":"n","value":"v"}', options: { raw: { language: "text" } } }),
      errors: [{ messageId: "rawLanguage", line: rawLine(collection({ mode: "raw", raw: "{}", options: { raw: { language: "text" } } })), messageIncludes: ['Postman sends this raw body as text/plain because its language is "text", not JSON'] }],
    },
    {
      name: "Postman: a raw body of language xml is sent as application/xml (Postman's runtime's table)",
      postman: headerless({ raw: { language: "xml" } }),
      errors: [{ messageId: "rawLanguage", line: rawLine(headerless({ raw: { language: "xml" } })), messageIncludes: ['as application/xml because its language is "xml"', "set the body's language to JSON (Postman then sends application/json)"] }],
    },
    {
      name: "Postman: a urlencoded body whose header says JSON",
      postman: collection(urlencoded, jsonHeader()),
      // Which of the two the OMS reads the documents do not say: a warning, at the body, in our words.
      errors: [
        {
          messageId: "formBody",
          line: bodyLine(collection(urlencoded, jsonHeader())),
          messageIncludes: [
            "the body is sent form-encoded (Postman's urlencoded mode, as application/x-www-form-urlencoded) although Content-Type says \"application/json\"",
            "the documents give JSON as the supported format, and do not say which of the two the OMS reads (our reading)",
          ],
        },
      ],
    },
    {
      name: "Postman: a form-data body whose header says JSON with a charset",
      postman: collection(formdata, jsonHeader("application/json; charset=utf-8")),
      errors: [
        {
          messageId: "formBody",
          line: bodyLine(collection(formdata, jsonHeader())),
          messageIncludes: ["the body is sent form-encoded (Postman's formdata mode, as multipart/form-data) although Content-Type says \"application/json; charset=utf-8\""],
        },
      ],
    },
  ],
});

describe("a Postman body that is not raw JSON", () => {
  const contentTypeFindings = (text: string) => lintPostmanCollection(text, "c.json").messages.filter((m) => m.ruleId === "request/content-type");

  it("a raw body that is not JSON by its language: one finding, at the raw body (a member that exists), never the missing header's", () => {
    const found = contentTypeFindings(headerless());
    expect(found.map((m) => [m.messageId, m.path])).toEqual([["rawNoLanguage", "/item/0/request/body/raw"]]);
    expect(found[0]?.message).not.toContain("sends no Content-Type");
  });

  it("the request's own Content-Type wins over the language: another type is told as such", () => {
    const found = contentTypeFindings(collection({ mode: "raw", raw: "{}" }, jsonHeader("text/plain")));
    expect(found.map((m) => [m.messageId, m.path])).toEqual([["other", "/item/0/request/header/0"]]);
  });

  it("Content-Type in two header entries: the finding stands at the header list that holds both, not at the first (a fine one)", () => {
    const text = collection({ mode: "raw", raw: "{}", options: { raw: { language: "json" } } }, [...jsonHeader(), ...jsonHeader("text/plain")]);
    const lines = text.split("\n");
    const [list, last] = [lines.findIndex((line) => line.trimStart().startsWith('"header": [')) + 1, lines.findIndex((line) => line.includes('"text/plain"')) + 1];
    const found = contentTypeFindings(text);
    expect(found.map((m) => [m.messageId, m.path])).toEqual([["other", "/item/0/request/header"]]);
    expect(found[0]?.message).toContain('Content-Type is "application/json, text/plain"');
    expect([found[0]?.line, (found[0]?.endLine ?? 0) > last]).toEqual([list, true]);
  });

  it("a urlencoded body goes as application/x-www-form-urlencoded (as Postman sends it), not JSON: the type is told, not a missing one", () => {
    const [finding, ...more] = contentTypeFindings(collection(urlencoded));
    expect(more).toEqual([]);
    expect(finding?.messageId).toBe("other");
    expect(finding?.message).toContain('Content-Type is "application/x-www-form-urlencoded"');
    expect(finding?.message).not.toContain("JSON body");
  });

  it("a form-data body goes as multipart/form-data", () => {
    const [finding] = contentTypeFindings(collection(formdata));
    expect(finding?.message).toContain('Content-Type is "multipart/form-data"');
  });

  it("the request's own Content-Type is the one sent: another form type is told as such, and JSON over a form body is one finding, at the body", () => {
    const [other, ...more] = contentTypeFindings(collection(urlencoded, jsonHeader("text/plain")));
    expect(more).toEqual([]);
    expect(other?.message).toContain('Content-Type is "text/plain"');
    const [form, ...others] = contentTypeFindings(collection(urlencoded, jsonHeader()));
    expect(others).toEqual([]);
    expect(form?.path).toBe("/item/0/request/body");
    expect(form?.level).toBe("warning");
    expect(form?.evidence).toBe("inferred");
  });
});
