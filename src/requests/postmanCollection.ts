import { libraryAudience } from "../lint/audience.js";
import type { RequestEntry } from "./requestEntry.js";
import { expandVariables, expansionBudget, type Expansion, type ExpansionBudget } from "./variables.js";
import { requestTypeProblems, type PostmanProblem } from "./postmanFieldTypes.js";
import { ParseProblems } from "./parseFindingCap.js";
import { parseHeaderString } from "./postmanHeaderString.js";
import { urlSections, variablesMayHoldScheme } from "./matchEndpoint.js";
import { blankJsonComments } from "./jsonComments.js";
import { postmanStripsComments } from "./postmanCommentStripping.js";
import { pathVariablesFilled, type PathVariables } from "./postmanPathVariables.js";
import type { SentPlace } from "./sentUrlOffsets.js";
import type { SubstitutedReference } from "./writtenColumn.js";
import { bodyPruningSetting, postmanPrunesBody } from "./postmanBodyPruning.js";
import { isObject, type Json } from "./jsonObject.js";
import { isGraphqlBody, postmanGraphqlBody } from "./postmanGraphqlBody.js";
import { postmanEntryDisabled } from "./postmanEntryDisabled.js";
import { postmanRawText } from "./postmanRawText.js";
import { postmanSentBodyMode } from "./postmanBodySent.js";
import { postmanBodyFileSource, postmanFileBodyNamesNone } from "./postmanBodyFile.js";
import type { BodyFile } from "./bodyFile.js";
import { ownField, ownFields } from "../engine/ownField.js";

/** One request of a Postman collection, with the JSON Pointers of its parts. */
export interface PostmanRequest extends RequestEntry {
  /** The pointer to the item's `request`. */
  readonly pointer: string;
  readonly methodPointer: string;
  /** Where a finding about the URL as a whole stands: `url`, or its `raw` where it has one. */
  readonly urlPointer: string;
  /** A url object checked by its parts: its pointer, where a finding about one of its parts (UrlPart) is placed. */
  readonly partsPointer?: string;
  /** A url object with a `url.variable` list: its `:name` segments as written and that list, for placing a finding about a segment one filled at its value. */
  readonly pathVariables?: PathVariables;
  readonly headerPointer: string;
  readonly bodyPointer: string;
  /** A URL written as one string: where its characters stand in the URL sent, its `{{name}}`s filled (sentUrlOffsets.ts); its `:name` path variables, then its `{{name}}`s, filled. */
  readonly urlSentPlace?: SentPlace;
  /** The body as the collection holds it, before variables are substituted. */
  readonly rawBody?: string;
  /** The body is the JSON Postman's runtime builds from a `graphql` body (postmanGraphqlBody): its places are not the collection's. */
  readonly graphqlBody?: true;
}

export type { PostmanProblem } from "./postmanFieldTypes.js";

export interface PostmanCollection {
  readonly requests: readonly PostmanRequest[];
  /** The collection's problems, the first maxProblemsPerRule of them (src/requests/parseFindingCap.ts). */
  readonly problems: readonly PostmanProblem[];
  /** Of the problems past those, the first: what the note that they are not listed needs (each is an error). */
  readonly problemsPast: readonly PostmanProblem[];
  /** The first item past the caller's maxItems, in all its folders, when it holds more: then no request or problem is given. */
  readonly tooMany?: { readonly pointer: string };
}


/**
 * The hosts of Postman's collection schemas: the one its app writes into every collection it
 * exports, and the one its API documentation and newer tools name (a collection made through
 * the API or by such a tool names it: read as no collection's, found by the audit of request files).
 */
const postmanSchemaHosts = /schema\.(?:get)?postman\.com/i;

/** Whether a text names a host of Postman's collection schemas, in any letter case (a host's is none of its meaning): a cheap look at a file's text before it is parsed. */
export function namesPostmanSchema(text: string): boolean {
  return postmanSchemaHosts.test(text);
}

/** Is this parsed JSON a Postman collection (its `info.schema` names schema.getpostman.com or schema.postman.com)? */
export function isPostmanCollection(value: unknown): boolean {
  return isObject(value) && isObject(value.info) && typeof value.info.schema === "string" && namesPostmanSchema(value.info.schema);
}

