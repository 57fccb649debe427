import type { JSONLanguage } from "@eslint/json";

/** @eslint/json's tree of a JSON text (momoa's Document), as its parse() returns it. */
type DocumentNode = Extract<ReturnType<JSONLanguage["parse"]>, { ok: true }>["ast"];

const start = Object.freeze({ line: 1, column: 1, offset: 0 });

/**
 * What the language hands ESLint for JSON that is no payload and past the size limit, in place
 * of @eslint/json's tree of it: an empty object at 1:1 that no rule reads (no oms-lint rule runs
 * on a file that is no payload, and @eslint/json's rules do not run on the plugin's language).
 * Parsing it whole to find nothing was what ran ESLint out of memory: a 50.8 MB
 * package-lock.json under `files: ["**\/*.json"]` stopped the run after 2.5 minutes, every
 * file's result lost (audit of the ESLint plugin). A new tree each time: ESLint's walk may mark
 * the nodes it visits.
 */
export function unreadDocument(): DocumentNode {
  const loc = { start: { ...start }, end: { ...start } };
  return { type: "Document", body: { type: "Object", members: [], loc, range: [0, 0] }, loc: { start: { ...start }, end: { ...start } }, range: [0, 0], tokens: [] };
}
