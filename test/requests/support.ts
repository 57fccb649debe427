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
