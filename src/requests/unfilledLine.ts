import { shorten } from "../engine/messageTemplate.js";
import { withoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * A line of a request's head that is, once filled, only variables the file does not define
 * (`{{auth}}`: a REST Client environment's, from settings.json, or a system variable such as
 * `{{$dotenv TOKEN}}`). REST Client fills a request's variables before it tells its lines apart
 * (FilledLines), so the line is whatever the value is: a `?`/`&` continuation, one or more headers
 * (its parseRequestHeaders, src/utils/requestParserUtil.ts, takes any line of the head as a
 * header, one without a colon as a name with an empty value), or nothing, the blank line that
 * starts the body. oms-lint cannot know which, so it errs on none of them: nothing it may hold
 * is said to be missing (docs/requests.md).
 */
/**
 * Whether a line, as filled, is only variables the client fills: `{{name}}` (a name without braces),
 * blanks around them. Scanned, not matched: the pattern `^\s*(?:\{\{[^{}]+\}\}\s*)+$` kept a
 * backtrack entry for each variable, and a line of 3 million `{{a}}` overflowed the stack
 * ("cannot lint the requests: Maximum call stack size exceeded").
 */
export function isUnfilledLine(filled: string): boolean {
  if (!filled.includes("{{")) return false;
  let at = blanksFrom(filled, 0);
  if (at === filled.length) return false;
  while (at < filled.length) {
    const end = variableEnd(filled, at);
    if (end === undefined) return false;
    at = blanksFrom(filled, end);
  }
  return true;
}

/**
 * Whether a line, as filled, starts (past its blanks) with a variable the client fills. Its `{{`
 * is no body's `{`: REST Client's parseRequestHeaders takes a line of the head as a header
 * whatever its first character, so such a line with no colon is a written line that is no header.
 */
export function startsWithUnfilledVariable(filled: string): boolean {
  return filled.includes("{{") && variableEnd(filled, blanksFrom(filled, 0)) !== undefined;
}

/**
 * A header whose name holds a variable the client fills (`{{tenantHeader}}: 1`, `x-{{which}}: 1`):
 * its name (token characters and whole `{{…}}`, one at least) and value; undefined when the line is
 * none. Scanned, not matched: the expression `^((?:[token]|\{\{[^{}]+\}\})+)\s*:` kept a backtrack
 * entry for each variable, and a line of 3 million `{{a}}` overflowed the stack where little was left.
 */
export function headerWithVariableName(line: string): { readonly name: string; readonly value: string } | undefined {
  const text = line.trim();
  let at = 0;
  let variables = 0;
  while (at < text.length) {
    const end = variableEnd(text, at);
    if (end !== undefined) {
      variables++;
      at = end;
    } else if (tokenCharacter.test(text[at] as string)) {
      at++;
    } else {
      break;
    }
  }
  if (variables === 0) return undefined;
  const colon = blanksFrom(text, at);
  if (text[colon] !== ":") return undefined;
  return { name: text.slice(0, at), value: text.slice(colon + 1).trim() };
}

/** A character of a header name (RFC 9110's token). */
const tokenCharacter = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

/** Where the `{{name}}` at `at` ends (past its `}}`), a name without braces; undefined when none starts there. */
function variableEnd(filled: string, at: number): number | undefined {
  if (!filled.startsWith("{{", at)) return undefined;
  const close = filled.indexOf("}}", at + 2);
  if (close <= at + 2 || /[{}]/.test(filled.slice(at + 2, close))) return undefined;
  return close + 2;
}

/** The first index from `at` that holds no blank (\s). */
function blanksFrom(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

/**
 * The line as it stands in the URL when it is a continuation: in place of a query parameter's
 * name (`?{{rest}}`, `&{{rest}}`), which may hold the whole query, orderID too (queryMayHoldAny),
 * as a `?{{query}}` written on the request line may. Told whether the URL so far has its `?`, not
 * handed that URL: searching it for each such line was a square of the lines (100,000 `{{h}}`
 * lines under a request line took 188 s, found by the request-files audit).
 */
export function asQueryName(queryStarted: boolean, filled: string): string {
  return `${queryStarted ? "&" : "?"}${filled.trim()}`;
}

/**
 * What a file variable brings into a line left to the client: the written `{{name}}`s whose values
 * brought pieces of it in (`{{auth}}` for `@auth = {{$dotenv AUTH_HEADER}}`), the pieces they
 * brought, each once, and whether they brought all of it (nothing else is written on the line).
 */
export interface BroughtIn {
  readonly by: readonly string[];
  readonly pieces: readonly string[];
  readonly whole: boolean;
}

/**
 * Said where a body's first line follows such a line directly. REST Client reads that line as a
 * header (its parseHttpRequest leaves the headers at a blank line only), unless the variable fills
 * to nothing: then the variable is the blank line and the body starts there. oms-lint reads the
 * second, which draws no error on a guess (the first is a missing blank line), and says so.
 * `left` is the line as filled, the variables left to the client; `brought`, what the file's own
 * variables brought into it: named with them, since `{{auth}}` is defined in the file and is no
 * variable it "does not define", and only what they brought (a `{{extra}}` written beside is not).
 */
export function shapeDependsOn(left: string, brought?: BroughtIn): string {
  const name = shown(left);
  return `${name}${broughtInPhrase(brought)} is left to the client to fill (a variable this file does not define: an environment's, or a system variable), and a body's first line follows it with no blank line between: REST Client reads that line as a header unless ${name} fills to nothing, the blank line before the body, so what this request sends depends on ${name}'s value, which oms-lint cannot know. It reads ${name} as that blank line and checks the body from the next line (our reading); put a blank line above the body to make it sure`;
}

/** Who brought the line in; its lists shortened as any quoted text (a line may hold 100,000 of them). */
function broughtInPhrase(brought: BroughtIn | undefined): string {
  if (brought === undefined || brought.by.length === 0) return "";
  const by = shown(brought.by.join(" and "));
  if (brought.whole) return `, brought in by ${by} on this line,`;
  return `, of which ${by} on this line ${brought.by.length === 1 ? "brings" : "bring"} in ${shown(brought.pieces.join(" "))},`;
}

/** Text of the file quoted in a message: trimmed, shortened, with nothing that looks like a card number or an address. */
function shown(text: string): string {
  return withoutSecretLookalikes(shorten(text.trim()));
}
