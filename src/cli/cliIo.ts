/** What the CLI touches of the outside world, so that a test can hand in its own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** The piped text; reading may stop once it holds more than `maxBytes`. */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
}
