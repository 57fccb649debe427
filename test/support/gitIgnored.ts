import { execFileSync } from "node:child_process";

/** The paths git ignores in the repository at `cwd` by its .gitignore files alone (no global excludes), asked with check-ignore. */
export function gitIgnored(cwd: string, paths: readonly string[]): Set<string> {
  try {
    const out = execFileSync("git", ["-c", "core.excludesFile=/dev/null", "-c", "core.quotePath=false", "check-ignore", "--no-index", "-z", "--stdin"], {
      cwd,
      input: paths.join("\0"),
      encoding: "utf8",
    });
    return new Set(out.split("\0").filter((path) => path !== ""));
  } catch (error) {
    // check-ignore exits 1 when no path is ignored.
    if ((error as { status?: number }).status === 1) return new Set();
    throw error;
  }
}
