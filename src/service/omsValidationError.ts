import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Diagnostic } from "../engine/diagnostic.js";
import type { Kind } from "../kinds/kinds.js";
import { toIssues } from "./issues.js";
import { withInvisibleNamed } from "../source/invisibleCharacters.js";

/** The findings listed in the message at most; every one is in `diagnostics`. */
const listed = 5;

/**
 * Thrown by assertValid and by a pre-submit check (withPreSubmitCheck): what failed, as
 * oms-lint's diagnostics and as Standard Schema issues. Its message lists the findings by
 * JSON Pointer and never quotes a card number, password, e-mail address or phone number.
 * JSON.stringify writes its name, message, kind, diagnostics and issues (not its stack).
 */
export class OmsValidationError extends Error {
  // Named here, not by its identifier: the library bundle minifies identifiers ("Ee [OmsValidationError]" in a log).
  static {
    Object.defineProperty(this, "name", { value: "OmsValidationError" });
  }
  override readonly name = "OmsValidationError";
  /** The payload's kind; undefined when a request matched no endpoint or had no body to check. */
  readonly kind: Kind | undefined;
  /** The findings that failed the check (errors, and warnings under failOn "warning"). */
  readonly diagnostics: readonly Diagnostic[];
  readonly issues: readonly StandardSchemaV1.Issue[];

  constructor(kind: Kind | undefined, diagnostics: readonly Diagnostic[], value?: unknown, what: string = kind ?? "request") {
    const lines = diagnostics.slice(0, listed).map((d) => `  ${shownPlace(d)}: ${d.message} [${d.ruleId}]`);
    if (diagnostics.length > listed) lines.push(`  … and ${diagnostics.length - listed} more`);
    const count = diagnostics.length === 1 ? "1 problem" : `${diagnostics.length} problems`;
    // `what` names the caller's HTTP method for a pre-submit check: named as a key's characters are, never raw in a log.
    super(`${withInvisibleNamed(what)} failed the oms-lint check (${count}):\n${lines.join("\n")}`);
    // Enumerable, as zod's message is: JSON.stringify (a structured logger, an HTTP answer) writes only own
    // enumerable fields, and Error's message is not one. util.inspect still shows it once, in the stack.
    Object.defineProperty(this, "message", { value: this.message, enumerable: true, writable: true, configurable: true });
    this.kind = kind;
    this.diagnostics = diagnostics;
    this.issues = toIssues(value, diagnostics);
  }
}

/**
 * Where a finding is, as its line shows it: a request's own finding and its query's have path ""
 * (checkRequest), and are named by the part of the request they are about (`(header x-vol-tenant)`,
 * `(query orderID)`, `(request)`), not "(whole)", which reads as the whole body (audit of the service
 * API). A parameter's name is the finding's `parameter`, already [redacted] where it looks secret.
 */
function shownPlace(d: Diagnostic): string {
  switch (d.requestPart) {
    case "query":
      return d.parameter === undefined ? "(query)" : `(query ${withInvisibleNamed(d.parameter)})`;
    case "header":
      return d.header === undefined ? "(headers)" : `(header ${withInvisibleNamed(d.header)})`;
    case "request":
    case "body":
      return `(${d.requestPart})`;
    default:
      return shownPointer(d.path);
  }
}

/**
 * A finding's pointer as its line shows it: a service logs this message, and a key's control
 * characters (an ANSI escape, a bidi override) would act on the terminal raw. Each is named as a
 * message names it when it writes a pointer (`/<U+001B>[2J`); the finding's `path` keeps the key
 * as it is, for a program finds the place by it.
 */
function shownPointer(path: string): string {
  return path === "" ? "(whole)" : withInvisibleNamed(path);
}
