import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * A request file's secrets stand outside the body a finding quotes: a `.http` file's `@apiKey =`
 * line, a Postman collection's variable or bearer auth. A body, URL or query they fill, or that
 * holds one, was quoted with them in every output (audit at d04c125b).
 */
describe("secrets a request file defines outside the body", () => {
  it(".http: a secret-named file variable filled into the body and the URL is [redacted]", () => {
    const text = [
      "@apiKey = sk_live_SECRET123",
      "@apiToken = tok_ABCDEF999",
      "",
      "POST https://integration.shopatron.com/api/v2/createOrder/",
      "Content-Type: application/json",
      "",
      '{"locale": "{{apiKey}}", "sendEmail": true}',
      "",
      "###",
      "GET https://integration.shopatron.com/api/v2/{{apiToken}}/orderItem/?orderID=5",
      "",
    ].join("\n");
    const found = lintHttpFile(text, "c.http").messages.map((m) => m.message);
    expect(found).toContainEqual(expect.stringMatching(/^locale must be one of .*got "\[redacted\]"/));
    expect(found).toContainEqual(expect.stringMatching(/^\/api\/v2\/\[redacted\]\/orderItem\/ is none of the OMS v2 endpoints/));
    expect(found.join("\n")).not.toMatch(/sk_live_SECRET123|tok_ABCDEF999/);
  });

  it("Postman: a collection variable and a bearer token, filled in or written into a body, are [redacted]", () => {
    const collection = {
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      auth: { type: "bearer", bearer: [{ key: "token", value: "sk_live_BEARER777" }] },
      variable: [{ key: "apiKey", value: "sk_live_VAR888" }],
      item: [
        {
          name: "x",
          request: {
            method: "POST",
            url: "https://integration.shopatron.com/api/v2/createOrder/",
            header: [{ key: "Content-Type", value: "application/json" }],
            body: { mode: "raw", raw: '{"locale": "{{apiKey}}", "currency": "sk_live_BEARER777"}' },
          },
        },
      ],
    };
    const found = lintPostmanCollection(JSON.stringify(collection), "c.postman_collection.json").messages.map((m) => m.message);
    expect(found.filter((m) => m.includes('got "[redacted]"'))).toHaveLength(2);
    expect(found.join("\n")).not.toMatch(/sk_live_BEARER777|sk_live_VAR888/);
  });
});

const api = "https://integration.shopatron.com/api/v2";

/** One request, its variables defined in the file: as a `.http` file's `@name = value` lines, or as a Postman collection's variables (each entry's other members given). */
function lintedWith(variables: readonly Variable[], url: string, body?: string, postmanUrl: unknown = url): { http: string[]; postman: string[] } {
  const found = findingsWith(variables, url, body, postmanUrl);
  const messages = (result: readonly { message: string }[]) => result.map((m) => m.message);
  return { http: messages(found.http), postman: messages(found.postman) };
}

interface Finding {
  readonly message: string;
  readonly path: string;
}

/** As lintedWith, each finding's message and JSON Pointer; `postmanUrl`, the collection's url (a url object, or the string). */
function findingsWith(variables: readonly Variable[], url: string, body?: string, postmanUrl: unknown = url, auth?: unknown): { http: Finding[]; postman: Finding[] } {
  const http = [...variables.map((v) => `@${v.key} = ${v.value}`), "", `${body === undefined ? "GET" : "POST"} ${url}`];
  if (body !== undefined) http.push("Content-Type: application/json", "", body);
  const collection = {
    info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
    ...(auth === undefined ? {} : { auth }),
    variable: variables,
    item: [{ name: "r", request: { method: body === undefined ? "GET" : "POST", url: postmanUrl, header: [{ key: "Content-Type", value: "application/json" }], ...(body === undefined ? {} : { body: { mode: "raw", raw: body } }) } }],
  };
  const findings = (result: { messages: readonly Finding[] }) => result.messages.map(({ message, path }) => ({ message, path }));
  return { http: findings(lintHttpFile(`${http.join("\n")}\n`, "s.http")), postman: findings(lintPostmanCollection(JSON.stringify(collection), "s.postman_collection.json")) };
}

interface Variable {
  readonly key: string;
  readonly value: string;
  readonly type?: string;
  readonly secret?: boolean;
}

/**
 * A secret a message shows decoded: a path segment percent-decoded (`(decoded: "p@ssw0rd!longer")`),
 * a query value form-decoded (`+` a space). Only the text as written was redacted (audit of 9b47b759).
 */
