import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { withShownForms } from "../../src/requests/fileSecretForms.js";
import { secretFillNames, secretOverlaps, secretPieces, secretPlaces, secretsFilledAt } from "../../src/requests/secretFills.js";

/** A parse fault at a secret filled bare, in a .http file or (after `body: `) a collection: it quotes nothing of the value, nor tells its shape. */
const secretFillFault = /^(body: )?the text a secret variable fills in here is not valid JSON where it stands \(not quoted: no part of a secret's value is shown\)/;

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
    { value: 'ab"cdEFGH12345678xyz', piece: "cdEFGH12345678xyz", shown: secretFillFault },
    { value: 'ab"}cdEFGH12345678xyz', piece: "cdEFGH12345678xyz", shown: secretFillFault },
    { value: 'ab",cdEFGH123 45678xyz', piece: "cdEFGH123", shown: secretFillFault },
  ])("$value, in a .http file and as a collection variable", ({ value, piece, shown }) => {
    const found = lintedWith([{ key: "clientSecret", value }], `${api}/orderItem/1/customData/?orderID=1`, '{"name": "{{clientSecret}}", "value": "v"}');
    for (const messages of Object.values(found)) {
      expect(messages).toContainEqual(expect.stringMatching(shown));
      expect(messages.join("\n")).not.toContain(piece);
    }
  });
});

/**
 * A piece a fill cuts from a file's secret (at a quote, a blank, an `&`) is redacted from the
 * findings at that fill alone: redacted from every message, the pieces of `Kx9"the value
 * must"Qz7` blanked the documents' own words ("[redacted] [redacted] be a string"), and a
 * secret holding a blank or an `&` still showed a piece a fill made of it (audit of
 * cccd3a5d..732b2847).
 */
describe("a file's secret cut by its fill", () => {
  const customData = `${api}/order/1/customData`;
  const search = `${api}/orderItem/?orderID=1&apiKey={{apiKey}}`;
  const searchParts = { raw: search, host: ["integration", "shopatron", "com"], path: ["api", "v2", "orderItem", ""], query: [{ key: "orderID", value: "1" }, { key: "apiKey", value: "{{apiKey}}" }] };
  it.each([
    { case: "a quote, unused", value: 'Kx9"the value must"Qz7', body: '{"name": "x", "value": 5}', url: customData, postmanUrl: customData, shown: /^(body \/value: )?value must be a string/, hidden: undefined },
    { case: "a quote, filled in a string", value: 'Kx9"the value must"Qz7', body: '{"name": "{{apiKey}}", "value": "v"}', url: customData, postmanUrl: customData, shown: secretFillFault, hidden: undefined },
    { case: "a blank, filled bare", value: "sk_live_Zm9v YmFy", body: '{"name": "apiKey", "value": {{apiKey}}}', url: customData, postmanUrl: customData, shown: secretFillFault, hidden: "sk_live_Zm9v" },
    { case: "a blank, filled bare after a letter", value: "sk_live_Zm9v YmFy", body: '{"name": "apiKey", "value": x{{apiKey}}}', url: customData, postmanUrl: customData, shown: secretFillFault, hidden: "sk_live_Zm9v" },
    { case: "an &, in a query", value: "Zm9vYmFy&s3cr3tPart99", body: undefined, url: search, postmanUrl: search, shown: /^search query: unknown property "\[redacted\]"/, hidden: "s3cr3tPart99" },
    { case: "an &, in a url object's query", value: "Zm9vYmFy&s3cr3tPart99", body: undefined, url: search, postmanUrl: searchParts, shown: /^search query: unknown property "\[redacted\]"/, hidden: "s3cr3tPart99" },
  ])("$case: $value", ({ value, body, url, postmanUrl, shown, hidden }) => {
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value }], url, body, postmanUrl))) {
      expect(messages).toContainEqual(expect.stringMatching(shown));
      if (hidden !== undefined) expect(messages.join("\n")).not.toContain(hidden);
    }
  });

  it("a query finding at the fill has the name and value it quotes redacted, decoded too, and keeps its own words", () => {
    const value = "abc99&perPage=Zm9v+integer+must&itemState=Zm9v+YmFy";
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value }], `${api}/orderItem/?orderID=1&x={{apiKey}}`))) {
      expect(messages).toContainEqual(expect.stringMatching(/^search query: \[redacted\] must be an integer from 1 to 100 /));
      expect(messages).toContainEqual(expect.stringMatching(/^search query: \[redacted\] must be NORMAL, .*; got "\[redacted\]"$/));
      expect(messages.join("\n")).not.toMatch(/YmFy|itemState/);
    }
  });

  it("a bearer token holding quotes leaves a message's words and pointer as they are", () => {
    const auth = { type: "bearer", bearer: [{ key: "token", value: 'Kx9"value"Qz7', type: "string" }] };
    const { postman } = findingsWith([], customData, '{"name": "x", "value": 5}', customData, auth);
    expect(postman).toContainEqual({ message: expect.stringMatching(/^body \/value: value must be a string/), path: expect.any(String) });
  });

  it("a secret filled in as a body's key is [redacted] in the finding's JSON Pointer too", () => {
    const { http } = findingsWith([{ key: "apiKey", value: "sk_live_ZZZ123456" }], customData, '{"name":"x","value":"y","{{apiKey}}":{"a":1}}');
    expect(http.map((f) => f.path)).toContain("/[redacted]");
    expect(JSON.stringify(http)).not.toContain("ZZZ123456");
  });

  it("property: a secret declared but unused changes no finding's words or pointer", () => {
    const word = fc.constantFrom("value", "must", "string", "integer", "name", "perPage", "the", "documents");
    const cut = fc.constantFrom('"', " ", "&", '" ', "=", "/");
    const body = '{"name": "x", "value": 5}';
    const url = `${api}/order/1/customData?perPage=500`;
    const plain = findingsWith([], url, body);
    expect(plain.http).toContainEqual({ message: expect.stringMatching(/^value must be a string/), path: "/value" });
    fc.assert(
      fc.property(fc.array(fc.tuple(cut, word), { minLength: 1, maxLength: 6 }), (pieces) => {
        const value = `Kx9${pieces.flat().join("")}${pieces[0]![0]}Qz7`;
        const declared = findingsWith([{ key: "apiKey", value, type: "secret" }], url, body);
        expect(declared).toEqual(plain);
      }),
      { numRuns: 15 },
    );
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
    { case: "a variable marked secret", used: "apiKey", variables: [{ key: "siteId", value: "100", type: "secret" }], auth: undefined },
    { case: "an environment's secret: true", variables: [{ key: "siteId", value: "100", secret: true }], auth: undefined },
    { case: "a bearer token", used: "itemRef", variables: [], auth: { type: "bearer", bearer: [{ key: "token", value: "100", type: "string" }] } },
    { case: "an apikey's value", variables: [], auth: { type: "apikey", apikey: [{ key: "value", value: "100", type: "string" }] } },
  ])("$case is no secret", ({ variables, auth }) => {
    const { postman } = findingsWith(variables, search, undefined, search, auth);
    expect(postman).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^search query: perPage must be an integer from 1 to \d+ \(the documents: minimum 1, maximum \d+/) }));
    expect(JSON.stringify(postman)).not.toContain("[redacted]");
  });
});

