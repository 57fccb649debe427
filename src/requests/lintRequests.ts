import { shorten } from "../engine/messageTemplate.js";
import type { Diagnostic } from "../engine/diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { lintResult, type LintMessage, type LintMessageDraft, type LintResult } from "../lint/lintResult.js";
import { lintTextChecked } from "../lint/lintText.js";
import { runRequestRules, type RequestFinding } from "../engine/ruleEngine.js";
import type { RuleSet } from "../engine/ruleSet.js";
import { parseSource, type StringPlace } from "../source/parseSource.js";
import { nullPrototypeCopy } from "../json/nullPrototypeCopy.js";
import { prototypeHoldsAddedNames } from "../json/unsentKeys.js";
import type { SourceRange, Span } from "../source/range.js";
import { escapeSegment, valueAt } from "../json/jsonPointer.js";
import { lineStarts, offsetsIn, positionIn } from "../source/lineIndex.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { locatePointers } from "../source/sourceWalk.js";
import type { Operation } from "./endpoints.js";
import { parseHttpFile, type HttpFile, type HttpProblem } from "./httpFile.js";
import { mostFileLeaves, secretTexts } from "../domain/secretFields.js";
import { postmanPairs, postmanSecretTexts } from "./postmanSecrets.js";
import { filledPostmanSecrets, postmanValueOf } from "./postmanSecretFills.js";
import { wholeKeys, withoutPointerSecrets } from "./pointerSecrets.js";
import { isOnlyPlaceholders } from "./secretFills.js";
import { fileSecrets, filledRange, parameterRanges, withoutFileSecrets, type FilledRange } from "./fileSecretRedaction.js";
import { isSecretKey } from "../domain/secretNames.js";
import { commentedOutSecretTexts, eachSecretField, secretRequestTexts } from "./requestSecrets.js";
import { bodyLineInFile } from "./httpBody.js";
import { exactWrittenColumn, writtenColumn } from "./writtenColumn.js";
import { lineAndColumn, type PlaceName } from "../source/placeName.js";
import { requestKeys } from "./requestKey.js";
import { judgesUnfilledString } from "./quotedVariables.js";
import { missingTally, readsUnfilled, type MissingTally } from "./unfilledReads.js";
import { bodyPlaces } from "./unfilledPlaces.js";
import { atWrittenEmptyKey } from "./writtenEmptyKey.js";
import { keysLeftUnjudged, rulesForUnknownKeys, unknownKeysAt } from "./keysBesideVariables.js";
import { requestBody } from "./requestBody.js";
import type { RequestBody } from "./requestBodyShape.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { limitEvidence, limitMessage, textWording } from "../source/limitMessages.js";
import { hasTranslatedShape } from "./translatedBody.js";
import { matchEndpoint } from "./matchEndpoint.js";
import { oversizedUrl } from "./urlLimits.js";
import { isObject } from "./jsonObject.js";
import { postmanEntryDisabled } from "./postmanEntryDisabled.js";
import { withParseFindingsCapped } from "./parseFindingCap.js";
import { joinedUrlText, sentUrlOffsets, urlSpanRange, wholeUrlRange } from "./urlLinePlaces.js";
import { speltSegmentSpan } from "./speltSegmentPlace.js";
import { parameterPlacer, speltParameterPlacer } from "./speltParameterPlaces.js";
import { sentOffsetIn } from "./sentUrlOffsets.js";
import { checkQuery, type QueryFinding } from "./searchQueryCheck.js";
import { isPostmanCollection, isPostmanV1Collection, namesPostmanSchema, readPostmanCollection, type PostmanRequest } from "./postmanCollection.js";
import type { RequestEntry, UrlPart } from "./requestEntry.js";
import { operationReadAs, ownOperation } from "./recordPath.js";
import { queryEntryPointer } from "./postmanQueryEntry.js";
import { pathEntryPointer } from "./postmanPathEntry.js";
import { pathVariableValuePointer } from "./postmanPathVariables.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { findOversized, type StructureLimits } from "../source/entryCount.js";
import { bodyAudience, libraryAudience } from "../lint/audience.js";
import { variableWhereNoValue } from "./bodyVariables.js";
import { fileRun, type FileRun, type Inner, type LintRequestsWithOptions } from "./fileRun.js";
import { postmanInfoSchemaFinding } from "./postmanInfoSchema.js";
import { bodyFileArgument, type BodyFileBase } from "./bodyFile.js";
import { namedAsWritten, variableAt } from "./bodyVariables.js";
import { ownField, ownFields, ownsKey } from "../engine/ownField.js";

export { fileRun, type FileRun, type Inner, type LintRequestsOptions, type LintRequestsWithOptions } from "./fileRun.js";

export interface Checked {
  /** The kind the body was checked as; undefined when it was not (none taken, or a translated body left unchecked). */
  readonly bodyKind: Kind | undefined;
  readonly findings: readonly RequestFinding[];
  readonly body: readonly Inner[];
  /** validate()'s diagnostics behind `body`, when the body was validated as it stands (it parsed, no variable in it). */
  readonly bodyDiagnostics?: readonly Diagnostic[];
  readonly query: readonly QueryFinding[];
  /** Where the value a request finding is about (RequestFinding.path) stands in the body's text, as offsets in it; undefined when it is not there. */
  readonly bodyValueSpan: (path: string) => Span | undefined;
}

