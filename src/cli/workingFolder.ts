import { systemErrorWords } from "../files/systemErrorWords.js";

/**
 * The process's working folder, or why it cannot be told. A folder removed while the shell
 * stands in it (`mkdir x && cd x && rmdir ../x`) has no path left: process.cwd() throws
 * (ENOENT, uv_cwd), which, asked before run() began, was Node's stack trace and exit 1, even
 * for --version (CLI review). Every command resolves its paths from it, so none can run.
 */
export function workingFolder(): { readonly cwd: string } | { readonly problem: string } {
  try {
    return { cwd: process.cwd() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { problem: "the working folder no longer exists (ENOENT: it was removed while the shell stood in it): cd into a folder that exists and run again" };
    }
    return { problem: `cannot tell the working folder: ${systemErrorWords(error)}` };
  }
}
