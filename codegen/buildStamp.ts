import { createHash } from "node:crypto";

/** What esbuild writes for `__OMS_LINT_BUILD__` (src/cli/buildStamp.ts), replaced once the bundle is written. */
export const buildPlaceholder = "oms-lint-build:unstamped";

/** The defines that put the placeholder in the bundle. */
export const buildDefine = { __OMS_LINT_BUILD__: JSON.stringify(buildPlaceholder) } as const;

/**
 * The bundle with its placeholder replaced by the SHA-256 (hex) of the bundle as written, so
 * that any change to the code it holds changes its stamp. The placeholder must stand exactly
 * once: a second would mean the stamp is read elsewhere than src/cli/buildStamp.ts.
 */
export function stampBuild(bundle: string): string {
  const at = bundle.indexOf(buildPlaceholder);
  if (at < 0 || bundle.indexOf(buildPlaceholder, at + 1) >= 0) {
    throw new Error(`the bundle must hold the build placeholder ${JSON.stringify(buildPlaceholder)} exactly once`);
  }
  const stamp = createHash("sha256").update(bundle).digest("hex");
  return bundle.slice(0, at) + stamp + bundle.slice(at + buildPlaceholder.length);
}
