import { fileURLToPath } from "node:url";

/**
 * The path of a document or workspace folder given by URI, if it is a file: a URI of any
 * other scheme (untitled:, a virtual file system's) names nothing the CLI could read, so no
 * config is looked up from it.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
