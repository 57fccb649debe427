import { packageInfo, type PackageInfo } from "../builtIn/packageInfo.js";
import { ruleDescriptions } from "../builtIn/ruleDescriptions.js";
import type { FormatContext, RuleDescription } from "./formatter.js";
import { callerField } from "../engine/callerField.js";

/**
 * What a formatter knows when the library's caller gives it nothing: the working folder,
 * no colour, this package's version and home page, and every rule's description (SARIF
 * lists them). Each field the caller gives wins.
 */
export function formatContext(given: Partial<FormatContext> = {}): FormatContext {
  // What the caller's object answers, but not a built-in prototype: a polluted Object.prototype answered
  // for each field left out (`color = true` wrote ANSI escapes, `cwd = 0` threw: found by the audit of the
  // output formats), and read as own fields only, a context given as a class's getters or by
  // Object.create(defaults) lost its cwd in silence (review of that fix), as the caller's options are read.
  const field = <K extends keyof FormatContext>(name: K) => callerField(given, name) as FormatContext[K] | undefined;
  const [cwd, color, toolVersion, givenUri] = [field("cwd"), field("color"), field("toolVersion"), field("informationUri")];
  const hasUri = Object.hasOwn(given, "informationUri") || givenUri !== undefined;
  const needsPackage = toolVersion === undefined || field("rules") === undefined || !hasUri;
  const info = needsPackage ? ownPackage() : undefined;
  let rules = field("rules");
  return {
    cwd: cwd ?? process.cwd(),
    color: color ?? false,
    toolVersion: toolVersion ?? info?.version ?? "0.0.0",
    ...(hasUri ? { informationUri: givenUri } : info?.homepage ? { informationUri: info.homepage } : {}),
    // Read (every rule's docs page) only by a format that lists the rules, SARIF's and rdjson's,
    // as the CLI reads them (cli/main.ts): formatters.json([...]) read all 39 pages each call.
    get rules() {
      return (rules ??= info ? ownRuleDescriptions(info) : []);
    },
  };
}

/**
 * The installed package and its rules' docs pages, read once a process: they do not change under
 * a running oms-lint, and a service that formats each request's SARIF had read package.json and
 * every rule's docs page (40 files) at each call.
 */
let installed: { readonly info: PackageInfo; rules?: RuleDescription[] } | undefined;

function ownPackage(): PackageInfo {
  return (installed ??= { info: packageInfo() }).info;
}

function ownRuleDescriptions(info: PackageInfo): RuleDescription[] {
  const read = installed as { rules?: RuleDescription[] };
  return (read.rules ??= ruleDescriptions(info));
}