/**
 * Is this parsed JSON a Postman collection v1 (a `requests` list, and no `info`)? Postman's
 * v1 format, which its app no longer exports: its requests are not read here.
 */
export function isPostmanV1Collection(value: unknown): boolean {
  return isObject(value) && value.info === undefined && Array.isArray(value.requests);
}

/** What a v1 collection is told: one finding, at its start. */
export const v1CollectionMessage =
  'a Postman collection v1 (a "requests" list and no "info"): oms-lint reads collections v2.0 and v2.1 only, so none of its requests is checked; export it from Postman as Collection v2.1';

/**
 * A node's enabled variables, each with its value, or undefined where it is left empty (`""`,
 * null or none): the usual way a collection says "the environment sets this", and Postman's
 * "Reference variables" ranks the environment narrower than the collection ("global, collection,
 * environment, data, and local"), so the environment's value is sent. Such a variable is one the
 * client fills, as an undefined one is; it still hides a broader scope's value of the same name.
 */
function variablesOf(node: Json): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  if (Array.isArray(node.variable)) {
    for (const v of node.variable) {
      // Any truthy `disabled` hides a variable from Newman's substitution: postman-runtime passes the collection's VariableList,
      // and the Substitutor's find (postman-collection's lib/superstring) takes a value only `if (value && !value.disabled)`;
      // VariableScope#get, which skips `disabled === true` alone, is not what fills a request (the audit of e9c32beb).
      if (isObject(v) && typeof v.key === "string" && !postmanEntryDisabled(v)) found.set(v.key, isLeftEmpty(v.value) ? undefined : String(v.value));
    }
  }
  return found;
}

function isLeftEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/**
 * What an item sees: its own variables, then its folders' up to the collection's. A chain,
 * not a copy per item: 20,000 collection variables over 20,000 items would be 400 million
 * copies (quadratic), where the chain costs one lookup per folder level.
 */
interface Scope {
  /** Undefined for a variable left empty (variablesOf): the nearest definition decides, and that one the client fills. */
  readonly variables: ReadonlyMap<string, string | undefined>;
  /** Always given (undefined: the collection's own scope): read by name, the collection's lacked it and took a polluted Object.prototype.parent's. */
  readonly parent: Scope | undefined;
  /** The nearest `auth` above: an apikey in a header adds that header to every request below. */
  readonly authHeader?: { name: string; value: string } | null;
  /** The nearest `protocolProfileBehavior.disableBodyPruning` above or on the item (false where none is set). */
  readonly bodyPruningDisabled: boolean;
}

function authHeaderOf(node: Json): { name: string; value: string } | null | undefined {
  const auth = node.auth;
  if (!isObject(auth) || auth.type === "inherit") return undefined;
  if (auth.type !== "apikey") return null;
  const field = (key: string): string | undefined => {
    const list = auth.apikey;
    if (Array.isArray(list)) {
      const entry = list.find((e) => isObject(e) && e.key === key);
      return isObject(entry) && entry.value !== undefined ? String(entry.value) : undefined;
    }
    if (isObject(list) && list[key] !== undefined) return String(list[key]);
    return undefined;
  };
  const where = field("in") ?? "header";
  const name = field("key");
  return where === "header" && name ? { name, value: field("value") ?? "" } : null;
}

/**
 * Reads the requests of a Postman collection (v2.1, v2.0): folders, collection and folder
 * variables, `request` as a string or an object, `url` raw or structured (`:name` path
 * variables filled from `url.variable`), headers, raw bodies, apikey auth headers.
 * Anything malformed is a problem at its pointer; never throws. `notACollection` is what a
 * text with no `item` array is told (how its reader lints it as a payload instead);
 * `sourceLength`, the length of its JSON text, sizes the file's allowance of substitutions.
 */
