import { readFileSync } from "node:fs";

interface LockedPackage {
  readonly version: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly peer?: boolean;
}

/**
 * The package-lock.json of a fresh project that is about to `npm install` the packed package:
 * the packages the repository's own lock (`lockPath`) installs for its runtime dependencies,
 * none of its development ones, at the versions every other test runs against. Each gets the
 * tarball URL on `registry` that npm's cache keys it by (the repository's lock may name none:
 * npm's omit-lockfile-registry-resolved), so that npm takes it from the cache `npm ci`
 * filled, with no packument to read. A version that no longer meets a range the package
 * declares is no use to npm, which then asks the registry: refused under --offline.
 */
export function consumerLockfile(lockPath: string, registry: string): object {
  const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, LockedPackage> };
  const base = registry.endsWith("/") ? registry : `${registry}/`;
  const packages: Record<string, object> = { "": { name: "consumer" } };
  for (const [path, locked] of Object.entries(lock.packages)) {
    if (!path.startsWith("node_modules/") || locked.dev || locked.devOptional || locked.peer) continue;
    const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    packages[path] = { ...locked, resolved: `${base}${name}/-/${name.split("/").at(-1)}-${locked.version}.tgz` };
  }
  return { name: "consumer", lockfileVersion: 3, requires: true, packages };
}
