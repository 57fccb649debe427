import { fileConfig } from "../config/fileConfig.js";
import { kindForFile } from "../config/kindForFile.js";
import type { Settings } from "../domain/settings.js";
import type { RulesConfig } from "../engine/ruleConfig.js";
import type { LintRun } from "../lint/lintRun.js";
import { sha256 } from "./sha256.js";

/** What a file held: the SHA-256 of its bytes. */
export function contentHash(bytes: Uint8Array): string {
  return sha256(bytes);
}

const digests = new WeakMap<RulesConfig, WeakMap<Settings, string>>();

/** The rules and settings as one digest, computed once per pair of objects (files that share them share it). */
function configDigest(rules: RulesConfig, settings: Settings): string {
  let bySettings = digests.get(rules);
  if (!bySettings) digests.set(rules, (bySettings = new WeakMap()));
  let digest = bySettings.get(settings);
  if (digest === undefined) {
    digest = sha256(JSON.stringify([rules, settings]));
    bySettings.set(settings, digest);
  }
  return digest;
}

/**
 * How a file is linted in this run, as a key: the rules and settings that apply to it (the
 * config's, its `overrides`, --rule) and the kind it is linted as (--kind, or the config's
 * `files`). Together with the run's fingerprint (version, rules, limits), an entry whose key
 * and content hash are unchanged would be linted to the same result.
 */
export function fileCacheKey(run: LintRun, filePath: string): string {
  const { rules, settings } = fileConfig(run.config, filePath, run.rules, run.commandLineRules);
  return `${configDigest(rules, settings)} ${run.kind ?? kindForFile(run.config, filePath) ?? ""}`;
}