export function readPostmanCollection(value: unknown, notACollection = libraryAudience.notACollection, sourceLength = 0, maxItems = Infinity): PostmanCollection {
  const requests: PostmanRequest[] = [];
  const problems = new ParseProblems<PostmanProblem>(() => true);
  const read = (): PostmanCollection => ({ requests, problems: problems.listed, problemsPast: problems.past() });
  if (isPostmanV1Collection(value)) {
    problems.push({ pointer: "", message: v1CollectionMessage });
    return read();
  }
  if (!isObject(value) || !Array.isArray(value.item)) {
    // It was taken for one (by its name, or an info.schema naming Postman's): say so, and how a payload that carries one is read as its kind.
    problems.push({
      pointer: "",
      message: `taken for a Postman collection (by its name or its info.schema), but it has no "item" array; ${notACollection}`,
    });
    return read();
  }
  const root: Scope = { variables: variablesOf(value), parent: undefined, authHeader: authHeaderOf(value) ?? null, bodyPruningDisabled: bodyPruningSetting(value) ?? false };
  const pastLimit = walk(value.item, "/item", root, { requests, problems, budget: expansionBudget(sourceLength), maxItems });
  return pastLimit === undefined ? read() : { requests: [], problems: [], problemsPast: [], tooMany: { pointer: pastLimit } };
}

/** What the walk fills, and the file's allowance of substitutions, shared by every request. */
interface Reading {
  readonly requests: PostmanRequest[];
  readonly problems: ParseProblems<PostmanProblem>;
  readonly budget: ExpansionBudget;
  /**
   * Items allowed in all the folders together, as a .http file holds at most maxEntries
   * requests: the entry limit holds each folder's array alone, and two folders of 70,000 items
   * each got past it (request files audit).
   */
  readonly maxItems: number;
}

/**
 * The items in the order the collection lists them, folders' items where the folder stands.
 * With a stack of the folders open, not a call per folder: a collection nested past the
 * stack's depth (allowed by a raised --max-depth) had its requests unread, "Maximum call stack
 * size exceeded" as the file's one finding. Returns the pointer of the first item past
 * maxItems, where the walk stops, if there is one.
 */
function walk(items: unknown[], pointer: string, scope: Scope, reading: Reading): string | undefined {
  const { requests, problems, maxItems } = reading;
  let count = 0;
  const open: { items: unknown[]; pointer: string; scope: Scope; next: number }[] = [{ items, pointer, scope, next: 0 }];
  while (open.length > 0) {
    const folder = open[open.length - 1] as (typeof open)[number];
    if (folder.next === folder.items.length) {
      open.pop();
      continue;
    }
    const index = folder.next++;
    const item = folder.items[index];
    const here = `${folder.pointer}/${index}`;
    if (++count > maxItems) return here;
    if (!isObject(item)) {
      problems.push({ pointer: here, message: "an item must be an object (a folder or a request)" });
      continue;
    }
    const inner = scopeOf(item, folder.scope);
    if (Array.isArray(item.item)) {
      open.push({ items: item.item, pointer: `${here}/item`, scope: inner, next: 0 });
      continue;
    }
    if (item.request === undefined) {
      problems.push({ pointer: here, message: "an item must hold a request or an item array" });
      continue;
    }
    const request = readRequest(item, here, inner, reading);
    // Held in an object that inherits nothing: the rules read its optional parts by name (`request.body`), which a polluted Object.prototype answered.
    if (request) requests.push(ownFields(request));
  }
  return undefined;
}

/** What an item (a folder or a request) sees: the scope above, or a link of its own where it sets a variable, an auth or a body pruning. */
function scopeOf(item: Json, scope: Scope): Scope {
  const own = variablesOf(item);
  const auth = authHeaderOf(item);
  const pruning = bodyPruningSetting(item);
  if (own.size === 0 && auth === undefined && pruning === undefined) return scope;
  return { variables: own, parent: scope, authHeader: auth === undefined ? scope.authHeader : auth, bodyPruningDisabled: pruning ?? scope.bodyPruningDisabled };
}

function readRequest(item: Json, pointer: string, scope: Scope, { problems, budget }: Reading): PostmanRequest | undefined {
  const at = `${pointer}/request`;
  const lookup = (name: string) => lookupIn(scope, name);
  let stopped: string | undefined;
  const fill = (s: string) => {
    const expanded = expandVariables(s, lookup, budget);
    stopped ??= ownField(expanded, "stopped");
    return expanded;
  };
  const request = readRequestParts(item, at, scope, fill, problems);
  if (stopped !== undefined) problems.push({ pointer: at, message: `variables not substituted to the end: ${stopped}` });
  return request;
}

/** The type Postman sends a body of each form mode as. */
const formBodyTypes: Readonly<Record<string, string>> = { urlencoded: "application/x-www-form-urlencoded", formdata: "multipart/form-data" };

