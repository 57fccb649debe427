import type { Diagnostic } from "../engine/diagnostic.js";
import type { RepeatedParameter, SourceFacts } from "../engine/rule.js";
import { pointer } from "../json/jsonPointer.js";
import { commaListParameters, searchParameterValues, searchUrlBeforeQuery, stringParameters } from "../kinds/searchQuery.js";
import { kindInfo } from "../kinds/kinds.js";
import * as validators from "../generated/validators.js";
import { schemaDiagnostics, type AjvError } from "./schemaDiagnostics.js";
import { ownField } from "../engine/ownField.js";

/** What a search's URL or query string holds: its parameters as checked, and the ones it repeats. */
export interface SearchSubject {
  readonly parameters: Record<string, string>;
  readonly repeated: readonly RepeatedParameter[];
  /** The URL the search string calls, without its query; undefined for a query string or a request file's URL (whose endpoint is matched apart). */
  readonly url?: string;
}

const searchValidator = (validators as Record<string, ((data: unknown) => boolean) & { errors?: AjvError[] | null }>)[kindInfo.orderItemSearch.validator]!;

/** What the schema says of one value of a parameter, beside a valid orderID. */
interface AloneVerdict {
  readonly value: string;
  /** Whether the schema takes it, with no finding of any evidence. */
  readonly accepted: boolean;
  /** The schema's stated refusal of it (its message), if the documents refuse it. */
  readonly refusal: string | undefined;
}

function aloneVerdict(name: string, value: string): AloneVerdict {
  if (searchValidator(Object.fromEntries([["orderID", "1"], [name, value]]))) return { value, accepted: true, refusal: undefined };
  const at = pointer("", name);
  const stated = schemaDiagnostics(searchValidator.errors).find((d) => d.path === at && d.evidence === "stated");
  return { value, accepted: false, refusal: stated?.message };
}

/**
 * The value a repeated parameter is checked as, and what the repeat's finding says of it. The
 * OMS may read any one of the values (the documents say nothing of a repeat): while one of
 * them is one the documents take, a refusal of another is only our reading, so the value
 * checked is one they take, and the refused ones are named by search-repeated-parameter's
 * warning; only when the documents refuse every value is the refusal stated, whichever the
 * OMS reads (found by the review of the stop: `perPage=101&perPage=10` was the schema's error).
 * A comma-list parameter's values are checked as the list they join into (each term of the
 * list is one value); another's, the first the schema refuses alone (by a constraint only
 * advised or of our reading, whose warning then shows), else its first. A request file's
 * variable (undefined) stands for a value the documents take: beside one, no value is
 * checked for the refused ones.
 */
function repeatChecked(name: string, given: readonly (string | undefined)[], takesList: boolean): { value: string | undefined; refused: readonly AloneVerdict[]; everyValueRefused: boolean } {
  // Each distinct value checked once: a URL may repeat one thousands of times.
  const byValue = new Map<string, AloneVerdict>();
  const verdictOf = (value: string) => byValue.get(value) ?? byValue.set(value, aloneVerdict(name, value)).get(value)!;
  const verdicts = given.filter((value): value is string => value !== undefined).map(verdictOf);
  const refused = verdicts.filter((verdict) => verdict.refusal !== undefined);
  const everyValueRefused = refused.length === given.length;
  const taken = everyValueRefused ? verdicts : verdicts.filter((verdict) => verdict.refusal === undefined);
  if (taken.length === 0) return { value: undefined, refused, everyValueRefused };
  // Every value refused: the first, alone (joined, two empty values are "," which no minimum length refuses: found by the review of the session).
  if (everyValueRefused) return { value: verdicts[0]!.value, refused: [], everyValueRefused };
  const value = takesList ? taken.map((verdict) => verdict.value).join(",") : (taken.find((verdict) => !verdict.accepted) ?? taken[0]!).value;
  return { value, refused, everyValueRefused };
}

