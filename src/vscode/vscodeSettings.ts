import { ParseErrorCode, parseTree, printParseErrorCode, visit, type Node, type ParseError } from "jsonc-parser";
import { positionIn } from "../source/lineIndex.js";
import { decodeUtf8 } from "../source/utf8.js";
import { lastItem } from "../engine/lastItem.js";

/**
 * VS Code's settings.json as init may edit it: its text (after any UTF-8 byte order mark,
 * which VS Code reads past and the edit keeps), or why it may not be edited and where that
 * shows. Nothing is guessed: a file whose bytes or syntax we cannot read exactly as VS Code
 * does would be rewritten with the user's own settings lost or mangled. A refusal's `at`
 * follows the file's name: ":line:column", ": at byte offset N", or nothing. `root` is the
 * parsed settings (none in a file of blanks or comments), `schemas` their "json.schemas" member.
 */
export type EditableSettings =
  | { readonly ok: true; readonly bom: string; readonly text: string; readonly root?: Node; readonly schemas?: Node }
  | { readonly ok: false; readonly at: string; readonly message: string };

/** How VS Code reads settings.json: JSONC, comments and trailing commas allowed; an empty file is no settings yet. */
const jsoncOptions = { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true };

const bomMark = "\uFEFF";

/** Refused: bytes that are not UTF-8, any JSONC syntax error, a top level that is no object, a "json.schemas" that is no single array. */
export function editableSettings(bytes: Uint8Array): EditableSettings {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return refusal(`: at byte offset ${decoded.offset}`, decoded.message);
  const bom = decoded.text.startsWith(bomMark) ? bomMark : "";
  const text = decoded.text.slice(bom.length);
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, jsoncOptions);
  } catch (error) {
    // jsonc-parser recurses once a bracket: some thousands of them overflow the stack.
    if (error instanceof RangeError) return refusal("", "the settings are nested too deeply to read (thousands of brackets)");
    throw error;
  }
  const first = errors[0];
  if (first !== undefined) return refusal(`:${where(text, first.offset)}`, syntaxMessage(text, first));
  if (root === undefined) return { ok: true, bom, text };
  if (root.type !== "object") return refusal(`:${where(text, root.offset)}`, `the settings are ${article(root.type)}, not an object: VS Code reads settings.json as one object ({ … })`);
  const schemas = (root.children ?? []).filter((member) => member.children?.[0]?.value === "json.schemas");
  const value = schemas[0]?.children?.[1];
  const hidden = jsonHidingSchemas(text, root, schemas[0]);
  if (hidden !== undefined) return hidden;
  if (schemas.length > 1) {
    const second = schemas[1] as Node;
    return refusal(`:${where(text, second.offset)}`, `"json.schemas" is set again here (first at ${where(text, (schemas[0] as Node).offset)}): VS Code reads only the last one; keep one`);
  }
  if (value !== undefined && value.type !== "array") {
    return refusal(`:${where(text, value.offset)}`, `"json.schemas" is ${article(value.type)}, not an array: VS Code reads it as a list of { "fileMatch", "url" } entries; make it one`);
  }
  // The edit rewrites the array whole: a comment inside it would be lost.
  const comment = value === undefined ? undefined : commentWithin(text, value.offset, value.offset + value.length);
  if (comment !== undefined) {
    return refusal(`:${where(text, comment)}`, `a comment inside "json.schemas" would be lost when init rewrites the list: move it above "json.schemas"`);
  }
  return { ok: true, bom, text, root, schemas: schemas[0] };
}

/**
 * A top-level "json" where VS Code would not read the list init writes. Its settings reader makes
 * one tree of the dotted keys (configuration.ts, addToValueTree: a key sets its whole value), so:
 * `"json": { "schemas": … }` is the same setting as "json.schemas", the one written last read; a
 * "json" that is no object leaves no place for "schemas", and VS Code drops the list; an object
 * written after "json.schemas" replaces the subtree the list made. Written before it, an object
 * without "schemas" holds the list.
 */
function jsonHidingSchemas(text: string, root: Node, schemas: Node | undefined): EditableSettings | undefined {
  for (const member of root.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key?.value !== "json" || value === undefined) continue;
    if (value.type !== "object") {
      return refusal(`:${where(text, member.offset)}`, `"json" here is ${article(value.type)}, not an object: VS Code then reads no "json.schemas" (a list written beside it would never be read); remove it and run init again`);
    }
    const nested = (value.children ?? []).find((inner) => inner.children?.[0]?.value === "schemas");
    if (nested !== undefined) {
      return refusal(
        `:${where(text, nested.offset)}`,
        `"json" holds "schemas" here, which VS Code reads as "json.schemas": a "json.schemas" added beside it would hide it, or be hidden, by the order they stand in; write the list as "json.schemas" (not nested) and run init again`,
      );
    }
    if (schemas !== undefined && member.offset > schemas.offset) {
      return refusal(`:${where(text, member.offset)}`, `"json" here, after "json.schemas" (at ${where(text, schemas.offset)}), replaces it: VS Code reads the one written last, so the list would never be read; move "json.schemas" after it and run init again`);
    }
  }
  return undefined;
}

