import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHttpFile } from "../../src/requests/httpFile.js";
import { joinedUrlText, sentUrlOffsets } from "../../src/requests/urlLinePlaces.js";
import { readPostmanCollection } from "../../src/requests/postmanCollection.js";
import { sentOffsetIn } from "../../src/requests/sentUrlOffsets.js";

/**
 * The boundary behind a URL parameter's place (seed 47 of the suite): an offset of a .http URL as
 * written, over its lines, maps to the offset of the URL sent where the written text before it,
 * each variable filled, ends; and every offset outside a `{{name}}` has its place. A written
 * parameter is a finding's place only where that place is the sent occurrence's.
 */
const pieces = ["?orderID=1", "&itemState=GONE", "?itemState=GONE", "&perPage=5", "?orderID=1&x=2", "&a=b?c=d"];
const heads = ["https://integration.shopatron.com/api/v2/orderItem/", "{{base}}/orderItem/", "/api/v2/orderItem/"];
const base = "https://integration.shopatron.com/api/v2";

describe("a .http URL's written offsets map to the URL sent", () => {
  it("property: the sent text before each mapped offset is the written text before it, filled", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...heads),
        fc.array(fc.record({ piece: fc.constantFrom(...pieces), held: fc.boolean(), onLine: fc.boolean() }), { maxLength: 6 }),
        fc.constantFrom("", "{{tail}}"),
        // The method and the URL's start held by a variable (`@req = GET https://…`, `{{req}}?orderID=1`): the line is read whole.
        fc.boolean(),
        (head, parts, tail, methodHeld) => {
          const values = new Map<string, string>([["base", base], ["tail", "&page=2"]]);
          if (methodHeld) values.set("req", `GET ${head}`);
          let requestLine = methodHeld ? "{{req}}" : `GET ${head}`;
          const continuation: string[] = [];
          parts.forEach(({ piece, held, onLine }, i) => {
            const written = held ? `{{v${i}}}` : piece;
            if (held) values.set(`v${i}`, piece);
            // The first pieces may stand on the request line; after a continuation line, every piece has its own.
            if (onLine && continuation.length === 0) requestLine += written;
            else continuation.push(`    ${written}`);
          });
          if (tail !== "") continuation.push(`    ${tail}`);
          const host = head.startsWith("/") ? ["Host: integration.shopatron.com"] : [];
          const text = [...[...values].map(([name, value]) => `@${name} = ${value}`), requestLine, ...continuation, ...host, ""].join("\n");
          const request = parseHttpFile(text).requests[0]!;
          const joined = joinedUrlText(request.urlLines);
          const fillOnce = (written: string) => written.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values.get(name) ?? `{{${name}}}`);
          // A value may name another ({{base}} in req's); the method a value holds is not the URL's.
          const fill = (written: string): string => {
            const once = fillOnce(written);
            return once === written ? (methodHeld ? once.replace(/^GET /, "") : once) : fill(once);
          };
          // Only a Host header's scheme and host come before it (no line here is moved or cut).
          expect(request.url.endsWith(fill(joined)), text).toBe(true);
          const added = request.url.length - fill(joined).length;
          const sentOffset = sentUrlOffsets(request.urlLines);
          const insideVariables = new Set<number>();
          for (const m of joined.matchAll(/\{\{\w+\}\}/g)) for (let i = m.index + 1; i < m.index + m[0].length; i++) insideVariables.add(i);
          for (let offset = 0; offset < joined.length; offset++) {
            const sent = sentOffset(offset);
            if (insideVariables.has(offset)) expect(sent, `${text}\n@${offset}`).toBeUndefined();
            else expect(sent === undefined ? undefined : request.url.slice(added, sent), `${text}\n@${offset}`).toBe(fill(joined.slice(0, offset)));
          }
        },
      ),
    );
  });
});

describe("a Postman url string's written offsets map to the URL sent, its :name segments and {{name}}s filled", () => {
  it("property: the sent text before each mapped offset is the written text before it, filled", () => {
    const segments = ["order", ":orderID", "{{x}}", "customData", ":id.json", "{{y}}", "abc"];
    const queries = ["", "?orderID=1", "?{{q}}&itemState=GONE", "?a=:orderID&{{x}}"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...segments), { maxLength: 6 }), fc.constantFrom(...queries), fc.constantFrom("5", "7/8", ""), (path, query, id) => {
        const values = new Map([["x", "v?w=1"], ["y", "{{x}}/z"], ["q", "orderID=2&x"]]);
        const pathValues = new Map([["orderID", id], ["id", "9"]]);
        const raw = `https://integration.shopatron.com/api/v2/${path.join("/")}${query}`;
        const collection = {
          info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
          variable: [...values].map(([key, value]) => ({ key, value })),
          item: [{ name: "r", request: { method: "GET", url: { raw, variable: [...pathValues].map(([key, value]) => ({ key, value })) } } }],
        };
        const request = readPostmanCollection(collection).requests[0]!;
        const place = request.urlSentPlace;
        // Postman's order: the path's :name segments (an empty value leaves one as written), then every {{name}}, a value's own in turn.
        const queryAt = raw.search(/[?#]/) < 0 ? raw.length : raw.search(/[?#]/);
        const fillSegments = (text: string) => text.slice(0, Math.min(queryAt, text.length)).replace(/\/:(\w+)/g, (whole, name: string) => (pathValues.get(name) ? `/${pathValues.get(name)}` : whole)) + text.slice(queryAt);
        const fill = (text: string): string => {
          const once = text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values.get(name) ?? whole);
          return once === text ? text : fill(once);
        };
        expect(request.url).toBe(fill(fillSegments(raw)));
        const inside = new Set<number>();
        for (const m of raw.matchAll(/\{\{\w+\}\}/g)) for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
        for (const m of raw.slice(0, queryAt).matchAll(/\/:(\w+)[^/?#]*/g)) if (pathValues.get(m[1]!)) for (let i = m.index + 2; i < m.index + m[0].length; i++) inside.add(i);
        for (let offset = 0; offset < raw.length; offset++) {
          const sent = sentOffsetIn(place, offset);
          if (inside.has(offset)) expect(sent, `${raw}@${offset}`).toBeUndefined();
          else expect(sent === undefined ? undefined : request.url.slice(0, sent), `${raw}@${offset}`).toBe(fill(fillSegments(raw.slice(0, offset))));
        }
      }),
    );
  });
});