/**
 * A secret-named variable's count or word (`100`, `true`: credentialLike refuses them, as the
 * documents' own words) is taken at its fills alone: beside another secret it was redacted from
 * every message ("maximum [redacted]" of `@tokenTTL = 100` with `@token = sk_live_…`, as
 * `"resetTokenTtl": "100"` once made "1-[redacted]"), and, declared but not filled, it was sought
 * in every body finding's text as sent (`e.g. "[redacted]"` of `@apiKey = true`).
 */
describe("a secret variable's count or word, away from its fills", () => {
  const search = `${api}/orderItem/?orderID=1&perPage=500`;
  const customData = `${api}/orderItem/100001/customData/?orderID=1`;
  it.each([
    { case: "beside another secret", variables: [{ key: "tokenTTL", value: "100" }, { key: "token", value: "sk_live_ABCDEFGH12345678" }], url: search, body: undefined, kept: /maximum 100, default 10\)$/ },
    { case: "declared, and a body holding its word", variables: [{ key: "apiKey", value: "true" }], url: customData, body: '{"name": "true", "value": true}', kept: /e\.g\. "true"\)$/ },
  ])("$case: the message keeps its words", ({ variables, url, body, kept }) => {
    for (const messages of Object.values(lintedWith(variables, url, body))) {
      expect(messages).toContainEqual(expect.stringMatching(kept));
      expect(messages.join("\n")).not.toContain("[redacted]");
    }
  });
});

/**
 * The work a secret of many pieces costs is bounded: its pieces are no file-wide forms, built for
 * each message, but found for the findings at its fill alone (a password of 200,000 quoted chunks
 * over 2,000 requests took 68.5 s; audit of cccd3a5d..732b2847). Told by counts, not timings.
 */
