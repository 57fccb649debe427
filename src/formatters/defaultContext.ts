import { packageInfo } from "../builtIn/packageInfo.js";
import { ruleDescriptions } from "../builtIn/ruleDescriptions.js";
import type { FormatContext } from "./formatter.js";

/**
 * What a formatter knows when the library's caller gives it nothing: the working folder,
 * no colour, this package's version and home page, and every rule's description (SARIF
 * lists them). Each field the caller gives wins.
 */
export function formatContext(given: Partial<FormatContext> = {}): FormatContext {
  const needsPackage = given.toolVersion === undefined || given.rules === undefined || !("informationUri" in given);
  const info = needsPackage ? packageInfo() : undefined;
  return {
    cwd: given.cwd ?? process.cwd(),
    color: given.color ?? false,
    toolVersion: given.toolVersion ?? info?.version ?? "0.0.0",
    ...("informationUri" in given ? { informationUri: given.informationUri } : info?.homepage ? { informationUri: info.homepage } : {}),
    rules: given.rules ?? (info ? ruleDescriptions(info) : []),
  };
}
