import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * Found by seed 47 of the suite (variableLines.test.ts's property): a finding about a search
 * parameter stood at a written `?itemState=GONE` whose text is the one sent, though the
 * parameter it is about is the one a variable above it holds (`{{v0}}`, `?itemState=GONE`),
 * sent first. A written parameter is a finding's place only where it is the occurrence sent:
 * where it stands, its variables filled, at that occurrence's place in the URL sent; any other
 * finding about it spans the whole URL.
 */
const search = "https://integration.shopatron.com/api/v2/orderItem/";

/** Where the findings whose message holds `about` stand: [line, column, endLine, endColumn]. */
const placesIn = (messages: readonly { message: string; line: number; column: number; endLine: number; endColumn: number }[], about: string) =>
  messages.filter((m) => m.message.includes(about)).map((m) => [m.line, m.column, m.endLine, m.endColumn]);

/** The 1-based [line, column, endLine, endColumn] of `needle` in `text` (its `nth` occurrence, 0 the first), on one line. */
const rangeOf = (text: string, needle: string, nth = 0) => {
  let index = text.indexOf(needle);
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  const line = text.slice(0, index).split("\n").length;
  const column = index - text.lastIndexOf("\n", index - 1);
  return [line, column, line, column + needle.length];
};

/** The range of a .http file's URL over its lines: from the request line's URL to the last line's end. */
const wholeUrl = (text: string) => {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.startsWith("GET "));
  let last = first;
  while (last + 1 < lines.length && /^\s+\S/.test(lines[last + 1] as string)) last++;
  return [first + 1, 5, last + 1, (lines[last] as string).length + 1];
};

