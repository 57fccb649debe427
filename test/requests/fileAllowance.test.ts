import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";
import { parseHttpFile, type HttpRequest } from "../../src/requests/httpFile.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";
import type { RequestEntry } from "../../src/requests/requestEntry.js";
import { expansionBudget, expansionLimits } from "../../src/requests/variables.js";
import { runCli } from "../support/cli.js";

const schema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
const url = "https://integration.shopatron.com/api/v2/order/1/customData";
/** `{{a}}`: `length` characters, from a file line of a few hundred (each text may add a megabyte). */
const variables = (length: number) => `@b = ${"x".repeat(1000)}\n@a = ${"{{b}}".repeat(Math.floor(length / 1000))}${"x".repeat(length % 1000)}\n\n`;
/** Every character the texts of the requests hold: URL, headers and body. */
const held = (requests: readonly RequestEntry[]) => requests.reduce((sum, r) => sum + r.url.length + (r.body?.length ?? 0) + r.headers.reduce((n, h) => n + h.value.length, 0), 0);
const stoppedAt = (messages: readonly { message: string; line: number }[]) => messages.filter((m) => m.message.startsWith("variables not substituted to the end"));

describe("variable substitution is bounded per file, not per text", () => {
  it("a body of 30 lines of a megabyte variable holds at most the file's allowance, with one finding at its request", () => {
    // Each line was held to its own megabyte: 200 such lines grew a 9 kB file into 200 MB (4.3 s, 833 MB).
    const text = `${variables(990_000)}POST ${url}\nContent-Type: application/json\n\n{"name": "n", "value": "v",\n${Array.from({ length: 30 }, (_, i) => `"k${i}": "{{a}}",\n`).join("")}"z": 1}\n`;
    const { requests } = parseHttpFile(text);
    expect(held(requests)).toBeLessThanOrEqual(text.length + expansionBudget(text.length).addedLength);
    const stopped = stoppedAt(lintHttpFile(text, "big.http").messages);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.message).toMatch(/would add more than 10,\d{3},\d{3} characters to this file's requests in all \(10,000,000, and 4 for each character of the file\)$/);
  });

  it("30 Postman requests each sending a megabyte header: the file's allowance, and a finding at each request it stopped", () => {
    const variable = [{ key: "b", value: "x".repeat(1000) }, { key: "a", value: "{{b}}".repeat(990) }];
    const item = Array.from({ length: 30 }, (_, i) => ({ name: `r${i}`, request: { method: "GET", header: [{ key: "X-A", value: "{{a}}" }], url } }));
    const text = JSON.stringify({ info: { schema }, variable, item });
    const read = readPostmanCollection(JSON.parse(text), undefined, text.length);
    expect(held(read.requests)).toBeLessThanOrEqual(text.length + expansionBudget(text.length).addedLength);
    expect(read.problems.length).toBeGreaterThan(15);
    expect(read.problems.every((p) => /would add more than 10,\d{3},\d{3} characters to this file's requests in all/.test(p.message))).toBe(true);
    expect(stoppedAt(lintPostmanCollection(text, "c.postman_collection.json").messages)).toHaveLength(read.problems.length);
  });

  it("substitutions are counted across the file too: 200 headers of 1,110 nested variables each", () => {
    const nest = Array.from({ length: 3 }, (_, i) => `@v${i} = ${`{{v${i + 1}}}`.repeat(10)}`).join("\n") + "\n@v3 = x\n\n";
    const headers = Array.from({ length: 200 }, (_, i) => `X-${i}: {{v0}}\n`).join("");
    const text = `${nest}GET ${url}\n${headers}`;
    const [request] = parseHttpFile(text).requests as HttpRequest[];
    const substituted = request!.headers.filter((h) => h.value === "x".repeat(1000)).length;
    // Each header is 10 + 100 + 1,000 substitutions; the file allows 100,000 and one a character of it.
    expect(substituted).toBe(Math.floor(expansionBudget(text.length).substitutions / 1110));
    expect(stoppedAt(lintHttpFile(text, "nested.http").messages)[0]!.message).toMatch(/more than 10\d,\d{3} variables would be substituted in this file's requests in all/);
  });

  it("for any number of requests and variable length: every request whole while the allowance lasts, then none past it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: expansionLimits.addedLength - 10 }), (count, length) => {
        const requests = Array.from({ length: count }, () => `GET ${url}\nX-A: {{a}}\n`).join("###\n");
        const text = `${variables(length)}${requests}`;
        const file = parseHttpFile(text);
        const allowance = expansionBudget(text.length).addedLength;
        // "{{a}}" is five characters: each whole substitution adds length - 5.
        const whole = Math.min(count, Math.floor(allowance / (length - 5 || 1)));
        expect(file.requests.filter((r) => r.headers[0]!.value.length === length)).toHaveLength(length <= 5 ? count : whole);
        expect(held(file.requests) - file.requests.reduce((n, r) => n + r.url.length + 5, 0)).toBeLessThanOrEqual(allowance);
        expect(file.problems).toHaveLength(count - (length <= 5 ? count : whole));
      }),
      { numRuns: 30 },
    );
  });
});

