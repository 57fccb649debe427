import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSecretKey, isSecretPath } from "../../src/domain/secretNames.js";

/** README: which names' values no message quotes, compared with every non-alphanumeric left out. */
describe("isSecretKey", () => {
  it.each([
    ["X-Api-Key", true],
    ["x-vol-app-claims", true],
    ["Api Key", true],
    ["api.key", true],
    ["password_hash", true],
    ["Proxy-Authorization", true],
    ["cardNumber", true],
    ["phone2", true],
    ["PIN", true],
    ["authorizationID", false],
    ["shipping", false],
    ["email2", false],
    ["keyName", false],
  ])("%s: %s", (name, secret) => {
    expect(isSecretKey(name)).toBe(secret);
  });

  it("finds a credential word anywhere in a name, whatever stands around it and between its letters", () => {
    const word = fc.constantFrom("token", "secret", "password", "apikey", "privatekey", "credential", "subscriptionkey");
    const noise = fc.string({ unit: fc.constantFrom("a", "Z", "9", "_", "-", ".", " ", ":") });
    const spelled = fc.tuple(word, fc.infiniteStream(fc.constantFrom("", "_", "-", ".", " "))).map(([w, seps]) => [...w].map((c, i) => (i % 2 ? c.toUpperCase() : c) + seps.next().value).join(""));
    fc.assert(fc.property(noise, spelled, noise, (before, name, after) => isSecretKey(before + name + after)));
  });
});

describe("isSecretPath", () => {
  it.each([
    ["/values/0/value", { values: [{ key: "apiKey", value: "x" }] }, true],
    ["/values/0/value", { values: [{ key: "baseUrl", value: "x" }] }, false],
    ["/auth/bearer/0/value", { auth: { bearer: [{ key: "token", value: "x" }] } }, true],
    ["/customer/phone1", { customer: { phone1: "x" } }, true],
    ["/authorizationID", { authorizationID: "x" }, false],
  ])("%s", (path, root, secret) => {
    expect(isSecretPath(root, path)).toBe(secret);
  });
});
