/**
 * Whether a message's params are what LSP 3.17 says they are: each check returns why they are
 * not (naming the field, never echoing its value, which may be megabytes), or undefined.
 * vscode-languageserver hands a handler whatever JSON arrived; a handler that trusted it threw
 * (a request got InternalError and a TypeError's words), stored a document whose text was a
 * number, published diagnostics with a version of "one", or answered a hover at line "a". The
 * server refuses a request these checks fail with InvalidParams, and ignores such a
 * notification with a line in the client's log, as typescript-language-server and ESLint's
 * server do.
 */
export type ParamsCheck = (params: unknown) => string | undefined;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null && !Array.isArray(value);

/** LSP's `integer` and `uinteger`: 32-bit, as the protocol's base types say (a document's version is an integer: messageHead, droppedMessage). */
export const isInteger = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31;
const isUinteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 2 ** 31;

/** The first problem of several checks, in order. */
const first = (...problems: readonly (() => string | undefined)[]): string | undefined => {
  for (const problem of problems) {
    const found = problem();
    if (found !== undefined) return found;
  }
  return undefined;
};

/**
 * A DocumentUri: a string with a scheme (RFC 3986's `scheme ":"`) whose %-escapes decode as
 * UTF-8. Without a scheme it names no document any client can be told about; an escape that
 * does not decode threw in decodeURIComponent when the document was linted, which then never was.
 */
export function uriProblem(uri: unknown, name: string): string | undefined {
  if (typeof uri !== "string") return `${name} must be a URI string`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return `${name} is not a URI: it has no scheme (such as file:)`;
  try {
    decodeURIComponent(uri);
  } catch {
    return `${name} is not a URI: a %-escape in it is not UTF-8`;
  }
  return undefined;
}

function positionProblem(position: unknown, name: string): string | undefined {
  if (!isObject(position)) return `${name} must be a position (an object with line and character)`;
  if (!isUinteger(position.line)) return `${name}.line must be an integer from 0`;
  if (!isUinteger(position.character)) return `${name}.character must be an integer from 0`;
  return undefined;
}

function rangeProblem(range: unknown, name: string): string | undefined {
  if (!isObject(range)) return `${name} must be a range (an object with start and end)`;
  return first(
    () => positionProblem(range.start, `${name}.start`),
    () => positionProblem(range.end, `${name}.end`),
  );
}

function documentProblem(document: unknown): string | undefined {
  if (!isObject(document)) return "textDocument must be an object";
  return uriProblem(document.uri, "textDocument.uri");
}

const paramsObject = (check: (params: Fields) => string | undefined): ParamsCheck => (params) => (isObject(params) ? check(params) : "params must be an object");

export const didOpenProblem: ParamsCheck = paramsObject(({ textDocument }) =>
  first(
    () => documentProblem(textDocument),
    () => (typeof (textDocument as Fields).languageId === "string" ? undefined : "textDocument.languageId must be a string"),
    () => (isInteger((textDocument as Fields).version) ? undefined : "textDocument.version must be an integer"),
    () => (typeof (textDocument as Fields).text === "string" ? undefined : "textDocument.text must be a string"),
  ),
);

function changeProblem(change: unknown, name: string): string | undefined {
  if (!isObject(change)) return `${name} must be an object`;
  if (typeof change.text !== "string") return `${name}.text must be a string`;
  return change.range === undefined ? undefined : rangeProblem(change.range, `${name}.range`);
}

