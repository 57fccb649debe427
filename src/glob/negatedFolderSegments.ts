/**
 * A glob cut into its segments where one before the last holds a `!(`; undefined for any other.
 * minimatch matches a glob a segment at a time, so `fx/!(current)/**` takes every folder of fx
 * but `current` itself; picomatch's expression for a `!(…)` with more of the glob after it
 * refuses every name that starts with the excluded text, and `fx/!(current)/**` kept
 * fx/current-v2 from ESLint's ignores. Such a glob is matched segment by segment (globMatcher's
 * segmentsMatcher), each segment on one name, as minimatch cuts it: at every `/`.
 */
export function negatedFolderSegments(glob: string): readonly string[] | undefined {
  const segments = glob.split("/");
  return segments.slice(0, -1).some((segment) => segment.includes("!(")) ? segments : undefined;
}