describe("a file's secret as a URL decodes it", () => {
  it.each([
    { key: "apiKey", value: "Zm9v+YmFy/aGVsbG8gd29ybGQ=", url: `${api}/orderItem/?orderID=1&itemState={{apiKey}}`, shown: /itemState must be .*; got "\[redacted\]"$/, decoded: "Zm9v YmFy/aGVsbG8gd29ybGQ=" },
    { key: "password", value: "p%40ssw0rd%21longer", url: `${api}/orderItem/{{password}}/customData/?orderID=1`, shown: /orderItemID must be a positive integer, not "\[redacted\]" \(decoded: "\[redacted\]"\)$/, decoded: "p@ssw0rd!longer" },
  ])("$key = $value, in a .http file and as a collection variable", ({ key, value, url, shown, decoded }) => {
    for (const messages of Object.values(lintedWith([{ key, value }], url))) {
      expect(messages).toContainEqual(expect.stringMatching(shown));
      expect(messages.join("\n")).not.toContain(decoded);
    }
  });
});

/**
 * Postman keeps a secret variable with `"type": "secret"` (an environment's with `"secret": true`),
 * whatever its name: `kiboKey` holds no credential word, and its value was quoted (audit of 9b47b759).
 */
describe("a Postman variable marked secret", () => {
  it.each([{ type: "secret" }, { secret: true }])("%o is [redacted] whatever its name", (marker) => {
    const { postman } = lintedWith([{ key: "kiboKey", value: "sk_live_ABCDEFGH12345678", ...marker }], `${api}/orderItem/{{kiboKey}}/customData/?orderID=1`);
    expect(postman).toContainEqual(expect.stringMatching(/orderItemID must be a positive integer, not "\[redacted\]"$/));
    expect(postman.join("\n")).not.toContain("ABCDEFGH12345678");
  });

  it("an unmarked variable of such a name is quoted", () => {
    const { postman } = lintedWith([{ key: "kiboKey", value: "sk_live_ABCDEFGH12345678", type: "string" }], `${api}/orderItem/{{kiboKey}}/customData/?orderID=1`);
    expect(postman).toContainEqual(expect.stringMatching(/not "sk_live_ABCDEFGH12345678"$/));
  });
});

/**
 * A file's secret holding a quote ends the body's string early, and the parse fault quoted the
 * rest (`cdEFGH12345678xyz is not a JSON value`): a payload's secret cut so is explained without
 * quoting it, a file's is redacted by its pieces (audit of 9b47b759).
 */
describe("a file's secret cut by a quote in it", () => {
  it.each([
    { value: 'ab"cdEFGH12345678xyz', piece: "cdEFGH12345678xyz", shown: /\[redacted\] is not a JSON value: text needs double quotes \("\[redacted\]"\)$/ },
    { value: 'ab"}cdEFGH12345678xyz', piece: "cdEFGH12345678xyz", shown: /unexpected \[redacted\] after the end of the JSON value/ },
    { value: 'ab",cdEFGH123 45678xyz', piece: "cdEFGH123", shown: /\[redacted\] is not a JSON value/ },
  ])("$value, in a .http file and as a collection variable", ({ value, piece, shown }) => {
    const found = lintedWith([{ key: "clientSecret", value }], `${api}/orderItem/1/customData/?orderID=1`, '{"name": "{{clientSecret}}", "value": "v"}');
    for (const messages of Object.values(found)) {
      expect(messages).toContainEqual(expect.stringMatching(shown));
      expect(messages.join("\n")).not.toContain(piece);
    }
  });
});

/**
 * A value marked secret, and an auth's credential, are taken as a value under a credential word
 * is: a count of up to four digits and true/false/null/yes/no/on/off are not, or "100" made the
 * documents' "maximum 100" read "maximum [redacted]" (audit of cccd3a5d..732b2847).
 */
describe("a short count or word marked secret", () => {
  const search = `${api}/orderItem/?orderID=1&perPage=500`;
  it.each([
    { case: "a variable marked secret", variables: [{ key: "siteId", value: "100", type: "secret" }], auth: undefined },
    { case: "an environment's secret: true", variables: [{ key: "siteId", value: "100", secret: true }], auth: undefined },
    { case: "a bearer token", variables: [], auth: { type: "bearer", bearer: [{ key: "token", value: "100", type: "string" }] } },
    { case: "an apikey's value", variables: [], auth: { type: "apikey", apikey: [{ key: "value", value: "100", type: "string" }] } },
  ])("$case is no secret", ({ variables, auth }) => {
    const { postman } = findingsWith(variables, search, undefined, search, auth);
    expect(postman).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^search query: perPage must be an integer from 1 to \d+ \(the documents: minimum 1, maximum \d+/) }));
    expect(JSON.stringify(postman)).not.toContain("[redacted]");
  });
});