describe("a secret of many pieces", () => {
  const secretOf = (n: number) => Array.from({ length: n }, (_, i) => `k${String(i).padStart(6, "0")}"`).join("");
  it("builds the same file-wide forms at n and at 2n pieces", () => {
    expect(withShownForms(new Set([secretOf(4_000)])).size).toBe(withShownForms(new Set([secretOf(2_000)])).size);
  });

  it("finds it at its fill alone, and gives a finding there the piece its range holds, however many it has", () => {
    const secret = secretOf(2_000);
    const text = `@password = x\nGET https://h/{{password}}\nGET https://h/other\n`;
    const filledAt = secretsFilledAt(text, secretFillNames([["password", secret]], () => secret));
    expect(filledAt({ line: 3, column: 5, endLine: 3, endColumn: 20 })).toBeUndefined();
    expect(filledAt({ line: 2, column: 5, endLine: 2, endColumn: 27 })).toEqual([secret]);
    // A bare word's parse fault past the secret's first quote, in a body it fills, at n and at 2n pieces.
    const quoted = (n: number) => secretOverlaps(`{"a": "${secretOf(n)}"}`, [secretOf(n)], 15, 22);
    expect(quoted(2_000)).toEqual(["k000001"]);
    expect(quoted(4_000)).toEqual(quoted(2_000));
  });

  it("reads a secret's places in a text, and builds its pieces, once for all the findings that ask", () => {
    const secret = secretOf(2_000);
    const [placesOf, piecesOf] = [secretPlaces(), secretPieces()];
    const body = `{"a": "${secret}", "b": "${secret}"}`;
    expect(placesOf(body, secret)).toBe(placesOf(body, secret));
    expect(placesOf(body, secret)).toHaveLength(2);
    expect(piecesOf([secret])).toBe(piecesOf([secret]));
    expect(piecesOf([secret]).size).toBe(2_000);
  });
});

/**
 * A secret filled bare is quoted by a parse fault up to a character a piece holds (`-`, `.`, `%`):
 * a UUID API key's first word stood in the message in every format (audit of dfac0548).
 */
describe("a file's secret filled bare, cut where a piece goes on", () => {
  it.each([
    { value: "f81d4fae-7dec-11d0-a765-00a0c91e6bf6", hidden: "f81d4fae" },
    { value: "live_4f9a.8b7c6d5e", hidden: "live_4f9a" },
    { value: "s3cr3tPa%ss", hidden: "s3cr3tPa" },
    { value: "t0k3n~abc!def*ghi@jkl", hidden: "t0k3n" },
  ])("$value", ({ value, hidden }) => {
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value }], `${api}/order/1/customData`, '{"name": "x", "value": {{apiKey}}}'))) {
      expect(messages).toContainEqual(expect.stringMatching(secretFillFault));
      expect(messages.join("\n")).not.toContain(hidden);
    }
  });
});

/**
 * A Postman secret whose value is another variable sends that variable's value: taken as written
 * (`{{prodKey}}`), the value sent was quoted whole (audit of dfac0548). The .http form is filled.
 */
describe("a Postman secret whose value is another variable", () => {
  it.each([
    { case: "a secret-named variable", used: "apiKey", variables: [{ key: "prodKey", value: "sk_live_ABCDEFGH1234" }, { key: "apiKey", value: "{{prodKey}}" }], auth: undefined },
    { case: "a variable marked secret", used: "apiKey", variables: [{ key: "prodKey", value: "sk_live_ABCDEFGH1234" }, { key: "apiKey", value: "{{prodKey}}", type: "secret" }], auth: undefined },
    { case: "a bearer token", used: "itemRef", variables: [{ key: "itemRef", value: "sk_live_ABCDEFGH1234" }], auth: { type: "bearer", bearer: [{ key: "token", value: "{{itemRef}}", type: "string" }] } },
  ])("$case", ({ used, variables, auth }) => {
    const url = `${api}/orderItem/{{${used}}}/customData?orderID=1`;
    const { postman } = findingsWith(variables, url, undefined, url, auth);
    expect(postman).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/orderItemID must be a positive integer, not "\[redacted\]"$/) }));
    expect(JSON.stringify(postman)).not.toContain("ABCDEFGH1234");
  });
});

/**
 * A secret filled in as a body's key stands in its JSON Pointer escaped (`/` as `~1`) or
 * JSON-decoded (`\"` as `"`): json's `path` and Postman's `body <pointer>` prefix showed it
 * (audit of dfac0548). The pointer is redacted segment by segment.
 */
