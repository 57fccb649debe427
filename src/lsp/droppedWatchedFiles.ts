/**
 * The notification the reader hands the server, in the order of the messages, in place of a
 * workspace/didChangeWatchedFiles it could not read (over the size limit, or past the structure
 * limits: messageStructure.ts), or of a message whose method it could not see that may have been
 * one. The client watches every file the server lints (`**` then `*.{json,http,rest}`), so a `git
 * checkout` of a large repository reports its JSON files in ONE notification, beside the config's
 * change: 50,001 changes were dropped unread and unsaid, and an open document kept the findings of
 * a rule the new config turns off (audit at 8c4bd14e). The server then takes it that any watched
 * file may have changed (configs, the open documents' bytes on disk), and says so in its log.
 */
export const droppedWatchedFilesMethod = "$/oms-lint/droppedWatchedFiles";

export const watchedFilesMethod = "workspace/didChangeWatchedFiles";

/** Why the reader dropped it: its size, and the limit it passed. */
export interface DroppedWatchedFiles {
  readonly why: string;
}

/** DroppedWatchedFiles' params, as the server reads them (a client may send the method too). */
export function droppedWatchedFilesProblem(params: unknown): string | undefined {
  if (typeof params !== "object" || params === null) return "params must be an object";
  return typeof (params as Record<string, unknown>).why === "string" ? undefined : "why must be a string";
}