describe("a .http URL's search finding stands at a written parameter only where it is the one sent", () => {
  const cases: { name: string; text: string; about: string; at: (text: string) => number[] }[] = [
    {
      name: "seed 47: a variable holding ?itemState=GONE above the written one, another holding ?orderID=1 below: the whole URL",
      text: `@v0 = ?itemState=GONE\n@v2 = ?orderID=1\nGET ${search}\n    {{v0}}\n    ?itemState=GONE\n    {{v2}}\n`,
      about: "itemState must be",
      at: wholeUrl,
    },
    {
      name: "the variable holding ?itemState=GONE below the written one: the written one is sent first, at its text",
      text: `@v = ?itemState=GONE\nGET ${search}\n    ?orderID=1\n    &itemState=GONE\n    {{v}}\n`,
      about: "itemState must be",
      // Spelt over two lines, joined: from its name to the variable's end.
      at: (text) => [...rangeOf(text, "itemState=GONE", 1).slice(0, 2), 5, "    {{v}}".length + 1],
    },
    {
      name: "a variable holding &itemState=GONE&x=1 before a written &itemState=GONE: the first sent is the variable's, the whole URL",
      text: `@v = &itemState=GONE&x=1\nGET ${search}?orderID=1\n    {{v}}\n    &itemState=GONE\n`,
      about: "itemState must be",
      at: wholeUrl,
    },
    {
      name: "the same, the second itemState said given twice: at the written one, the one sent second",
      text: `@v = &itemState=GONE&x=1\nGET ${search}?orderID=1\n    {{v}}\n    &itemState=GONE\n`,
      about: "itemState is given 2 times",
      at: (text) => rangeOf(text, "itemState=GONE", 1),
    },
    {
      name: "a variable holding a parameter of another name before the written one: at its text",
      text: `@v = &perPage=5\nGET ${search}?orderID=1\n    {{v}}\n    &itemState=GONE\n`,
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
    {
      name: "no variable: at its text",
      text: `GET ${search}\n    ?orderID=1\n    &itemState=GONE\n`,
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
    {
      name: "a variable in the host, its value longer than its name: at its text",
      text: `@base = https://integration.shopatron.com/api/v2\nGET {{base}}/orderItem/?orderID=1&itemState=GONE\n`,
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
    {
      name: "a relative URL made absolute from its Host header: at its text",
      text: `GET /api/v2/orderItem/?orderID=1&itemState=GONE\nHost: integration.shopatron.com\n`,
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
  ];
  for (const { name, text, about, at } of cases) {
    it(name, () => expect(placesIn(lintHttpFile(text, "case.http").messages, about)).toEqual([at(text)]));
  }
});

/**
 * Found probing the fix above: a parameter spelt out after a variable that holds the query's `?`
 * (`{{q}}` holding `?orderID=1&itemState=GONE`, then a written `&itemState=GONE`) stood over the
 * whole URL, the written URL having no `?` of its own to start a query at, though the README
 * places a parameter spelt out at its own text. Where the written parameter is the one sent is
 * told from the URL sent, not from the written `?`.
 */
describe("a .http parameter spelt out after a variable holding the query's ? stands at its text", () => {
  const cases: { name: string; text: string; about: string; at: (text: string) => number[] }[] = [
    {
      name: "the variable on the request line, the repeat written below it",
      text: `@q = ?orderID=1&itemState=GONE\nGET ${search}{{q}}\n    &itemState=GONE\n`,
      about: "itemState is given 2 times",
      at: (text) => rangeOf(text, "itemState=GONE", 1),
    },
    {
      name: "the variable on a line of its own, its value broken over two lines",
      text: `@q = ?orderID=1\\n&itemState=GONE\nGET ${search}\n    {{q}}\n    &itemState=GONE\n`,
      about: "itemState is given 2 times",
      at: (text) => rangeOf(text, "itemState=GONE", 1),
    },
    {
      name: "a variable holding the one parameter after the ?: not spelt out, the whole URL",
      text: `@q = itemState=GONE\nGET ${search}?orderID=1&{{q}}\n`,
      about: "itemState must be",
      at: wholeUrl,
    },
  ];
  for (const { name, text, about, at } of cases) {
    it(name, () => expect(placesIn(lintHttpFile(text, "case.http").messages, about)).toEqual([at(text)]));
  }
});

/**
 * Found reviewing f0e1f23b: a request line whose variable holds the method and the URL's start
 * (`@v = GET https://…/orderItem/`, then `{{v}}?orderID=1&itemState=GONE`) is read whole, every
 * character of its target standing on the variable, so no written offset had a place in the URL
 * sent: a parameter spelt out after the variable, placed at its text before, spanned the whole line.
 */
describe("a .http parameter spelt out after a variable holding the method and the URL's start stands at its text", () => {
  const cases: { name: string; text: string; about: string; at: (text: string) => number[] }[] = [
    {
      name: "the parameter written after the variable",
      text: `@v = GET ${search}\n{{v}}?orderID=1&itemState=GONE\n`,
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
    {
      name: "the value holding the first itemState, the repeat written after it: the repeat at its text",
      text: `@v = GET ${search}?itemState=GONE\n{{v}}&orderID=1&itemState=GONE\n`,
      about: "itemState is given 2 times",
      at: (text) => rangeOf(text, "itemState=GONE", 1),
    },
  ];
  for (const { name, text, about, at } of cases) {
    it(name, () => expect(placesIn(lintHttpFile(text, "case.http").messages, about)).toEqual([at(text)]));
  }
});

/**
 * Found reviewing f0e1f23b: `&?orderID=1` after the query's `?` sends a parameter named
 * "?orderID" (the OMS reads the query's one `?`; the checks say "unknown property \"?orderID\""),
 * but its name was read with URLSearchParams, which drops a text's leading `?`: it was counted an
 * orderID, "orderID is given 2 times" stood at it and not at the orderID=2 sent second, and the
 * finding about "?orderID" itself spanned the whole URL.
 */
/**
 * Found reviewing f0e1f23b: a line whose variable's value holds a line break (`&x={{v}}`, v
 * holding `1\\n&y=2`) had no place in the URL sent at all, though REST Client sends the line up
 * to the break where it stands: the finding about x, spelt out before the break and at its text
 * before, spanned the whole URL. What the line holds before the break keeps its place; what
 * follows the break (y, and a parameter written after the variable) spans the whole URL.
 */
describe("a .http parameter spelt out before a value's line break stands at its text", () => {
  const cases: { name: string; text: string }[] = [
    { name: "on the request line", text: `@v = 1\\n&y=2\nGET ${search}?orderID=1&x={{v}}&itemState=NORMAL\n` },
    { name: "on a continuation line", text: `@v = 1\\n&y=2\nGET ${search}\n    ?orderID=1\n    &x={{v}}\n` },
  ];
  for (const { name, text } of cases) {
    it(name, () => expect(placesIn(lintHttpFile(text, "case.http").messages, 'unknown property "x"')).toEqual([rangeOf(text, "x={{v}}")]));
  }
});

describe("a .http parameter whose name starts with ? is that name, not the one after it", () => {
  const text = `GET ${search}?orderID=1&?orderID=1&orderID=2\n`;
  const cases: { about: string; at: number[] }[] = [
    { about: "orderID is given 2 times", at: rangeOf(text, "orderID=2") },
    { about: 'unknown property "?orderID"', at: rangeOf(text, "?orderID=1", 1) },
  ];
  for (const { about, at } of cases) {
    it(`${about}: at its text`, () => expect(placesIn(lintHttpFile(text, "case.http").messages, about)).toEqual([at]));
  }
});

describe("a Postman url string's search finding stands at a written parameter only where it is the one sent", () => {
  const collectionOf = (url: string, value: string, variable?: object[]) =>
    JSON.stringify({
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      variable: [{ key: "v", value }],
      item: [{ name: "r", request: { method: "GET", url: variable === undefined ? url : { raw: url, variable } } }],
    });
  /** The range of the url string (or raw) whole, as a finding about the URL as a whole stands. */
  const wholeString = (text: string, url: string) => rangeOf(text, JSON.stringify(url));
  const cases: { name: string; url: string; value: string; variable?: object[]; about: string; at: (text: string, url: string) => number[] }[] = [
    {
      name: "a variable holding ?itemState=GONE before the written one: the whole string",
      url: `${search}{{v}}?itemState=GONE{{v}}`,
      value: "?itemState=GONE",
      about: "itemState must be",
      at: wholeString,
    },
    {
      name: "a variable holding itemState=GONE&x=1 before a written &itemState=GONE: the whole string",
      url: `${search}?orderID=1&{{v}}&itemState=GONE`,
      value: "itemState=GONE&x=1",
      about: "itemState must be",
      at: wholeString,
    },
    {
      name: "the same, the second itemState said given twice: at the written one, the one sent second",
      url: `${search}?orderID=1&{{v}}&itemState=GONE`,
      value: "itemState=GONE&x=1",
      about: "itemState is given 2 times",
      at: (text) => rangeOf(text, "itemState=GONE", 1),
    },
    {
      name: "a variable holding another parameter: at its text",
      url: `${search}?orderID=1&{{v}}&itemState=GONE`,
      value: "perPage=5",
      about: "itemState must be",
      at: (text) => rangeOf(text, "itemState=GONE"),
    },
    {
      name: "a raw url whose :name path variable is filled: at its text in the query",
      url: "https://integration.shopatron.com/api/v2/orderItem/:id/customData/?orderID=1&orderID=2",
      value: "",
      variable: [{ key: "id", value: "100001" }],
      about: "orderID is given",
      at: (text) => rangeOf(text, "orderID=2"),
    },
  ];
  for (const { name, url, value, variable, about, at } of cases) {
    it(name, () => {
      const text = collectionOf(url, value, variable);
      expect(placesIn(lintPostmanCollection(text, "c.postman_collection.json").messages, about)).toEqual([at(text, url)]);
    });
  }
});

/** The places of the cases above hold with names of their records on a polluted Object.prototype (each read as its own). */
describe("with a polluted Object.prototype, a URL parameter's place is the same", () => {
  const polluting = { continued: 0, sent: { from: 0, fills: [[]] }, urlSentPlace: { from: 0, fills: [[]] } };
  it("a .http file and a Postman url string", () => {
    const text = `@v0 = ?itemState=GONE\n@v2 = ?orderID=1\nGET ${search}\n    {{v0}}\n    ?itemState=GONE\n    {{v2}}\n`;
    const collection = JSON.stringify({
      info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
      variable: [{ key: "v", value: "?itemState=GONE" }],
      item: [{ name: "r", request: { method: "GET", url: `${search}{{v}}?itemState=GONE` } }],
    });
    // The request line's own parameter, a continuation line under it.
    const onRequestLine = `GET ${search}?orderID=1&itemState=GONE\n    &perPage=5\n`;
    const places = () => [
      placesIn(lintHttpFile(text, "case.http").messages, "itemState must be"),
      placesIn(lintHttpFile(onRequestLine, "case.http").messages, "itemState must be"),
      placesIn(lintPostmanCollection(collection, "c.postman_collection.json").messages, "itemState must be"),
    ];
    const clean = places();
    expect(clean[1]).toEqual([rangeOf(onRequestLine, "itemState=GONE")]);
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      for (const [name, value] of Object.entries(polluting)) prototype[name] = value;
      expect(places()).toEqual(clean);
    } finally {
      for (const name of Object.keys(polluting)) delete prototype[name];
    }
  });
});