/** `placeName`: how a parse fault of the body names another place of it, where the body stands in a request file (its line and column there). */
export function checkOne(entry: RequestEntry, run: FileRun, placeName?: PlaceName): Checked {
  const oversized = oversizedUrl(entry.url, limitsOf(run.options), run.options.audience?.limitHints);
  if (oversized) return { bodyKind: undefined, findings: [oversized], body: [], query: [], bodyValueSpan: () => undefined };
  const match = matchEndpoint(entry.url, entry.variables, entry.pathAsWritten);
  const operation = match.endpoint === undefined ? undefined : ownOperation(match.endpoint, entry.method.toUpperCase());
  // Read once for the rules and the lint, and parsed (if at all) within the run's limits.
  const body = entry.body === undefined ? undefined : requestBody(entry.body, entry.variables, limitsOf(run.options));
  const findings = runRequestRules(run.set, run.configured, { request: entry, body, match, operation, memories: run.memories });
  // A PUT or DELETE without the record ID is record-id-missing's warning, a POST with one
  // record-id-unexpected's, no longer errors: the body is still the one the document gives the
  // method, and checked as such (found by the review of the stop: a broken body passed a
  // pre-submit check unchecked).
  const recordOperation = operationReadAs(match.endpoint, entry.method.toUpperCase());
  const bodyOperation = match.url.hostFamily === "translated" && !hasTranslatedShape(body, recordOperation) ? undefined : recordOperation;
  const linted = lintBody(entry, body, bodyOperation, run, placeName);
  // The body's text with its stand-ins, as long as the text written: its offsets are those of the body as written.
  const bodyValueSpan = (path: string) => (body === undefined ? undefined : locatePointers(body.text, [path]).value(path));
  return { bodyKind: bodyOperation?.bodyKind, findings, body: linted.messages, bodyDiagnostics: linted.diagnostics, query: checkQuery(match, operation, run), bodyValueSpan };
}

function lintBody(entry: RequestEntry, body: RequestBody | undefined, operation: Operation | undefined, run: FileRun, placeName: PlaceName | undefined): { messages: Inner[]; diagnostics?: readonly Diagnostic[] } {
  if (!operation?.bodyKind || body === undefined || entry.body?.trim() === "") return { messages: [] };
  const { rules, settings, maxDepth, maxEntries, maxValues, audience, keepYieldingFindings } = run.options;
  // A variable the client fills in bare (`"manufacturerID": {{mfgId}}`) stands for a value oms-lint cannot know.
  const { variables, text } = body;
  // A string holding a variable the client fills (`"currency": "{{currency}}"`) sends a value oms-lint cannot know (quotedVariables.ts).
  const quotedVariables = entry.variables !== "as-sent" && text.includes("{{");
  const fills = variables.length > 0 || quotedVariables;
  // The rules may ask which values the client fills (RuleContext.filledByClient), to make the finding that holds whatever they fill to.
  const filledByClient = fills ? (pointer: string) => bodyPlaces(body).valueHoldsVariable(pointer) : undefined;
  const options = { kind: operation.bodyKind, rules, settings, maxDepth, maxEntries, maxValues, audience: bodyAudience(audience), filledByClient, inRequestBody: true, ...(placeName === undefined ? {} : { placeName }) };
  const { result, diagnostics, shownPaths, again } = lintTextChecked(run.set, text, { ...options, keepYieldingFindings });
  // Its findings' real paths, read below to tell a read of a place the client fills; hidden as every path is once read.
  const shown = <T extends { readonly path: string }>(findings: T[]): T[] => (shownPaths === undefined ? findings : shownPaths(findings));
  // A fix or suggestion is a text edit placed in the body alone, not in the file: neither is given (a request file is never fixed).
  const messages = result.messages.map(withoutEdits);
  if (!fills) return { messages: shown(messages), diagnostics };
  // Each message's variable found by its offset: no map of the body's (maybe millions of) variables is built.
  const starts = lineStarts(text);
  // The strings and keys holding one, found once for the body (bodyPlaces), when a message is first judged against them (unfilledReads.ts).
  let tally: MissingTally | undefined;
  const value = body.parsed?.value;
  const tallied = () => (tally ??= missingTally(messages, value, bodyPlaces(body), run.set));
  const readsUnfilledPlace = (m: Inner) => readsUnfilled(m, run.set, value, bodyPlaces(body), tallied());
  const judgesUnfilled = (m: Inner, offset: number) => (quotedVariables && judgesUnfilledString(m, run.set, text, offset)) || readsUnfilledPlace(m);
  const offsetAt = (line: number | undefined, column: number | undefined) => (line === undefined ? -1 : (starts[line - 1] ?? 0) + (column ?? 1) - 1);
  const offsetOf = (m: Inner) => offsetAt(m.line, m.column);
  const dropped = new Set(messages.filter((m) => judgesUnfilled(m, offsetOf(m))));
  // A key written in a missing field's place beside keys the client fills: its field is not said missing, the key is still unknown (keysBesideVariables.ts).
  const unjudged = keysLeftUnjudged([...dropped], messages.filter((m) => !dropped.has(m)), value, bodyPlaces(body));
  const unknownKeys = unjudged.size === 0 ? new Map<string, (typeof messages)[number]>() : unknownKeysAt(unjudged, keepYieldingFindings ? messages : (again?.({ rules: rulesForUnknownKeys(run.set, rules), keepYieldingFindings: true }) ?? []).map(withoutEdits));
  const said = new Set<string>();
  return {
    messages: shown(messages.flatMap((m) => {
      const offset = offsetOf(m);
      // A rule's read of a place holding a variable, quoted or bare (its null stand-in is no value the client sends), or in its stead the unknown key it stood at.
      if (dropped.has(m)) return keyWarning(m.path, unknownKeys, said);
      if (m.ruleId === "unknown-property" && unknownKeys.has(m.path)) return [];
      // A written empty key said to repeat a stand-in's (`{ {{$dotenv M}}, "": "v"}`): the client sends no such key.
      if (m.ruleId === "duplicate-key" && bodyPlaces(body).repeatsStandIn(m.path, offset)) return [];
      // At a stand-in, or inside one (a members stand-in's `0`, where a second one's empty key is said to repeat the first's).
      const variable = variables.holding(offset);
      // An empty key written before a members variable: a finding placed at the stand-in's key is the written key's (writtenEmptyKey.ts); one at its `0` reads no value sent.
      const written = variables.startingAt(offset) === undefined ? undefined : bodyPlaces(body).writtenEmptyKeyAt(m.path);
      const placed = written === undefined ? m : atWrittenEmptyKey(m, text, offset, offsetAt(m.endLine, m.endColumn), written);
      if (variable === undefined || written !== undefined) return [withKeysNoted(placed, quotedVariables ? tally?.note(m) : undefined)];
      if (m.ruleId !== "parse") return [];
      // The value one past maxValues may be a stand-in: that parse fault is the limit's, said as it is.
      if (findOversized(text, limitsOf(run.options))?.offset === offset) return [m];
      // Any other parse fault at a stand-in: the variable stands where JSON takes no value (after a value with no comma between).
      return [{ ...m, message: variableWhereNoValue(variable) }];
    })),
  };
}

