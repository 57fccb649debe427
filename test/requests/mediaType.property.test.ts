import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listedMediaTypes, parsedMediaType } from "../../src/requests/mediaType.js";

/** A Content-Type read as RFC 9110 §8.3.1 writes it: by its first letters, application/jsonp and a charset passed as JSON (service audit). */
describe("parsedMediaType", () => {
  const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
  const space = fc.constantFrom("", " ", "\t ");
  const anyCase = (text: string) => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

  it("reads the type, subtype and a charset in any letter case, spacing and quoting; the value as written", () => {
    fc.assert(
      fc.property(anyCase("application/json"), anyCase("charset"), token, fc.boolean(), space, space, (essence, name, value, quoted, before, after) => {
        const written = quoted ? `"${value}"` : value;
        const media = parsedMediaType(`${essence}${before};${after}${name}=${written}${before}`);
        expect(media?.essence).toBe("application/json");
        expect(media?.parameters.get("charset")).toBe(value);
      }),
    );
  });

  it("a quoted value keeps its escaped characters and semicolons", () => {
    expect(parsedMediaType('application/json; profile="a;b\\"c"; charset=utf-8')?.parameters).toEqual(
      new Map([
        ["profile", 'a;b"c'],
        ["charset", "utf-8"],
      ]),
    );
  });

  it("a subtype that only starts as json is another subtype; text that writes no media type is none", () => {
    for (const subtype of ["jsonp", "json-seq", "json+ld"]) expect(parsedMediaType(`application/${subtype}`)?.essence).toBe(`application/${subtype}`);
    for (const text of ["", "{{type}}", "application/json garbage", "application"]) expect(parsedMediaType(text)).toBeUndefined();
  });

  it("a malformed parameter keeps the type written and the parameters before it, and is said to be one (audit: read as no type, it was told to send application/json)", () => {
    const malformed = fc.constantFrom("charset=", "charset = utf-8", "profile=https://example.com/p", 'charset="open', "charset={{cs}}", "=x");
    fc.assert(
      fc.property(anyCase("application/json"), fc.boolean(), malformed, (essence, before, bad) => {
        const media = parsedMediaType(`${essence}${before ? "; q=1" : ""}; ${bad}`);
        expect(media).toEqual({ essence: "application/json", parameters: new Map(before ? [["q", "1"]] : []), malformedParameter: true });
      }),
    );
    // A parameter is read only whole: "iso-8859-1," is no charset to judge.
    expect(parsedMediaType("application/json;charset=iso-8859-1,")).toEqual({ essence: "application/json", parameters: new Map(), malformedParameter: true });
  });
});

/** A Content-Type sent more than once, joined: each media type read on its own (service audit: `application/json; charset=utf-8` then `text/plain` passed). */
describe("listedMediaTypes", () => {
  const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,8}$/);
  // A quoted value may hold commas, semicolons and escaped quotes: no list separator there.
  const quoted = fc.array(fc.constantFrom("a", ",", ";", " ", '\\"', "\\\\"), { maxLength: 8 }).map((parts) => `"${parts.join("")}"`);
  const media = fc.tuple(token, token, fc.array(fc.tuple(token, fc.oneof(token, quoted)), { maxLength: 3 })).map(([type, subtype, parameters]) => `${type}/${subtype}${parameters.map(([n, v]) => `; ${n}=${v}`).join("")}`);

  it("gives back each media type of a list joined with ',' or ', ', and drops empty elements", () => {
    fc.assert(
      fc.property(fc.array(media, { minLength: 1, maxLength: 4 }), fc.constantFrom(",", ", ", " , ,"), (medias, separator) => {
        expect(listedMediaTypes(medias.join(separator))).toEqual(medias);
      }),
    );
  });

  it("one media type, a trailing comma, or none", () => {
    expect(listedMediaTypes('application/json; profile="a,b"')).toEqual(['application/json; profile="a,b"']);
    expect(listedMediaTypes("application/json; charset=utf-8,")).toEqual(["application/json; charset=utf-8"]);
    expect(listedMediaTypes("")).toEqual([]);
  });
});
