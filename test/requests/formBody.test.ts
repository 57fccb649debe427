import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * A `.http` request whose Content-Type names a form: REST Client sends the body as written (form
 * syntax, its `&` lines joined), and the header is the one cause, request/content-type's warning
 * (inferred: the documents give JSON as the supported format, and say nothing of another type).
 * The body, read as JSON, was a parse error beside it ("name is not a JSON value: text needs
 * double quotes"), failing a run the same Postman request passes (found by the audit of request files).
 */
const customData = "https://integration.shopatron.com/api/v2/order/5/customData";
const http = (type: string, body: string) => `POST ${customData}\nContent-Type: ${type}\n\n${body}\n`;
const findings = (text: string) => lintHttpFile(text, "f.http").messages.map((m) => [m.ruleId, m.severity, m.line]);

describe("a .http form body", () => {
  it.each([
    ["application/x-www-form-urlencoded", "name=a\n&value=b"],
    ["Application/X-WWW-Form-Urlencoded; charset=utf-8", "name=a&value=b"],
    ["multipart/form-data; boundary=x", '--x\nContent-Disposition: form-data; name="name"\n\na\n--x--'],
    // Sent as the form its header names, whatever the text looks like.
    ["application/x-www-form-urlencoded", '{"name": "a"}'],
  ])("Content-Type %s: request/content-type's one warning, no parse error", (type, body) => {
    expect(findings(http(type, body))).toEqual([["request/content-type", 1, 2]]);
  });

  it("as the same Postman urlencoded request: one warning, the run passes", () => {
    const collection = JSON.stringify({
      info: { name: "f", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      item: [{ name: "f", request: { method: "POST", url: customData, body: { mode: "urlencoded", urlencoded: [{ key: "name", value: "a" }] } } }],
    });
    expect(lintPostmanCollection(collection, "f.postman_collection.json").messages.map((m) => [m.ruleId, m.severity])).toEqual([["request/content-type", 1]]);
  });

  // Found by the audit of the session's changes: a type the client fills may name a form, and the form body was a parse error.
  it.each([
    ["{{ct}}", "name=a\n&value=b"],
    ["{{$dotenv CT}}", "name=a&value=b"],
    ["{{$processEnv CT}}", "name=a"],
  ])("Content-Type %s (filled by the client) over a body that opens no JSON object or list: read as the form it may be, no parse error", (type, body) => {
    expect(findings(http(type, body)).filter(([ruleId]) => ruleId === "parse")).toEqual([]);
  });

  it("Content-Type {{ct}} over a body that opens a JSON object: read as JSON, its parse error stands", () => {
    expect(findings(http("{{ct}}", '{"name": "a",}')).filter(([ruleId]) => ruleId === "parse")).toEqual([["parse", 2, 4]]);
  });

  // Found by the service audit: told from the first line alone, JSON then a form was a parse error beside the warning, the two swapped the warning alone.
  it.each([
    ["application/json", "application/x-www-form-urlencoded"],
    ["application/x-www-form-urlencoded", "application/json"],
    ["application/json; charset=utf-8", "multipart/form-data; boundary=x"],
  ])("Content-Type %s then %s over name=a: read as the form, request/content-type's one warning, whatever the lines' order", (first, second) => {
    const text = `POST ${customData}\nContent-Type: ${first}\nContent-Type: ${second}\n\nname=a\n`;
    expect(findings(text)).toEqual([["request/content-type", 1, 2]]);
  });

  it("another type than a form keeps the body read as JSON: text/plain with a broken body is its parse error too", () => {
    expect(findings(http("text/plain", "name=a"))).toEqual([["request/content-type", 1, 2], ["parse", 2, 4]]);
  });
});
