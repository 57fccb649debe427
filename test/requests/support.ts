import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const requestFixtures = fileURLToPath(new URL("../fixtures/requests/", import.meta.url));

export function requestFixture(name: string): string {
  return readFileSync(requestFixtures + name, "utf8");
}

/** The 1-based line holding `needle` (its first occurrence), found by plain search. */
export function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return text.slice(0, index).split("\n").length;
}

/** The 1-based column where `needle` starts on its line. */
export function columnOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return index - text.lastIndexOf("\n", index - 1);
}

/** A Postman variable (collection format v2.1): `type: "secret"` or an environment's `secret: true` marks it secret. */
export interface PostmanVariable {
  readonly key: string;
  readonly value: string;
  readonly type?: string;
  readonly secret?: boolean;
}

/** A v2.1 collection of one JSON request, `POST` to the API's `call` (`createOrder/`) with the raw body `raw`, and the collection's `variables`. */
export function rawBodyCollection(variables: readonly PostmanVariable[], call: string, raw: string): string {
  const request = { method: "POST", url: `https://integration.shopatron.com/api/v2/${call}`, header: [{ key: "Content-Type", value: "application/json" }], body: { mode: "raw", raw } };
  return JSON.stringify({ info: { schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, variable: variables, item: [{ name: "r", request }] });
}
