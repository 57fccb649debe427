import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cacheLimits } from "../../src/cli/lintCache.js";
import { findOversized } from "../../src/source/entryCount.js";

const position = fc.integer({ min: 1, max: 9 });
const columns = fc.record({ column: position, endColumn: position });
const edit = fc.record({ line: position, column: position, endLine: position, endColumn: position, text: fc.string({ maxLength: 3 }), utf8: columns });
const message = fc.record(
  {
    ruleId: fc.string({ minLength: 1, maxLength: 3 }),
    messageId: fc.string({ minLength: 1, maxLength: 3 }),
    severity: fc.constant(1),
    level: fc.constant("warning"),
    evidence: fc.constantFrom("stated", "advised", "inferred"),
    message: fc.string({ maxLength: 3 }),
    path: fc.string({ maxLength: 3 }),
    constraint: fc.string({ maxLength: 3 }),
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    fatal: fc.constant(true),
    fix: edit,
    suggestion: edit,
    utf8: columns,
    givesWayTo: fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 50 }),
  },
  { requiredKeys: ["ruleId", "messageId", "severity", "level", "evidence", "message", "path", "line", "column", "endLine", "endColumn"] },
);
const file = fc.record({ hash: fc.string({ maxLength: 64 }), key: fc.string({ maxLength: 64 }), kind: fc.constantFrom(null, "createOrder"), messages: fc.array(message, { maxLength: 30 }) });

describe("cacheLimits: the limits a signed cache is parsed within", () => {
  it("property: a cache as oms-lint writes it (short names, every optional field, many messages) is within them", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }).map((name) => `/${name}`), file, { maxKeys: 20 }), fc.string({ maxLength: 64 }), (files, fingerprint) => {
        const text = `${JSON.stringify({ format: "oms-lint-cache", formatVersion: 2, fingerprint, files })}\n`;
        expect(findOversized(text, cacheLimits(text.length))).toBeUndefined();
      }),
    );
  });

  it("a text of empty objects or numbers, or one level deeper than a cache, is past them", () => {
    const head = '{"format":"oms-lint-cache","files":';
    for (const [body, limit] of [[`{"a":[${Array(1000).fill("{}").join(",")}]}`, "values"], [`[${Array(1000).fill("1").join(",")}]`, "values"], [`{"a":{"messages":[{"fix":{"utf8":{"x":[]}}}]}}`, "depth"]] as const) {
      const text = `${head}${body}}`;
      expect(findOversized(text, cacheLimits(text.length))?.limit).toBe(limit);
    }
  });
});