/** The offset of the first comment in text[from, to), if any. */
function commentWithin(text: string, from: number, to: number): number | undefined {
  let found: number | undefined;
  visit(text, { onComment: (offset) => void (found ??= offset >= from && offset < to ? offset : undefined) }, jsoncOptions);
  return found;
}

function refusal(at: string, message: string): EditableSettings {
  return { ok: false, at, message };
}

function where(text: string, offset: number): string {
  const { line, column } = positionIn(text, offset);
  return `${line}:${column}`;
}

function article(type: Node["type"]): string {
  return type === "object" || type === "array" ? `an ${type}` : type === "null" ? "null" : `a ${type}`;
}

/** The first syntax error in words; for a bracket, which one is open and where it opened (found by a visit up to that error). */
function syntaxMessage(text: string, error: ParseError): string {
  const found = quote(text, error);
  const open = openAtFirstError(text);
  const opens = open === undefined ? "" : ` that opens at ${where(text, open.offset)}`;
  const closer = open?.kind === "array" ? "]" : "}";
  if (error.offset >= text.length && open !== undefined) return `the file ends before the ${open.kind}${opens} is closed (add "${closer}")`;
  const char = text.charAt(error.offset);
  // A "}" where an array is open (or "]" in an object): the bracket that closes it is missing, not a comma or a value.
  if (open !== undefined && (char === "}" || char === "]") && char !== closer) return `found "${char}" while the ${open.kind}${opens} is still open (is a "${closer}" missing before it?)`;
  switch (error.error) {
    case ParseErrorCode.CommaExpected:
      if (open?.kind === "array") return `expected "," or "]" after an element of the array${opens}, found ${found}`;
      return `expected "," or "}" after a member of the object${opens}, found ${found}`;
    case ParseErrorCode.ValueExpected:
      return `a value is missing before ${found}`;
    case ParseErrorCode.PropertyNameExpected:
      return `expected a property name in double quotes, found ${found}`;
    case ParseErrorCode.ColonExpected:
      return `expected ":" after the property name, found ${found}`;
    case ParseErrorCode.EndOfFileExpected:
      return `unexpected ${found} after the end of the settings (an extra "}" or "]"?)`;
    case ParseErrorCode.InvalidSymbol:
      if (/^[A-Za-z_$]/.test(char)) return `unexpected ${found}: property names and strings need double quotes`;
      return `unexpected character ${JSON.stringify(char)}`;
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return `${found} is not a number`;
    case ParseErrorCode.UnexpectedEndOfComment:
      return "this /* comment is never closed (add */)";
    case ParseErrorCode.UnexpectedEndOfString:
      return 'this string is never closed (end it with ", on the same line)';
    case ParseErrorCode.InvalidUnicode:
      return "\\u in a string must be followed by four hexadecimal digits";
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'not an escape in a JSON string: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
    case ParseErrorCode.InvalidCharacter:
      return "a control character inside a string: write it as an escape (\\n, \\t or \\u00XX)";
    default:
      return `not valid JSON with comments: ${printParseErrorCode(error.error)} at ${found}`;
  }
}

/** The text the error points at, for a message: `"}"`, or "the end of the file". */
function quote(text: string, error: ParseError): string {
  const piece = text.slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 30));
  return piece === "" ? "the end of the file" : JSON.stringify(piece);
}

type Open = { readonly kind: "object" | "array"; readonly offset: number };

/** Thrown from the visit at its first error: the brackets open there are what the message needs. */
const stopVisit = Symbol("first syntax error found");

/**
 * The innermost bracket open at the first syntax error. jsonc-parser ends an object or array
 * that the text never closes before it reports the missing "}" or "]": that one is the answer then.
 */
function openAtFirstError(text: string): Open | undefined {
  const open: Open[] = [];
  let ended: Open | undefined;
  const end = () => void (ended = open.pop());
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => void open.push({ kind: "object", offset }),
        onArrayBegin: (offset) => void open.push({ kind: "array", offset }),
        onObjectEnd: end,
        onArrayEnd: end,
        onError: (code) => {
          if (code === ParseErrorCode.CloseBraceExpected || code === ParseErrorCode.CloseBracketExpected) open.push(ended as Open);
          throw stopVisit;
        },
      },
      jsoncOptions,
    );
  } catch (thrown) {
    if (thrown !== stopVisit) return undefined;
  }
  return lastItem(open);
}
