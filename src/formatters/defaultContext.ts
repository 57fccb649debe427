import { packageInfo, type PackageInfo } from "../builtIn/packageInfo.js";
import { ruleDescriptions } from "../builtIn/ruleDescriptions.js";
import type { FormatContext, RuleDescription } from "./formatter.js";

/**
 * What a formatter knows when the library's caller gives it nothing: the working folder,
 * no colour, this package's version and home page, and every rule's description (SARIF
 * lists them). Each field the caller gives wins.
 */
export function formatContext(given: Partial<FormatContext> = {}): FormatContext {
  const needsPackage = given.toolVersion === undefined || given.rules === undefined || !("informationUri" in given);
  const info = needsPackage ? ownPackage() : undefined;
  let rules = given.rules;
  return {
    cwd: given.cwd ?? process.cwd(),
    color: given.color ?? false,
    toolVersion: given.toolVersion ?? info?.version ?? "0.0.0",
    ...("informationUri" in given ? { informationUri: given.informationUri } : info?.homepage ? { informationUri: info.homepage } : {}),
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