/**
 * The type Postman's runtime sends a raw body of each language as, when the request sets none;
 * any other language, or none, is sent as text/plain (postmanlabs/postman-runtime,
 * lib/requester/dry-run.js, CONTENT_TYPE_LANGUAGE: `CONTENT_TYPE_LANGUAGE[contentLanguage] || CONTENT_TYPE_LANGUAGE.text`).
 */
const rawLanguageTypes: Readonly<Record<string, string>> = {
  html: "text/html",
  text: "text/plain",
  json: "application/json",
  javascript: "application/javascript",
  xml: "application/xml",
};

/** The language of a raw body (`options.raw.language`), which sets the type Postman sends it as. */
function rawLanguage(body: Json): unknown {
  const options = body.options;
  return isObject(options) && isObject(options.raw) ? options.raw.language : undefined;
}

function lookupIn(scope: Scope | undefined, name: string): string | undefined {
  for (let at = scope; at !== undefined; at = at.parent) {
    if (at.variables.has(name)) return at.variables.get(name);
  }
  return undefined;
}

/**
 * A url with no path: postman-collection's Url.update turns a string path "" into undefined, and
 * Url#toString adds a path only when there is one, so `""` and `[]` add no "/" after the host.
 */
function isNoPath(path: unknown): boolean {
  return path === undefined || path === null || path === "" || (Array.isArray(path) && path.length === 0);
}

/** The url's query parameters Postman sends, as it writes them: its enabled entries, `key=value`, or the key alone without a value. */
function sentQuery(u: Json): string[] {
  if (!Array.isArray(u.query)) return [];
  return u.query.filter((q): q is Json => isObject(q) && !postmanEntryDisabled(q) && typeof q.key === "string").map((q) => (q.value == null ? String(q.key) : `${q.key}=${q.value}`));
}

/**
 * Whether Postman builds the URL from the object's parts: a host, a path, or a query parameter it
 * sends. postman-collection's Url.update reads the parts and never raw, so `{raw, query}` is sent
 * as the query alone (`?orderID=x`). Where the parts build nothing, it sends an empty URL, which
 * no request can go to: there raw, the URL the user wrote, is read.
 */
function hasParts(u: Json): boolean {
  return u.host !== undefined || u.path !== undefined || sentQuery(u).length > 0;
}

/**
 * The URL a Postman url object's parts make, as Postman sends it (a parameter without a value is
 * its name alone, as Postman writes it). A "/" and the path only where the url has a path:
 * postman-collection's Url#toString adds them `if (this.path)`, and Postman exports a URL that
 * is one variable as a host alone (`"host": ["{{url}}"]`), whose value holds the path.
 */
function urlFromParts(u: Json): string {
  const host = Array.isArray(u.host) ? u.host.join(".") : typeof u.host === "string" ? u.host : "";
  const port = typeof u.port === "string" || typeof u.port === "number" ? `:${u.port}` : "";
  const path = Array.isArray(u.path) ? u.path.map((p) => (isObject(p) ? String(p.value ?? "") : String(p))).join("/") : typeof u.path === "string" ? u.path : "";
  const query = sentQuery(u);
  // A host that is variables alone may hold the scheme (`"host": ["{{baseUrl}}"]`); one that is
  // more, `["{{tenantId}}-translation", "mozu", "com"]`, is a host, and takes one as any host does.
  const protocol = typeof u.protocol === "string" ? `${u.protocol}://` : host && !variablesMayHoldScheme(`${host}${port}`) ? "https://" : "";
  const pathPart = isNoPath(u.path) ? "" : `/${path.replace(/^\//, "")}`;
  return `${protocol}${host}${port}${pathPart}${query.length ? `?${query.join("&")}` : ""}`;
}

/** Which of host, path and query differ between a url's raw and the URL its parts make ("host and path"); undefined when none does. */
function urlDifference(raw: string, fromParts: string): string | undefined {
  const [a, b] = [urlSections(raw), urlSections(fromParts)];
  const differ = [
    (a.host ?? "").toLowerCase() !== (b.host ?? "").toLowerCase() ? "host" : undefined,
    (a.pathText || "/") !== (b.pathText || "/") ? "path" : undefined,
    a.queryText !== b.queryText ? "query" : undefined,
  ].filter((part) => part !== undefined);
  return differ.length === 0 ? undefined : differ.join(" and ");
}

