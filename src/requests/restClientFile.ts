/** Whether a path names a REST Client request file (`.http` or `.rest`, in any letter case), which oms-lint reads as requests, not as JSON. */
export function isRestClientFile(path: string): boolean {
  return /\.(http|rest)$/i.test(path);
}