/**
 * The parameters of a search checked as the object the kind's object form holds. A
 * parameter given more than once (`perPage=10&perPage=20`): the documents say nothing of
 * one, so how the OMS reads it is unknown, and its values are each checked as written, not
 * as a joined value none of them is ("10,20" is no integer): see repeatChecked. The
 * repetition itself is search-repeated-parameter's finding. An undefined value is a request
 * file's variable, which stands for a valid one: a parameter of none but variables is left out.
 */
export function searchSubjectOf(values: ReadonlyMap<string, readonly (string | undefined)[]>): SearchSubject {
  const parameters: [string, string][] = [];
  const repeated: RepeatedParameter[] = [];
  for (const [name, given] of values) {
    const takesList = commaListParameters.has(name);
    if (given.length > 1) {
      const { value, refused, everyValueRefused } = repeatChecked(name, given, takesList);
      repeated.push({ path: pointer("", name), name, count: given.length, takesList, refused: refused.map(({ value: one, refusal }) => ({ value: one, refusal: refusal! })), everyValueRefused });
      if (value !== undefined) parameters.push([name, value]);
      continue;
    }
    const [first] = given;
    if (first !== undefined) parameters.push([name, first]);
  }
  // fromEntries defines own properties: a parameter named __proto__ stays data.
  return { parameters: Object.fromEntries(parameters), repeated };
}

/**
 * The schema's stated refusals of a repeated parameter whose every value the documents refuse,
 * saying so: the OMS refuses it whichever value it reads (the repeat's own warning says the
 * rest). The same array when no parameter is so.
 */
export function withEveryValueRefused(found: Diagnostic[], repeated: readonly RepeatedParameter[] | undefined): Diagnostic[] {
  const every = new Map((repeated ?? []).filter((one) => one.everyValueRefused).map((one) => [one.path, one.count]));
  if (every.size === 0) return found;
  return found.map((d) => {
    // A schema constraint's finding (it names its constraint), where the documents state it.
    const count = d.constraint !== undefined && d.evidence === "stated" ? every.get(d.path) : undefined;
    return count === undefined ? d : { ...d, message: `${d.message}; this holds for each of the ${count} values given, so the search is refused whichever the OMS reads` };
  });
}

/** A search's object form read, and the object it is then checked as. */
export interface SearchObjectRead {
  readonly parameters: Record<string, unknown>;
  readonly subject: SearchSubject;
  /** The parameters given as one number that is sent otherwise than in digits (numberSentAs), by pointer, with the value sent. */
  readonly sentNumbers: ReadonlyMap<string, string>;
}

/**
 * A search's object form as a server's parsed query holds it: Express's `req.query` (and
 * URLSearchParams grouped by name) gives a parameter given more than once as the array of its
 * strings. Such an array is read as the repeated parameter it stands for, as the URL form's
 * values are (searchSubjectOf), so that both forms give the same findings (found by the service
 * audit: `{ orderID: ["5", "6"] }`, `?orderID=5&orderID=6` in `req.query`, was the stated error
 * "orderID must be a positive integer…", the URL form search-repeated-parameter's warning).
 * An array of numbers is read as the strings it is sent as (sentArrayValues). Every other
 * parameter stays as given, in its place. Undefined when no parameter is such an array: the
 * object is checked as it stands.
 */
export function searchObjectRead(value: unknown): SearchObjectRead | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const lists = new Map(entries.flatMap(([name, given]): [string, string[]][] => {
    const number = numberSentAs(given, name);
    const sent = number === undefined ? sentArrayValues(given) : [number];
    return sent === undefined ? [] : [[name, sent]];
  }));
  if (lists.size === 0) return undefined;
  const subject = searchSubjectOf(lists);
  const read = subject.parameters;
  // fromEntries defines own properties: a parameter named __proto__ stays data.
  const parameters = Object.fromEntries(entries.flatMap(([name, given]): [string, unknown][] => (!lists.has(name) ? [[name, given]] : Object.hasOwn(read, name) ? [[name, read[name]]] : [])));
  const sentNumbers = new Map(entries.flatMap(([name, given]): [string, string][] => {
    const number = numberSentAs(Array.isArray(given) && given.length === 1 ? given[0] : given, name);
    return number === undefined ? [] : [[pointer("", name), `${name}=${number}`]];
  }));
  return { parameters, subject, sentNumbers };
}