function readRequestParts(item: Json, at: string, scope: Scope, fill: (s: string) => Expansion, problems: ParseProblems<PostmanProblem>): PostmanRequest | undefined {
  const resolve = (s: string) => fill(s).text;
  const name = typeof item.name === "string" ? item.name : undefined;
  const request = item.request;
  if (typeof request === "string") {
    const sent = fill(request);
    return { name, method: "GET", url: sent.text, urlSentPlace: { from: 0, fills: [sent.references] }, headers: [], variables: "read", pathAsWritten: true, pointer: at, methodPointer: at, urlPointer: at, headerPointer: at, bodyPointer: at };
  }
  if (!isObject(request)) {
    problems.push({ pointer: at, message: "request must be a URL string or an object" });
    return undefined;
  }
  // A part of a type Postman does not take: one finding each, and the request is not checked
  // further (what Postman would send is unknown; a guess would draw findings of the same cause).
  const typeProblems = requestTypeProblems(request, at);
  if (typeProblems.length > 0) {
    for (const problem of typeProblems) problems.push(problem);
    return undefined;
  }
  const method = resolve(typeof request.method === "string" ? request.method : "GET");
  let url = "";
  let urlPointer = `${at}/url`;
  let partsPointer: string | undefined;
  let urlRawDiffers: string | undefined;
  let pathVariables: PathVariables | undefined;
  // The URL written as one string (not parts), before its path variables are filled: where each of its characters is sent is known.
  let writtenString: string | undefined;
  /** Where its `:name` segments' values stand, once filled. */
  let pathFills: readonly SubstitutedReference[] = [];
  if (typeof request.url === "string") url = writtenString = request.url;
  else if (isObject(request.url)) {
    const u = request.url;
    // Postman sends the parts (postman-collection's Url.update builds the URL from them, raw ignored): raw is read only where there are none.
    const parts = hasParts(u) ? urlFromParts(u) : undefined;
    // A finding about the URL as a whole stands at raw, the URL as the user reads it; one about a part, at that part.
    if (typeof u.raw === "string") urlPointer = `${at}/url/raw`;
    if (typeof u.raw === "string" && parts === undefined) url = writtenString = u.raw;
    else {
      url = parts ?? urlFromParts(u);
      partsPointer = `${at}/url`;
      urlRawDiffers = typeof u.raw === "string" ? urlDifference(u.raw, url) : undefined;
    }
    if (Array.isArray(u.variable)) {
      pathVariables = { unfilledUrl: url, variables: u.variable };
      const pathFilled = pathVariablesFilled(url, u.variable);
      url = pathFilled.text;
      pathFills = pathFilled.references;
    }
  }
  const headers: { name: string; value: string }[] = [];
  if (Array.isArray(request.header)) {
    for (const h of request.header) {
      if (isObject(h) && typeof h.key === "string" && !postmanEntryDisabled(h)) headers.push({ name: h.key, value: resolve(String(h.value ?? "")) });
    }
  } else if (typeof request.header === "string") {
    for (const h of parseHeaderString(request.header)) headers.push({ name: h.name, value: resolve(h.value) });
  }
  const auth = authHeaderOf(request) === undefined ? scope.authHeader : authHeaderOf(request);
  if (auth && !headers.some((h) => h.name.toLowerCase() === auth.name.toLowerCase())) headers.push({ name: auth.name, value: resolve(auth.value) });
  let body: string | undefined;
  let bodyFromFile = false;
  let bodyFile: BodyFile | undefined;
  let fileBodyNamesNone = false;
  let bodyPointer = `${at}/body`;
  let rawBody: string | undefined;
  let formBody: { mode: string; type: string } | undefined;
  let rawBodyType: { language: string | undefined; type: string } | undefined;
  let graphqlBody = false;
  // Whether the request sets its own Content-Type: else Postman's runtime sends the type its body mode implies (impliedType).
  const setsType = headers.some((h) => h.name.toLowerCase() === "content-type");
  const impliedType = (value: string) => void (setsType ? undefined : headers.push({ name: "Content-Type", value }));
  // Postman sends no body with a GET, COPY, HEAD, PURGE or UNLOCK unless pruning is turned off (postmanPrunesBody): none is read, so none is reported.
  // The body Newman sends, in the mode postman-collection reads (postmanSentBodyMode): none where it is disabled or empty.
  const sentMode = isObject(request.body) && !postmanPrunesBody(method, scope.bodyPruningDisabled) ? postmanSentBodyMode(request.body) : undefined;
  if (sentMode !== undefined) {
    const b = request.body as Json;
    if (sentMode === "raw") {
      // Postman's runtime drops `//` and `/* */` comments from a raw JSON body before it sends it
      // (postman-runtime's request helpers: postmanStripsComments): each comment's characters are
      // blanked here, its line breaks kept, so every finding keeps its place in the raw string.
      // A raw object or list is sent as its JSON (postmanRawText): findings stand at `raw`, not in a string.
      if (typeof b.raw === "string") rawBody = postmanStripsComments(b, rawLanguage(b), request, resolve) ? blankJsonComments(b.raw) : b.raw;
      body = rawBody !== undefined ? resolve(rawBody) : postmanRawText(b.raw, resolve);
      bodyPointer = `${at}/body/raw`;
      if (body.trim() === "") body = undefined;
      // Postman's runtime sends a raw body as its language's type (json: application/json), unless the request sets its own type.
      if (body !== undefined && !setsType) {
        const language = rawLanguage(b);
        if (language === "json") impliedType("application/json");
        else {
          const named = typeof language === "string" ? language : undefined;
          rawBodyType = { language: named, type: (named !== undefined && Object.hasOwn(rawLanguageTypes, named) ? rawLanguageTypes[named] : undefined) ?? "text/plain" };
        }
      }
    } else if (isGraphqlBody(b)) {
      body = postmanGraphqlBody(b.graphql, resolve);
      bodyPointer = `${at}/body/graphql`;
      graphqlBody = true;
      impliedType("application/json");
    } else {
      // Sent when postman-collection's RequestBody#isEmpty says it is not empty (a file with a src, a non-empty form),
      // but for a file body that names no file (only `content`): the runtime sends none (postmanFileBodyNamesNone).
      if (postmanFileBodyNamesNone(b)) fileBodyNamesNone = true;
      else {
        bodyFromFile = true;
        // A file body names its file (src): Postman fills its variables as it fills the request's.
        const source = postmanBodyFileSource(b);
        if (source !== undefined) bodyFile = { path: resolve(source) };
        // Postman's runtime sends a urlencoded or form-data body with its own type, unless the request sets one: no JSON.
        const implied = Object.hasOwn(formBodyTypes, sentMode) ? formBodyTypes[sentMode] : undefined;
        if (implied !== undefined) formBody = { mode: sentMode, type: implied };
        if (implied !== undefined) impliedType(implied);
      }
    }
  }
  const sent = fill(url);
  return {
    name,
    method,
    url: sent.text,
    ...(writtenString === undefined ? {} : { urlSentPlace: { from: 0, fills: [pathFills, sent.references] } }),
    headers,
    body,
    bodyFromFile,
    ...(bodyFile === undefined ? {} : { bodyFile }),
    ...(fileBodyNamesNone ? { fileBodyNamesNone: true as const } : {}),
    // Postman fills what is left of `{{name}}` and `:name` before sending: oms-lint cannot know it.
    variables: "read",
    // postman-url-encoder's toNodeUrl (the runtime's URL parser) keeps `.` and `..` segments.
    pathAsWritten: true,
    ...(formBody === undefined ? {} : { formBody }),
    ...(rawBodyType === undefined ? {} : { rawBodyType }),
    pointer: at,
    methodPointer: `${at}/method`,
    urlPointer,
    ...(partsPointer === undefined ? {} : { partsPointer }),
    ...(urlRawDiffers === undefined ? {} : { urlRawDiffers }),
    ...(pathVariables === undefined ? {} : { pathVariables }),
    // A finding about a header the request lacks stands at the request when it has no header list (a pointer to a member that exists).
    headerPointer: request.header !== undefined && request.header !== null ? `${at}/header` : at,
    bodyPointer,
    rawBody,
    ...(graphqlBody ? { graphqlBody: true as const } : {}),
  };
}