/** A body's message without the edits placed in the body alone (fix, suggestion), nor `fatal`: a request file is never fixed. */
function withoutEdits({ fatal: _fatal, fix: _fix, suggestion: _suggestion, ...m }: LintMessage): Omit<LintMessage, "fatal" | "fix" | "suggestion"> {
  return m;
}

/** Unknown-property's finding at a written key, once: in place of the first finding given way that stood there. */
function keyWarning<M extends Inner>(path: string, unknownKeys: ReadonlyMap<string, M>, said: Set<string>): M[] {
  const warning = unknownKeys.get(path);
  if (warning === undefined || said.has(path)) return [];
  said.add(path);
  return [warning];
}

/** A finding that fields are missing beside keys the client fills, too few to be them all: it says one may be among them. */
function withKeysNoted<M extends Inner>(m: M, note: string | undefined): M {
  return note === undefined ? m : { ...m, message: `${m.message}; ${note}` };
}

/** What a finding in a GraphQL request's body is about: not the text written, but the JSON REST Client builds from it (graphqlBody.ts), whose places are not the file's. */
const graphqlBodyPrefix = "in the GraphQL body REST Client sends for this one (X-Request-Type: graphql): ";

/** The same for a Postman request's `graphql` body: the JSON Postman's runtime builds from it (postmanGraphqlBody.ts). */
const postmanGraphqlPrefix = "in the GraphQL body Postman sends for this one (body mode graphql): ";

/** A request rule's finding as a message (its place given by the format). */
function requestMessage(finding: RequestFinding, path: string): Inner {
  const { ruleId, messageId, severity, evidence, message } = finding;
  return { ruleId, messageId, severity: severity === "error" ? 2 : 1, evidence, message, path };
}

/** A `parse` finding of a request file (the file, or a part of it, is not what its format takes). */
function parseMessage(message: string, path: string, severity: 1 | 2 = 2, evidence: "stated" | "inferred" = "stated"): Inner {
  return { ruleId: "parse", messageId: "parse", severity, evidence, message, path };
}

