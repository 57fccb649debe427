import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageInfo {
  /** The folder that holds oms-lint's package.json (and docs/, schemas/). */
  readonly root: string;
  readonly version: string;
  /** The project's home page, from package.json `homepage` or a GitHub `repository`, if set. */
  readonly homepage?: string;
  /** Where a rule's docs page is published, if the repository is known. */
  readonly docsUrl?: (ruleId: string) => string;
}

/** oms-lint's own package.json, found upward from this module (src/builtIn/, dist/src/builtIn/, or the bundle in dist/ that holds it). */
export function packageInfo(): PackageInfo {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string; homepage?: string; repository?: string | { url?: string } };
      if (json.name === "oms-lint") return describe(dir, json);
    }
    if (dirname(dir) === dir) throw new Error("oms-lint's package.json was not found");
  }
}

function describe(root: string, json: { version?: string; homepage?: string; repository?: string | { url?: string } }): PackageInfo {
  const repository = typeof json.repository === "string" ? json.repository : json.repository?.url;
  const github = /github\.com[/:]([^/]+\/[^/#]+?)(?:\.git)?(?:#.*)?$/.exec(repository ?? "")?.[1];
  const repoUrl = github ? `https://github.com/${github}` : undefined;
  return {
    root,
    version: json.version ?? "0.0.0",
    homepage: json.homepage ?? repoUrl,
    docsUrl: repoUrl ? (id) => `${repoUrl}/blob/HEAD/docs/rules/${id}.md` : undefined,
  };
}
