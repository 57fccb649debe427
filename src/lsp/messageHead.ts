import { visit, type JSONPath } from "jsonc-parser";
import { isInteger } from "./lspParams.js";

/** What the first bytes of a message's body say of it: whom an answer goes to, and which document it is about. */
export interface MessageHead {
  readonly id?: string | number;
  readonly method?: string;
  /** params.textDocument.uri */
  readonly uri?: string;
  /** params.textDocument.version: the version the client is at once it sent the message (a didOpen's, a didChange's), within LSP's integer (else left out). */
  readonly version?: number;
  /** Whether it has a result or an error: a response to one of the server's own requests. */
  readonly answers: boolean;
}

const idPath = JSON.stringify(["id"]);
const methodPath = JSON.stringify(["method"]);
const uriPath = JSON.stringify(["params", "textDocument", "uri"]);
const versionPath = JSON.stringify(["params", "textDocument", "version"]);
const wanted = new Set([idPath, methodPath, uriPath, versionPath]);

/** Deeper than the fields read (params.textDocument.uri is at 3), and than any message's head that vscode-jsonrpc writes. */
const maxHeadDepth = 32;

/**
 * The text up to where it opens its object or array number maxHeadDepth + 1: jsonc-parser's
 * visit recurses once a level, so 64 KiB of `[` or `{"a":` overflowed the stack and ended the
 * server (and each property there cost its whole path). What stands past the cut is not
 * known, as what lies past the first bytes; where a string starts or ends is read as JSON
 * writes it, and text that is not JSON gives no value anyway.
 */
function shallowPart(text: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") {
      if (++depth > maxHeadDepth) return text.slice(0, i);
    } else if (char === "}" || char === "]") depth--;
  }
  return text;
}

/**
 * The id, method, document and its version of a message from the first bytes of its body only (the rest is
 * never held): vscode-jsonrpc writes `{"jsonrpc":"2.0","id":…,"method":…,"params":{"textDocument":{"uri":…`,
 * the megabytes of a document's text after them. A value counts only if the bytes read so far
 * hold the whole of it, exactly as JSON (a number cut short, "id":12 of "id":1234, is no id),
 * and nothing before it is malformed; a field named twice is not known (JSON.parse would take
 * the later one). What lies past the first bytes is not known: a client that writes the id
 * after the params gets its answer with id null, as for any message whose id cannot be read.
 */
export function messageHead(head: Buffer): MessageHead {
  // A character cut at the end decodes to U+FFFD, after every value that counts.
  const text = shallowPart(head.toString("utf8"));
  const values = new Map<string, unknown>();
  const twice = new Set<string>();
  let broken = false;
  let answers = false;
  const at = (path: JSONPath) => JSON.stringify(path);
  visit(
    text,
    {
      onError: () => void (broken = true),
      onObjectProperty: (property, _offset, _length, _line, _character, path) => {
        if (broken) return;
        const where = path();
        if (where.length === 0 && (property === "result" || property === "error")) answers = true;
        const key = at([...where, property]);
        if (wanted.has(key) && (values.has(key) || twice.has(key))) twice.add(key);
      },
      onLiteralValue: (value, offset, length, _line, _character, path) => {
        const key = at(path());
        if (broken || !wanted.has(key) || offset + length >= text.length) return;
        const raw = text.slice(offset, offset + length);
        let exact: unknown;
        try {
          exact = JSON.parse(raw);
        } catch {
          return void (broken = true);
        }
        if (exact === value) values.set(key, value);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  const known = (key: string) => (twice.has(key) ? undefined : values.get(key));
  return headOf(known(idPath), known(methodPath), known(uriPath), known(versionPath), answers);
}

/** The fields read, those of a type a message's own can be (what is not is not known). */
function headOf(id: unknown, method: unknown, uri: unknown, version: unknown, answers: boolean): MessageHead {
  return {
    ...((typeof id === "number" && Number.isFinite(id)) || typeof id === "string" ? { id } : {}),
    ...(typeof method === "string" ? { method } : {}),
    ...(typeof uri === "string" ? { uri } : {}),
    // LSP's integer, as a didChange's version is checked (lspParams): one of 2^40 recovered a lost document at 2^40, and every later change was ignored.
    ...(isInteger(version) ? { version } : {}),
    answers,
  };
}

/**
 * The same of a message parsed whole, which is refused all the same (past every other message's
 * limits, though its first bytes named a didChange): its own top-level fields, as JSON.parse kept them.
 */
export function parsedHead(message: unknown): MessageHead {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return { answers: false };
  const { id, method, params, result, error } = message as Record<string, unknown>;
  const textDocument = typeof params === "object" && params !== null ? (params as { textDocument?: unknown }).textDocument : undefined;
  const { uri, version } = typeof textDocument === "object" && textDocument !== null ? (textDocument as Record<string, unknown>) : {};
  return headOf(id, method, uri, version, result !== undefined || error !== undefined);
}