describe("a file's secret as a body's key, in the finding's pointer", () => {
  const body = '{"name": "x", "value": "y", "{{apiKey}}": {"a": 1}}';
  it.each([
    { value: "aGVsbG8/d29ybGQ+dGhpcw==", hidden: "d29ybGQ" },
    { value: "aGVsbG8~d29ybGQ+dGhpcw==", hidden: "d29ybGQ" },
    { value: 'ab\\"cdEFGH123456', hidden: "cdEFGH123456" },
  ])("$value", ({ value, hidden }) => {
    const { http, postman } = findingsWith([{ key: "apiKey", value }], `${api}/order/1/customData`, body);
    expect(postman).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^body \/\[redacted\]: unknown property "\[redacted\]"/) }));
    expect(JSON.stringify(postman)).not.toContain(hidden);
    expect(JSON.stringify(http)).not.toContain(hidden);
  });

  it("a .http file's finding has the key's segment [redacted] in json's path", () => {
    const { http } = findingsWith([{ key: "apiKey", value: "aGVsbG8/d29ybGQ+dGhpcw==" }], `${api}/order/1/customData`, body);
    expect(http).toContainEqual({ message: expect.stringMatching(/^unknown property "\[redacted\]"/), path: "/[redacted]" });
  });
});

/**
 * A secret-named variable whose value is only placeholders the client fills (`{{$dotenv
 * API_TOKEN}}`, a variable the file does not define) holds no secret text: taken as one, the
 * placeholder was redacted where a message names it (`[redacted], brought in by {{apiToken}}`;
 * audit of dfac0548).
 */
describe("a secret whose value is only placeholders left to the client", () => {
  it.each(["{{$dotenv API_TOKEN}}", "{{envToken}}", "{{$processEnv API_TOKEN}} {{envToken}}"])(".http: @apiToken = %s", (value) => {
    const text = `@apiToken = ${value}\n\nPOST ${api}/order/1/customData\n{{apiToken}}\n{"name": "x", "value": "v"}\n`;
    const found = lintHttpFile(text, "d.http").messages.map((m) => m.message);
    expect(found).toContainEqual(expect.stringContaining(`brought in by {{apiToken}} on this line`));
    expect(found.join("\n")).not.toContain("[redacted]");
  });
});

/**
 * A parse fault quotes a token's first 30 characters: a file's secret filled there was redacted
 * whole or not at all, and the cut stood in the message (audit of dfac0548).
 */
describe("a file's secret cut by a parse fault's quote of a token", () => {
  it.each([
    { value: 'abc"}xyz_longer_than_thirty_characters_0123456789', body: '{"name": "x", "value": "{{apiKey}}"}', hidden: "xyz_longer", shown: secretFillFault },
    // The fault's token is a string: its words are the parser's own, its content redacted.
    { value: 'abc" "zz_longer_than_thirty_characters_0123456789', body: '{"name": "{{apiKey}}", "value": "v"}', hidden: "zz_longer", shown: /\[redacted\]/ },
  ])("$value", ({ value, body, hidden, shown }) => {
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value }], `${api}/order/1/customData`, body))) {
      expect(messages).toContainEqual(expect.stringMatching(shown));
      expect(messages.join("\n")).not.toContain(hidden);
    }
  });
});

/**
 * A secret a URL-wide finding quotes decoded (a path segment's `%40` as `@`), and one a query
 * continuation line fills (the finding placed on the request line, away from the fill), were
 * shown (audit of dfac0548).
 */
describe("a file's secret in a URL, away from the finding's place or decoded", () => {
  it("a URL-wide finding's decoded segment of the secret is [redacted]", () => {
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value: "s3cr%40tPart99/customData" }], `${api}/order/{{apiKey}}`))) {
      expect(messages).toContainEqual(expect.stringMatching(/not "\[redacted\]" \(decoded: "\[redacted\]"\)$/));
      expect(messages.join("\n")).not.toContain("tPart99");
    }
  });

  it("a repeated query parameter, its finding placed at the copy written before the fill", () => {
    for (const messages of Object.values(lintedWith([{ key: "apiKey", value: "abc99&itemState=Zm9v+YmFy" }], `${api}/orderItem/?orderID=1&itemState=NORMAL&x={{apiKey}}`))) {
      expect(messages).toContainEqual(expect.stringMatching(/^search query: \[redacted\] is given 2 times/));
      expect(messages.join("\n")).not.toMatch(/Zm9v|YmFy/);
    }
  });

  it(".http: a query continuation line filling the secret", () => {
    const text = `@apiKey = abc99&perPage=Zm9v+integer+must&itemState=Zm9v+YmFy\n\nGET ${api}/orderItem/\n    ?orderID=1\n    &x={{apiKey}}\n`;
    const found = lintHttpFile(text, "c.http").messages.map((m) => m.message);
    expect(found).toContainEqual(expect.stringMatching(/^search query: \[redacted\] must be NORMAL, .*; got "\[redacted\]"$/));
    expect(found.join("\n")).not.toMatch(/YmFy|itemState/);
  });
});