function sorted(messages: LintMessageDraft[]): LintMessageDraft[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Lints a REST Client file (`.http`, `.rest`): every request is matched to an OMS endpoint
 * and checked by the request rules of the set (method, path, query, headers, body); the
 * body with its kind's schema and rules. Messages stand at the file's lines. Never throws.
 */
export function lintHttpFileWith(set: RuleSet, text: string, filePath = "<text>", options: LintRequestsWithOptions = {}): LintResult {
  try {
    const run = fileRun(set, options);
    const limits = limitsOf(options);
    // As a payload's arrays hold at most maxEntries entries, a file holds at most as many requests:
    // each is a record and its findings (found by the request files audit: 16 million `###` took 1.05 GB).
    const file = parseHttpFile(text, limits.maxEntries);
    const tooMany = ownField(file, "tooMany");
    if (tooMany) {
      const { line, column, endColumn } = tooMany;
      const message = limitMessage(textWording, limits, "entries", "requests", options.audience?.limitHints);
      return lintResult(filePath, null, [{ ...parseMessage(message, "", 2, limitEvidence), line, column, endLine: line, endColumn, fatal: true }]);
    }
    let starts: Uint32Array | undefined;
    // Columns are counted past a byte order mark, as parseHttpFile counts them (the editor adds it back on line 1).
    const written = withoutByteOrderMark(text);
    const writtenOffset = offsetsIn(written);
    /** A line of the file from its first character to its last (its line break left out). */
    const wholeLine = (line: number): SourceRange => {
      starts ??= lineStarts(written);
      const from = starts[line - 1] ?? written.length;
      const lineText = written.slice(from, starts[line] ?? written.length).replace(/[\r\n]+$/, "");
      return { line, column: 1, endLine: line, endColumn: lineText.length + 1 };
    };
    const fileProblem = (p: HttpProblem): LintMessageDraft => ({
      ...(p.inferred ? parseMessage(p.message, "", 1, "inferred") : parseMessage(p.message, "")),
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.endColumn,
    });
    const messages: LintMessageDraft[] = file.problems.map(fileProblem);
    const secrets = fileSecrets(httpFileSecrets(file, written), written, file.writtenVariables, (name) => {
      const value = isSecretKey(name) ? file.variables.get(name) : undefined;
      return value === undefined || isOnlyPlaceholders(value) ? undefined : value;
    }, { texts: writtenSecretFields(file), valueOf: (name) => file.variables.get(name) });
    /** Each body finding's range in the body as sent, by its index in `messages`, when the file has secrets. */
    const filled = new Map<number, readonly FilledRange[]>();
    const keys = requestKeys(file.requests);
    for (const [index, request] of file.requests.entries()) {
      const first = messages.length;
      // The URL as written, over its lines: a finding about a part it spells out stands at that part's text, any other over every line of it.
      const writtenUrl = joinedUrlText(request.urlLines);
      const urlRange = wholeUrlRange(request.urlLines);
      const urlPartRange = (urlPart: UrlPart | undefined): SourceRange => {
        const span = urlPart === undefined ? undefined : ownsKey(urlPart, "pathSegmentFromEnd") ? speltSegmentSpan(writtenUrl, request.url, urlPart.pathSegmentFromEnd, urlSentOffset) : parameterAt(`/${escapeSegment(urlPart.queryParameter)}`, urlPart.occurrence);
        return span === undefined ? urlRange : urlSpanRange(request.urlLines, span);
      };
      const urlSentOffset = sentUrlOffsets(request.urlLines);
      const parameterAt = speltParameterPlacer(writtenUrl, request.url, urlSentOffset);
      const firstBodyLine = request.bodyLine ?? request.line;
      // A line of the body as sent, in the file: below the comment lines REST Client dropped from it.
      const fileLine = (line: number) => bodyLineInFile(firstBodyLine, request.bodyDropped, line);
      // A body's places are counted in its text past a byte order mark, as a file's are (parseSource):
      // in the request file the mark takes a column of the body's first line (request-files audit: 4:10 for 4:11).
      const mark = request.body?.startsWith("\ufeff") ? 1 : 0;
      // Columns of the body as written: a variable's value is longer or shorter than its {{name}}.
      const bodyColumn = (line: number, column: number, edge: "start" | "end") => writtenColumn(request.bodyReferences?.get(line - 1) ?? [], line === 1 ? column + mark : column, edge);
      const sentBody = (request.body ?? "").slice(mark);
      // A place a parse fault's message names (the [ never closed) is the file's, as its findings' are: the body's
      // own "line 2, column 8" stood at line 6 of the file (review of 768f1e6e). A GraphQL body is JSON REST Client builds: no place of the file.
      const placeName: PlaceName = (offset) => {
        if (request.graphqlBody) return undefined;
        const { line, column } = positionIn(sentBody, offset);
        const written = exactWrittenColumn(request.bodyReferences?.get(line - 1) ?? [], line === 1 ? column + mark : column);
        return written === undefined ? undefined : lineAndColumn(fileLine(line), written);
      };
      const checked = checkOne(withBodyFileArgument(request, "requestFolder", filePath, options), run, placeName);
      // A body finding stands at the value it is about (the PUT's "name"), else on the body's whole first line: an empty range showed nothing.
      const inBody = (bodyLine: number, path: string | undefined): SourceRange => {
        if (request.graphqlBody) return wholeLine(bodyLine);
        const span = path === undefined ? undefined : checked.bodyValueSpan(path);
        if (span === undefined) return wholeLine(bodyLine);
        const bodyText = (request.body ?? "").slice(mark);
        const start = positionIn(bodyText, span.offset);
        const end = positionIn(bodyText, span.offset + span.length);
        return { line: fileLine(start.line), column: bodyColumn(start.line, start.column, "start"), endLine: fileLine(end.line), endColumn: bodyColumn(end.line, end.column, "end") };
      };
      const place = (finding: RequestFinding): SourceRange => {
        const [part, path] = [finding.part, ownField(finding, "path")];
        // A finding about one header stands at its line, where one does; sent on several, its value is theirs joined
        // ("application/json, text/plain"), so the finding spans them, from the first to the last that names it: the
        // first alone (review of b9f4fdc4) pointed at a fine line and hid the one to remove.
        const named = ownField(finding, "header")?.toLowerCase();
        const headerLines = named === undefined ? [] : request.headerLines.filter(({ name }) => name.toLowerCase() === named);
        const [firstLine, lastLine] = [headerLines[0], headerLines.at(-1)];
        if (firstLine !== undefined && lastLine !== undefined) return { line: firstLine.line, column: firstLine.column, endLine: lastLine.line, endColumn: lastLine.endColumn };
        return part === "url"
          ? urlPartRange(ownField(finding, "urlPart"))
          : part === "method"
            ? { line: request.line, column: request.methodColumn, endLine: request.line, endColumn: request.methodEndColumn }
            : part === "body" && request.bodyLine
              ? inBody(request.bodyLine, path)
              : part === "bodyFile" && request.bodyFileLine
                ? wholeLine(request.bodyFileLine)
                : { line: request.line, column: request.methodColumn, endLine: request.line, endColumn: request.urlEndColumn };
      };
      // A finding's own path: a body finding without one (request/body-not-allowed's) took a polluted Object.prototype.path's.
      for (const finding of checked.findings) messages.push({ ...requestMessage(finding, finding.part === "body" ? (ownField(finding, "path") ?? "") : ""), ...place(finding) });
      const sentOffset = offsetsIn(sentBody);
      for (const m of checked.body) {
        if (secrets.any && !request.graphqlBody) filled.set(messages.length, filledRange(sentBody, sentOffset, m));
        if (request.graphqlBody) {
          messages.push({ ...m, message: `${graphqlBodyPrefix}${m.message}`, ...wholeLine(firstBodyLine) });
          continue;
        }
        const line = m.line ?? 1;
        const endLine = m.endLine ?? 1;
        const range = { line: fileLine(line), column: bodyColumn(line, m.column ?? 1, "start"), endLine: fileLine(endLine), endColumn: bodyColumn(endLine, m.endColumn ?? 1, "end") };
        // A variable named in a parse fault is the one written at its place: substitution that stopped part-way left another in the body as sent.
        const message = m.ruleId === "parse" ? namedAsWritten(m.message, variableAt(sentBody, sentOffset(line, m.column)), variableAt(written, writtenOffset(range.line, range.column))) : m.message;
        messages.push({ ...m, message, ...range });
      }
      if (checked.query.length === 0) {
        withRequest(messages, first, { key: keys[index]!, pointer: "" });
        continue;
      }
      const sentParameterAt = parameterPlacer(request.url);
      for (const { occurrence, ...m } of checked.query) {
        const sent = secrets.any ? parameterRanges(request.url, sentParameterAt, m.path, occurrence) : undefined;
        if (sent !== undefined) filled.set(messages.length, sent);
        const span = parameterAt(m.path, occurrence);
        messages.push({ ...m, path: "", ...(span ? urlSpanRange(request.urlLines, span) : urlRange) });
      }
      withRequest(messages, first, { key: keys[index]!, pointer: "" });
    }
    return lintResult(filePath, null, withParseFindingsCapped(sorted(withoutFileSecrets(messages, secrets, filled)), file.problemsPast.map(fileProblem)));
  } catch (error) {
    return lintResult(filePath, null, [internal(error)]);
  }
}

/**
 * The values of a file's variables whose names are secrets' (`@apiKey = …`, `@password = …`), as
 * written and as filled, taken as secretTexts takes a payload's: a finding on the body or URL
 * they fill quoted them (`got "sk_live_…"`) in every output (audit at d04c125b). And its requests'
 * secret headers' and query parameters' values as sent (secretRequestTexts), as a collection's pairs are,
 * and those of the headers and variables it has commented out.
 */
function httpFileSecrets(file: HttpFile, text: string): ReadonlySet<string> {
  const named = file.variableNames.filter((name) => isSecretKey(name) && !isOnlyPlaceholders(file.variables.get(name) ?? ""));
  const sent = new Set([...secretRequestTexts(file.requests), ...commentedOutSecretTexts(text)]);
  return named.length === 0 ? sent : new Set([...secretTexts(Object.fromEntries(named.map((name) => [name, file.variables.get(name)])), undefined, undefined, mostFileLeaves), ...sent]);
}

/** The values of the requests' secret headers and query parameters as written: they name the variables a secret is built from (`Bearer {{tok}}`, `?apiKey={{k}}`). */
function writtenSecretFields(file: HttpFile): string[] {
  const found = new Set<string>();
  for (const { writtenHeaders, writtenUrl } of file.requests) {
    // Only a value that names a variable can say which one a secret is built from: a URL that names none is not split.
    eachSecretField(writtenHeaders, writtenUrl.includes("{{") ? writtenUrl : "", "braces", (_name, value) => {
      if (value.includes("{{")) found.add(value);
    });
  }
  return [...found];
}

/**
 * Lints a Postman collection (v2.1): every request in every folder, checked as in a REST
 * Client file. Messages carry the request part's JSON Pointer and its line. Never throws.
 */
export function lintPostmanCollectionWith(set: RuleSet, text: string, filePath = "<text>", options: LintRequestsWithOptions = {}): LintResult {
  try {
    const { maxDepth, maxEntries, maxValues, audience = libraryAudience } = options;
    const parsed = parseSource(text, { maxDepth, maxEntries, maxValues, limitHints: audience.limitHints });
    if (!parsed.ok) {
      return lintResult(filePath, null, [{ ...parseMessage(parsed.fault.message, parsed.path, 2, parsed.evidence), ...parsed.range, fatal: true }]);
    }
    const run = fileRun(set, options);
    // The collection's fields are read by name (a request's `body`, a header's `disabled`, a URL's `raw`): with
    // Object.prototype holding one, a request without it inherited it ("request.body is \"x\", a string").
    const collectionJson = prototypeHoldsAddedNames() ? nullPrototypeCopy(parsed.value) : parsed.value;
    const limits = limitsOf(options);
    const collection = readPostmanCollection(collectionJson, audience.notACollection, text.length, limits.maxEntries);
    const tooMany = ownField(collection, "tooMany");
    if (tooMany) {
      const message = limitMessage(textWording, limits, "entries", "items", audience.limitHints);
      return lintResult(filePath, null, [{ ...parseMessage(message, tooMany.pointer, 2, limitEvidence), ...(parsed.locate.pointers([tooMany.pointer])[0] as SourceRange), fatal: true }]);
    }
    // The collection's secrets (its auths' credentials, a variable's or a header's {key, value} pair): a body or
    // URL they fill, or that holds one, was quoted with them (audit at d04c125b), decoded too.
    const written = postmanSecretTexts(collectionJson);
    const { pairs, secretVariables } = postmanPairs(collectionJson);
    // A secret whose value is a variable, as sent: that variable's value (`{{prodKey}}`'s).
    const asSent = filledPostmanSecrets(written, pairs, text.length);
    const valueOf = postmanValueOf(pairs, text.length);
    // A variable's value that is a secret, as sent; a secret variable's whatever its value (`-1`, `true`: taken at its fills alone, as
    // a `.http` file's `@apiKey = -1`). A value that is only unfilled placeholders (`{{$dotenv …}}`, an undefined variable) is no
    // secret's text; its filled value is.
    const held = (name: string, value: string) => {
      const sent = written.has(value) ? (asSent.get(value) ?? value) : secretVariables.has(name) ? valueOf(name) : undefined;
      return sent === undefined || isOnlyPlaceholders(sent) ? undefined : sent;
    };
    // And a secret query parameter of a URL written as one string (`?access_token=…`), which no pair holds (its headers are pairs, taken above).
    const urlSecrets = secretRequestTexts(collection.requests.map(({ url }) => ({ url, headers: [] })));
    const found = new Set([...written, ...asSent.values(), ...urlSecrets].filter((value) => !isOnlyPlaceholders(value)));
    const secrets = fileSecrets(found, withoutByteOrderMark(text), pairs, held, { texts: written, valueOf });
    /** Each body finding's range in the body as sent, by its index in `pending`, when the collection has secrets. */
    const filled = new Map<number, readonly FilledRange[]>();
    const pending: (Inner & { range?: SourceRange })[] = [];
    /** Findings placed inside a string (a search parameter in its URL, a body's finding in its raw): where they stand in `pending`, and the characters. */
    const inStrings: (StringPlace & { readonly at: number })[] = [];
    // A v1 collection has no info at all: readPostmanCollection's one finding says what it is.
    if (!isPostmanCollection(collectionJson) && !isPostmanV1Collection(collectionJson)) {
      pending.push(postmanInfoSchemaFinding());
    }
    for (const p of collection.problems) pending.push(parseMessage(p.message, p.pointer));
    const keys = requestKeys(collection.requests);
    for (const [index, request] of collection.requests.entries()) {
      const first = pending.length;
      // A body as written in its `"raw"` string: its findings are placed inside that string.
      const asWritten = request.rawBody !== undefined && request.rawBody === request.body;
      // The body's places are counted past a byte order mark (parseSource); in the raw string it takes a place (request-files audit: 1:322 for 1:323).
      const mark = request.body?.startsWith("\ufeff") ? 1 : 0;
      // A place a parse fault's message names, in the collection, through the raw string's escapes as its findings' places
      // are (the body's own "line 3, column 8" stood at 20:70: review of 768f1e6e); none for a body not sent as written.
      const placeName: PlaceName = (offset) => {
        if (!asWritten || request.graphqlBody) return undefined;
        const range = parsed.locate.inString(request.bodyPointer, mark + offset, mark + offset + 1);
        return range === undefined ? undefined : lineAndColumn(range.line, range.column);
      };
      const checked = checkOne(withBodyFileArgument(request, "workingFolder", filePath, options), run, placeName);
      // A url object checked by its parts: findings about one part stand at it (url/path/3, url/query/1/value).
      const parts = request.partsPointer === undefined ? undefined : valueAt(collectionJson, request.partsPointer);
      const partPointer = (urlPart: UrlPart | undefined) => (parts === undefined || urlPart === undefined ? undefined : urlPartPointer(parts, request.partsPointer as string, urlPart));
      // A segment a `:name` variable filled stands at the value filled in (url.variable[n].value), which the user edits, whether the url is read by its parts or its raw.
      const urlPointer = (urlPart: UrlPart | undefined) => filledSegmentPointer(request, urlPart) ?? partPointer(urlPart);
      const pointer = (finding: RequestFinding): string => {
        const { part, urlPart } = finding;
        return part === "url"
          ? (urlPointer(urlPart) ?? request.urlPointer)
          : part === "method"
            ? request.methodPointer
            : part === "headers"
              ? (headerEntryPointer(collectionJson, request.headerPointer, ownField(finding, "header")) ?? request.headerPointer)
              : part === "body"
                ? request.bodyPointer
                : part === "bodyFile"
                  ? `${request.pointer}/body/mode`
                  : request.pointer;
      };
      // The URL as checked: a string (a url string, raw), or a url object's parts.
      const rawUrl = parts === undefined ? valueAt(collectionJson, request.urlPointer) : undefined;
      const sentPlace = ownField(request, "urlSentPlace");
      const urlSentOffset = (offset: number) => sentOffsetIn(sentPlace, offset);
      const parameterAt = speltParameterPlacer(typeof rawUrl === "string" ? rawUrl : "", request.url, urlSentOffset);
      for (const finding of checked.findings) {
        // A finding about one value of the body stands at it, in the raw string.
        const path = finding.part === "body" ? ownField(finding, "path") : undefined;
        const span = asWritten && path !== undefined ? checked.bodyValueSpan(path) : undefined;
        if (span !== undefined) inStrings.push({ at: pending.length, path: request.bodyPointer, from: mark + span.offset, to: mark + span.offset + span.length });
        const placed = pointer(finding);
        // One about a part of a URL string (a path segment, a repeated parameter) stands at that part's text in it, where the string spells it out.
        const urlPart = finding.part === "url" && placed === request.urlPointer && typeof rawUrl === "string" ? ownField(finding, "urlPart") : undefined;
        const partSpan = urlPart === undefined ? undefined : ownsKey(urlPart, "pathSegmentFromEnd") ? speltSegmentSpan(rawUrl as string, request.url, urlPart.pathSegmentFromEnd, urlSentOffset) : parameterAt(`/${escapeSegment(urlPart.queryParameter)}`, urlPart.occurrence);
        if (partSpan !== undefined) inStrings.push({ at: pending.length, path: request.urlPointer, from: partSpan.offset, to: partSpan.offset + partSpan.length });
        pending.push(requestMessage(finding, placed));
      }
      const inRaw = asWritten && checked.body.length > 0;
      const sentBody = (request.body ?? "").slice(mark);
      const sentOffset = offsetsIn(sentBody);
      for (const m of checked.body) {
        // A key may be megabytes long: the message names the place as a message quotes a value.
        // Its pointer as json's `path` shows it: a secret filled in as a key redacted by its segments, not as the message's text.
        const where = `${request.graphqlBody ? postmanGraphqlPrefix : ""}${m.path === "" ? "body" : `body ${shorten(withoutPointerSecrets(m.path, wholeKeys(secrets.withoutWhole)))}`}`;
        if (secrets.any && !request.graphqlBody) filled.set(pending.length, filledRange(sentBody, sentOffset, m, `${where}: `));
        if (inRaw && m.line !== undefined) inStrings.push({ at: pending.length, path: request.bodyPointer, from: mark + sentOffset(m.line, m.column), to: mark + sentOffset(m.endLine, m.endColumn) });
        const { ruleId, messageId, severity, evidence } = m;
        // ESLint's pass (keepYieldingFindings): which rules a finding gives way to, and a list's note's counted rules, go with it.
        // Each its own: a body finding without them took a polluted Object.prototype.givesWayTo's or .countedRules'.
        const [givesWayTo, countedRules] = [ownField(m, "givesWayTo"), ownField(m, "countedRules")];
        const yielding = { ...(givesWayTo === undefined ? {} : { givesWayTo }), ...(countedRules === undefined ? {} : { countedRules }) };
        pending.push({ ruleId, messageId, severity, evidence, message: `${where}: ${m.message}`, path: request.bodyPointer, ...yielding });
      }
      const sentParameterAt = parameterPlacer(request.url);
      for (const { occurrence, ...m } of checked.query) {
        const sent = secrets.any ? parameterRanges(request.url, sentParameterAt, m.path, occurrence) : undefined;
        if (sent !== undefined) filled.set(pending.length, sent);
        const span = parameterAt(m.path, occurrence);
        if (span) inStrings.push({ at: pending.length, path: request.urlPointer, from: span.offset, to: span.offset + span.length });
        // A url checked by its parts holds each parameter in a url.query entry: the finding stands at it.
        pending.push({ ...m, path: (parts === undefined ? undefined : queryEntryPointer(parts, request.partsPointer as string, m.path, occurrence)) ?? request.urlPointer });
      }
      withRequest(pending, first, { key: keys[index]!, pointer: request.pointer });
    }
    // The places in their strings (a body's raw, a URL), in one walk of the text for all of them (not one a finding).
    const stringRanges = parsed.locate.inStrings(inStrings);
    inStrings.forEach((place, i) => (pending[place.at]!.range = stringRanges[i]));
    const unlisted = collection.problemsPast.map((p) => parseMessage(p.message, p.pointer));
    const ranges = parsed.locate.pointers([...pending, ...unlisted].map((p) => p.path));
    return lintResult(
      filePath,
      null,
      withParseFindingsCapped(
        // A finding's range in its string, where it has one as its own: destructured, a polluted Object.prototype.range placed every other finding at none ("undefined:undefined").
        sorted(withoutFileSecrets(pending.map(({ range: _inherited, ...p }, i) => ({ ...p, ...(ownField(pending[i]!, "range") ?? (ranges[i] as SourceRange)) })), secrets, filled)),
        unlisted.map((p, i) => ({ ...p, ...(ranges[pending.length + i] as SourceRange) })),
      ),
    );
  } catch (error) {
    return lintResult(filePath, null, [internal(error)]);
  }
}

/** The request, its body's file (if it names one) with the argument `oms-lint` takes it as, worked out from the request file's path and the run's working folder; none for a document not on disk. */
function withBodyFileArgument<R extends RequestEntry>(request: R, base: BodyFileBase, filePath: string, options: LintRequestsWithOptions): R {
  const { bodyFile } = request;
  if (bodyFile === undefined || options.notOnDisk === true) return request;
  // Copies that inherit nothing, as the request and its body file do (a spread makes plain objects: a polluted
  // Object.prototype.formBody then gave a body sent from a file request/content-type's form-encoded warning).
  return ownFields({ ...request, bodyFile: ownFields({ ...bodyFile, ...bodyFileArgument(bodyFile.path, base, filePath, options.workingFolder) }) });
}

/**
 * Where a finding about one header stands in a collection: the entry of the request's header
 * list whose key names it (Postman sends an entry marked disabled not at all: not that one), or
 * the list where several do; undefined where none does (a header string, or one an auth adds).
 */
function headerEntryPointer(collection: unknown, headerPointer: string, name: string | undefined): string | undefined {
  const list = name === undefined ? undefined : valueAt(collection, headerPointer);
  if (!Array.isArray(list)) return undefined;
  const naming = list.flatMap((entry, index) => (isObject(entry) && typeof entry.key === "string" && entry.key.trim().toLowerCase() === name!.toLowerCase() && !postmanEntryDisabled(entry) ? [index] : []));
  // Sent in several entries, its value is theirs joined: the list, which holds them all, as a .http file's finding spans their lines.
  return naming.length === 0 ? undefined : naming.length === 1 ? `${headerPointer}/${naming[0]}` : headerPointer;
}

/** Where a finding about one part of a url object checked by its parts stands: its path entry, or its query entry's value; undefined where it holds none. */
function urlPartPointer(url: unknown, partsPointer: string, urlPart: UrlPart): string | undefined {
  if (ownsKey(urlPart, "pathSegmentFromEnd")) return pathEntryPointer(url, partsPointer, urlPart.pathSegmentFromEnd);
  return queryEntryPointer(url, partsPointer, `/${urlPart.queryParameter}`, urlPart.occurrence);
}

/** Where a finding about a path segment that a `:name` variable filled stands: that variable's value; undefined for any other finding, or a value not written in the url's variable list. */
function filledSegmentPointer(request: PostmanRequest, urlPart: UrlPart | undefined): string | undefined {
  if (request.pathVariables === undefined || urlPart === undefined || !ownsKey(urlPart, "pathSegmentFromEnd")) return undefined;
  return pathVariableValuePointer(request.pathVariables, `${request.pointer}/url`, urlPart.pathSegmentFromEnd);
}

/** The messages from `first` on are about this request (LintMessage.request): each is given it. */
function withRequest(messages: { request?: LintMessage["request"] }[], first: number, request: NonNullable<LintMessage["request"]>): void {
  for (let i = first; i < messages.length; i++) messages[i] = { ...messages[i], request };
}

function internal(error: unknown): LintMessageDraft {
  const message = error instanceof Error ? error.message : String(error);
  return { ...parseMessage(`cannot lint the requests: ${message}`, ""), line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

/**
 * Does this JSON text hold a Postman collection? A cheap text check first, then its
 * info.schema, read within the limits (the run's, where the caller has them): a text past
 * one is no collection here, not parsed whole, and its payload lint refuses it by the count.
 */
export function looksLikePostmanCollection(text: string, limits?: StructureLimits): boolean {
  if (!namesPostmanSchema(text)) return false;
  const parsed = parseWithinLimits(text, limits);
  return parsed !== undefined && isPostmanCollection(parsed.value);
}
