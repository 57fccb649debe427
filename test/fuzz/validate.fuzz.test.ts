import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValidationResult } from "../../src/engine/diagnostic.js";
import { pointer, resolves, segments } from "../../src/json/jsonPointer.js";
import { pointerWithoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";
import { kinds, type Kind } from "../../src/kinds/kinds.js";
import { builtInLinter } from "../../src/builtIn/linter.js";
import { validate } from "../../src/builtIn/linter.js";
import { fuzzParameters, fuzzTimeout, hostileJson, hostileLeaf, mutatedPayload } from "./arbitraries.js";

/**
 * (a) validate() on any JSON value, for every kind: never throws, and returns well-formed
 * diagnostics whose paths point into the value. Object.prototype stays as it was.
 */

const kindNames = kinds.map((k) => k.kind);
const ruleIds = new Set(builtInLinter.ruleSet.byId.keys());
/** A JSON Pointer as RFC 6901 writes it: "" or "/"-led segments, "~" only as ~0 or ~1. */
const wellFormedPointer = /^(?:\/(?:[^~/]|~[01])*)*$/;
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();

/**
 * Whether the pointer's keys lead through the value, a key validate() writes as "[redacted]"
 * (one that looks like an e-mail address or a card number: README) standing for any key of
 * that object that is redacted so. Found by a fuzz run of 20,000 cases: {"A@A.0": [[{"": -2^53 - 2}]]}
 * put unsafe-integer at /[redacted]/0/0/, which the plain resolution could not follow.
 */
function resolvesRedacted(value: unknown, keys: readonly string[]): boolean {
  if (keys.length === 0) return true;
  if (typeof value !== "object" || value === null) return false;
  const [key, ...rest] = keys as [string, ...string[]];
  if (Object.hasOwn(value, key)) return resolvesRedacted((value as Record<string, unknown>)[key], rest);
  if (Array.isArray(value)) return false;
  const redacted = Object.keys(value).filter((own) => pointerWithoutSecretLookalikes(pointer("", own)) === pointer("", key));
  return redacted.some((own) => resolvesRedacted((value as Record<string, unknown>)[own], rest));
}

/** A pointer resolves, or names a missing property of a value that exists. */
function pointsIntoValue(value: unknown, path: string): boolean {
  if (resolves(value, path)) return true;
  const keys = segments(path).map(String);
  if (resolvesRedacted(value, keys)) return true;
  return keys.pop() !== undefined && resolvesRedacted(value, keys);
}

/**
 * Every check a plain test whose failure is written down, and all asserted in one expect: an
 * expect per check (six for each diagnostic) was a third of the fuzzing's time in vitest's
 * bookkeeping, for the same verdicts.
 */
function expectWellFormed(kind: Kind, value: unknown, result: ValidationResult): void {
  const faults: string[] = [];
  let errors = 0;
  for (const d of result.diagnostics) {
    const at = `${String(d.ruleId)} at ${kind} ${String(d.path)}`;
    if (!ruleIds.has(d.ruleId)) faults.push(`no such rule: ${at}`);
    if (d.severity !== "error" && d.severity !== "warning") faults.push(`severity ${String(d.severity)}: ${at}`);
    if (!(typeof d.message === "string" && d.message.length > 0)) faults.push(`no message: ${at}`);
    else if (/internal error/.test(d.message)) faults.push(`${at}: ${d.message}`);
    if (typeof d.path !== "string" || !wellFormedPointer.test(d.path)) faults.push(`not a JSON Pointer: ${at}`);
    // A search given as a URL string has no inner places: its diagnostics point at the whole string.
    else if (kind === "orderItemSearch" && typeof value === "string") {
      if (d.path !== "") faults.push(`not the whole search string: ${at}`);
    } else if (!pointsIntoValue(value, d.path)) faults.push(`points outside the value: ${at}`);
    if (d.severity === "error") errors++;
  }
  expect({
    faults,
    counts: { errorCount: result.errorCount, warningCount: result.warningCount, valid: result.valid },
    prototype: Object.getOwnPropertyNames(Object.prototype).sort().join(),
    polluted: ({} as Record<string, unknown>).polluted,
  }).toEqual({ faults: [], counts: { errorCount: errors, warningCount: result.diagnostics.length - errors, valid: errors === 0 }, prototype: prototypeNames, polluted: undefined });
}

describe("validate() on arbitrary JSON values", () => {
  it(
    "never throws on a hostile value (prototype keys, -0, 2^53, Infinity, controls), for any kind",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...kindNames), fc.oneof(hostileJson, fc.jsonValue({ maxDepth: 6 }), hostileLeaf), (kind, value) => {
          expectWellFormed(kind, value, validate(kind, value));
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );

  it(
    "never throws on a real payload with hostile values and keys put in, checked as any kind",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...kindNames), mutatedPayload, (kind, value) => {
          expectWellFormed(kind, value, validate(kind, value));
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );

  it(
    "never throws on order-shaped values with arbitrary leaves",
    () => {
      const leaf = fc.jsonValue({ maxDepth: 2 });
      const item = fc.record(
        {
          product: fc.dictionary(fc.constantFrom("partNumber", "availability", "name"), leaf),
          itemSpecifics: fc.dictionary(fc.constantFrom("actualPrice", "quantity", "itemTaxOverride", "customItemData"), leaf),
        },
        { requiredKeys: [] },
      );
      const order = fc.record(
        {
          orderItems: fc.array(item, { maxLength: 4 }),
          orderPayments: fc.array(fc.dictionary(fc.constantFrom("maxAmount", "paymentMethod", "paymentType"), leaf), { maxLength: 3 }),
          shippingMethod: leaf,
          customerIP: leaf,
          currency: leaf,
          customOrderData: leaf,
          forceItemTaxOverride: leaf,
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.constantFrom<Kind>("createOrder", "importOrder"), order, (kind, value) => {
          expectWellFormed(kind, value, validate(kind, value));
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );
});
