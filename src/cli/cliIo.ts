/** A file as the system knows it, whatever it is called: its device and inode. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/** What the CLI touches of the outside world, so that a test can hand in its own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** The file standard output goes to, when it is a regular file (`oms-lint . > report.json`): its device and inode. */
  readonly stdoutFile?: FileIdentity;
  /** The file standard error goes to, when it is a regular file (`2> log.txt`). */
  readonly stderrFile?: FileIdentity;
  /** The piped text; reading may stop once it holds more than `maxBytes`. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}
