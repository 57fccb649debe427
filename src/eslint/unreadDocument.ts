import type { JSONLanguage } from "@eslint/json";

/** @eslint/json's tree of a JSON text (momoa's Document), as its parse() returns it. */
type DocumentNode = Extract<ReturnType<JSONLanguage["parse"]>, { ok: true }>["ast"];

const start = Object.freeze({ line: 1, column: 1, offset: 0 });

/**
 * The size the language measured of each file it left unread, by the tree it handed ESLint in
 * its place: the file's bytes with its leading byte order mark, which ESLint takes off the text
 * the rules see. Measured again from that text, a file of 3,001 to 3,003 bytes under
 * maxFileSize 3000 was linted in full, and one of 3,004 was said to be 3,001 (review of the
 * ESLint plugin).
 */
const measured = new WeakMap<object, number>();

/**
 * What the language hands ESLint for JSON that is no payload and past the size limit, in place
 * of @eslint/json's tree of it: an empty object at 1:1 that no rule reads (no oms-lint rule runs
 * on a file that is no payload, and @eslint/json's rules do not run on the plugin's language).
 * Parsing it whole to find nothing was what ran ESLint out of memory: a 50.8 MB
 * package-lock.json under `files: ["**\/*.json"]` stopped the run after 2.5 minutes, every
 * file's result lost (audit of the ESLint plugin). A new tree each time: ESLint's walk may mark
 * the nodes it visits; `bytes`, what the language measured, is kept for the rules (unreadBytes).
 */
export function unreadDocument(bytes: number): DocumentNode {
  const loc = { start: { ...start }, end: { ...start } };
  const tree: DocumentNode = { type: "Document", body: { type: "Object", members: [], loc, range: [0, 0] }, loc: { start: { ...start }, end: { ...start } }, range: [0, 0], tokens: [] };
  measured.set(tree, bytes);
  return tree;
}

/** The bytes the language measured of the file whose unread tree this is; undefined for any other tree (one it parsed, or another language's). */
export function unreadBytes(tree: unknown): number | undefined {
  return typeof tree === "object" && tree !== null ? measured.get(tree) : undefined;
}