export const didChangeProblem: ParamsCheck = paramsObject(({ textDocument, contentChanges }) =>
  first(
    () => documentProblem(textDocument),
    () => (isInteger((textDocument as Fields).version) ? undefined : "textDocument.version must be an integer"),
    () => (Array.isArray(contentChanges) ? undefined : "contentChanges must be an array"),
    () => {
      for (const [i, change] of (contentChanges as unknown[]).entries()) {
        const problem = changeProblem(change, `contentChanges[${i}]`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    },
  ),
);

/** didClose, willSave: the document is all they name. */
export const documentOnlyProblem: ParamsCheck = paramsObject(({ textDocument }) => documentProblem(textDocument));

/** didSave: the document, and its text where the client sends it (the server asks for it: includeText). */
export const didSaveProblem: ParamsCheck = paramsObject(({ textDocument, text }) =>
  first(
    () => documentProblem(textDocument),
    () => (text === undefined || typeof text === "string" ? undefined : "text must be a string"),
  ),
);

export const hoverProblem: ParamsCheck = paramsObject(({ textDocument, position }) =>
  first(
    () => documentProblem(textDocument),
    () => positionProblem(position, "position"),
  ),
);

export const codeActionProblem: ParamsCheck = paramsObject(({ textDocument, range, context }) =>
  first(
    () => documentProblem(textDocument),
    () => rangeProblem(range, "range"),
    () => (isObject(context) ? undefined : "context must be an object"),
    () => (Array.isArray((context as Fields).diagnostics) ? undefined : "context.diagnostics must be an array"),
    () => {
      const { only } = context as Fields;
      return only === undefined || (Array.isArray(only) && only.every((kind) => typeof kind === "string")) ? undefined : "context.only must be an array of strings";
    },
  ),
);

/** codeAction/resolve: a code action, which has a title. Its `data` is the server's own, checked where it is read (resolveFixAll). */
export const codeActionResolveProblem: ParamsCheck = paramsObject(({ title, kind }) =>
  first(
    () => (typeof title === "string" ? undefined : "a code action's title must be a string"),
    () => (kind === undefined || typeof kind === "string" ? undefined : "a code action's kind must be a string"),
  ),
);

/** workspace/executeCommand, for the commands the server offers (each takes one argument, a document's URI). */
export function executeCommandProblem(commands: readonly string[]): ParamsCheck {
  return paramsObject(({ command, arguments: args }) =>
    first(
      () => (typeof command === "string" ? undefined : "command must be a string"),
      () => (commands.includes(command as string) ? undefined : `command is none of the server's (${commands.join(", ")})`),
      () => (Array.isArray(args) && args.length === 1 ? undefined : "arguments must be an array of one document URI"),
      () => uriProblem((args as unknown[])[0], "arguments[0]"),
    ),
  );
}

const foldersProblem = (folders: unknown, name: string): string | undefined => {
  if (!Array.isArray(folders)) return `${name} must be an array of workspace folders`;
  for (const [i, folder] of folders.entries()) {
    if (!isObject(folder)) return `${name}[${i}] must be a workspace folder (an object with a uri)`;
    const problem = uriProblem(folder.uri, `${name}[${i}].uri`);
    if (problem !== undefined) return problem;
  }
  return undefined;
};

/** workspace/didChangeWorkspaceFolders' event (vscode-languageserver hands the handler params.event). */
export const foldersChangeProblem: ParamsCheck = (event) => {
  if (!isObject(event)) return "event must be an object with added and removed";
  return first(
    () => foldersProblem(event.added, "event.added"),
    () => foldersProblem(event.removed, "event.removed"),
  );
};

export const watchedFilesProblem: ParamsCheck = paramsObject(({ changes }) => {
  if (!Array.isArray(changes)) return "changes must be an array";
  for (const [i, change] of changes.entries()) {
    if (!isObject(change)) return `changes[${i}] must be an object with a uri`;
    const problem = uriProblem(change.uri, `changes[${i}].uri`);
    if (problem !== undefined) return problem;
  }
  return undefined;
});

/** workspace/didChangeConfiguration: any settings at all (readSettings takes only what it knows), but params must be there. */
export const configurationProblem: ParamsCheck = paramsObject(() => undefined);

/**
 * initialize: what the server reads of it. capabilities must be an object (LSP requires it);
 * inside it, a capability of the wrong type counts as absent. rootUri and workspaceFolders
 * name the folders configs are looked up from, and rootPath where neither does.
 */
export const initializeProblem: ParamsCheck = paramsObject(({ rootUri, rootPath, workspaceFolders, capabilities }) =>
  first(
    () => (rootUri === undefined || rootUri === null || typeof rootUri === "string" ? undefined : "rootUri must be a URI string or null"),
    () => (rootPath === undefined || rootPath === null || typeof rootPath === "string" ? undefined : "rootPath must be a path string or null"),
    () => (workspaceFolders === undefined || workspaceFolders === null ? undefined : foldersProblem(workspaceFolders, "workspaceFolders")),
    () => (isObject(capabilities) ? undefined : "capabilities must be an object"),
  ),
);