/**
 * Found by the audit of filled lines: the body's first line was filled twice (once to see it is
 * no blank line, once as the body's), both against the allowance: a body that fit was stopped.
 */
describe("each text is filled once against the file's allowance", () => {
  const body = (lines: number) => `{"name": "n", "value": "{{a}}",\n${Array.from({ length: lines - 1 }, (_, i) => `"k${i}": "{{a}}",\n`).join("")}"z": 1}\n`;
  const request = (length: number, lines: number) => `${variables(length)}POST ${url}\nContent-Type: application/json\n\n${body(lines)}`;

  it("a request line that is only a variable (the URL), read for a method and then as the URL, is filled once", () => {
    // Once: the URL's 900,000 characters and the body's 9 million fit the allowance (some 10.02 million); twice, not.
    const text = `${variables(900_000)}@u = ${url}?q={{a}}\n{{u}}\nContent-Type: application/json\n\n${body(10)}`;
    expect(stoppedAt(lintHttpFile(text, "u.http").messages)).toEqual([]);
  });

  // Found by the audit of .http positions: `{{host}} /api/v2/…` was filled as the method, then the line again as the URL.
  it("a request line whose first word is a variable holding a URL is filled once, as `GET {{host}}/…` of the same size (exit 0)", async () => {
    const file = (line: string) => `${variables(600_000)}@host = https://integration.shopatron.com/{{a}}\n\n${Array.from({ length: 9 }, () => `${line}\n`).join("###\n")}`;
    // Nine of 600,000 characters: 5.4 million, within the allowance (some 10.01 million) once; twice, 10.8 million, not.
    // (Fifteen, 9 million once, cost the CPU of 18 million filled, by the library and the CLI, to show the same.)
    for (const text of [file("{{host}} /api/v2/orderItem/?orderID=1"), file("GET {{host}}/api/v2/orderItem/?orderID=1")]) {
      expect(stoppedAt(lintHttpFile(text, "h.http").messages)).toEqual([]);
      const run = await runCli(["--no-config", "-f", "compact", "--stdin", "--stdin-filename", "h.http"], { input: text });
      expect([run.code, run.stdout.includes("error")]).toEqual([0, false]);
    }
  });

  it("for any number of `{{host}} /…` requests and host length: every one whole while the allowance lasts (each filled once), then none", () => {
    const hostValue = "https://integration.shopatron.com/";
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 100_000, max: expansionLimits.addedLength - 100 }), (count, length) => {
        const text = `${variables(length)}@host = ${hostValue}{{a}}\n\n${Array.from({ length: count }, () => "{{host}} /api/v2/orderItem/?orderID=1\n").join("###\n")}`;
        // Each request adds its host's characters less the eight of "{{host}}", once.
        const whole = Math.min(count, Math.floor(expansionBudget(text.length).addedLength / (hostValue.length + length - 8)));
        // The file as read: lintHttpFile reports its problems one for one (the examples above lint such files whole),
        // without linting each request's URL of up to a million characters, which tells nothing more of the allowance.
        expect(stoppedAt(parseHttpFile(text).problems), `${count} ${length}`).toHaveLength(count - whole);
      }),
      // Each run fills ~10 million characters: few runs, each drawn at the allowance's edge.
      { numRuns: 6 },
    );
  });

  it("a body of ~9.5 million characters filled, within the allowance, is whole", () => {
    const text = request(950_000, 10);
    expect(stoppedAt(lintHttpFile(text, "m.http").messages)).toEqual([]);
  });

  it("for any number of body lines, the body is whole exactly when its variables fit the allowance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 40 }), fc.integer({ min: 0, max: 3000 }), (lines, slack) => {
        // The variable's length that makes the body's additions the allowance less `slack` (the file's length moves with it a little).
        const guess = Math.floor((expansionBudget(request(900_000, lines).length).addedLength - slack) / lines) + 5;
        const text = request(guess, lines);
        const fits = lines * (guess - 5) <= expansionBudget(text.length).addedLength;
        // The file as read: lintHttpFile reports its problems one for one (the ~9.5 million characters above are linted
        // whole), without checking a body of ~10 million characters, which tells nothing more of the allowance.
        expect(stoppedAt(parseHttpFile(text).problems).length, `${lines} ${guess}`).toBe(fits ? 0 : 1);
      }),
      // Each run fills ~10 million characters: few runs, each drawn at the allowance's edge.
      { numRuns: 6 },
    );
  });
});