/**
 * The value a number is sent as where its String is no run of digits, else undefined: every
 * encoder writes a number as its String, so `{ orderID: 1e21 }` is sent as `orderID=1e%2B21`
 * ("1e+21"), as `{ orderID: [1e21] }` is (sentArrayValues), and gets that string's verdict
 * (found by the audit: the array was the stated error, the number alone valid with only
 * unsafe-integer's warning). A number in digits is sent as those digits, and checked as it
 * stands (an integer past 2^53 keeps unsafe-integer's warning), but for a parameter the document
 * types as a string only (stringParameters): `{ sortBy: 5 }` was the stated error "sortBy must
 * be a string" while `{ sortBy: 1.5 }` and `{ sortBy: [5] }` had the string's warning, though
 * all three are sent as text (found by seed 50 of the suite).
 */
function numberSentAs(value: unknown, name: string): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const sent = String(value);
  return /^-?[0-9]+$/.test(sent) && !stringParameters.has(name) ? undefined : sent;
}

/**
 * The stated findings of a parameter given as one number not sent in digits, quoting what is
 * sent: the OMS sees `orderID=1e+21`, not the `1e21` the payload shows. The same array when no
 * parameter is so.
 */
export function withNumbersSent(found: Diagnostic[], sentNumbers: ReadonlyMap<string, string> | undefined): Diagnostic[] {
  if (sentNumbers === undefined || sentNumbers.size === 0) return found;
  return found.map((d) => {
    const sent = d.constraint !== undefined && d.evidence === "stated" ? sentNumbers.get(d.path) : undefined;
    return sent === undefined ? d : { ...d, message: `${d.message}; the number given is sent as ${sent} (its string)` };
  });
}

/**
 * The values an array of the object form is sent as, one a repeat. Every encoder writes an
 * element as its String: `new URLSearchParams({ orderID: [555555, 555556] })` sends
 * `orderID=555555%2C555556`, as for `["555555", "555556"]`, and qs's repeat format and axios's
 * `indexes: null` send `orderID=555555&orderID=555556` for both; so a number is read as its
 * String, and numbers get their strings' verdict (found by the audit: `[555555, 555556]`, even
 * `[5]`, was the stated error "orderID must be a positive integer…"). An empty array is sent
 * empty by URLSearchParams (`perPage=`, String([]) is "") and left out by qs and axios: read
 * as the empty value, whose finding says to leave the parameter out. Undefined for an array
 * holding anything else (a hole or null, a boolean, an object, a nested array: no reading
 * holds it as one parameter's values), and for no array: checked as it stands.
 */
function sentArrayValues(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return [""];
  const sent: string[] = [];
  // By index: Array.prototype methods skip holes, which JSON.stringify sends as null.
  for (let index = 0; index < value.length; index++) {
    const element: unknown = value[index];
    if (typeof element === "string") sent.push(element);
    else if (typeof element === "number" && Number.isFinite(element)) sent.push(String(element));
    else return undefined;
  }
  return sent;
}

/** A search's URL or query string read: searchSubjectOf its parameters, with the URL it calls. */
export function searchStringSubject(text: string): SearchSubject {
  const url = searchUrlBeforeQuery(text);
  const subject = searchSubjectOf(searchParameterValues(text));
  return url === undefined ? subject : { ...subject, url };
}

/** The source facts of a check, with what only a search's URL or query string knows: the parameters it repeats, the URL it calls. */
export function withSearchFacts(source: SourceFacts | undefined, subject: SearchSubject | undefined): SourceFacts | undefined {
  // Its own URL: a subject read from a request file's query (searchSubjectOf) has none, and a polluted
  // Object.prototype.url was taken for the search's URL (search-url-endpoint: 'this search URL's path is "/"').
  const url = ownField(subject, "url");
  if (subject === undefined || (subject.repeated.length === 0 && url === undefined)) return source;
  return {
    ...(source ?? { duplicateKeys: [], unsafeIntegers: [] }),
    ...(subject.repeated.length === 0 ? {} : { repeatedParameters: subject.repeated }),
    ...(url === undefined ? {} : { searchUrl: url }),
  };
}

