/**
 * The lints a server has put off (each document's, due when its typing pauses) and those its
 * timers have started. When the end comes (the input ends, or `exit`), `finish` runs the ones
 * still due at once and waits for all under way: a script that opens or edits a document and
 * ends its input with no request about it got no diagnostics, as the process ended before the
 * timer fired.
 */
export class PendingLints {
  readonly #lint: (uri: string) => Promise<void>;
  readonly #due = new Map<string, NodeJS.Timeout>();
  readonly #running = new Map<string, Promise<void>>();
  /** Documents whose lint came due while one of them ran: linted once more when it ends (at most one under way and one waiting). */
  readonly #again = new Set<string>();

  /** `lint`: lints a document and publishes its findings; it never rejects (a failure is told in it). */
  constructor(lint: (uri: string) => Promise<void>) {
    this.#lint = lint;
  }

  /** The documents whose lint is due and not yet started. */
  get uris(): IterableIterator<string> {
    return this.#due.keys();
  }

  /** Whether the lint of `uri` is due and not yet started. */
  isDue(uri: string): boolean {
    return this.#due.has(uri);
  }

  /** Lints `uri` after `delay` ms, in place of the lint of it that was due. */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.#due.set(
      uri,
      setTimeout(() => this.#start(uri), delay),
    );
  }

  /** The lint of `uri` that was due is not run (the document closed, or a request lints it now). */
  cancel(uri: string): void {
    clearTimeout(this.#due.get(uri));
    this.#due.delete(uri);
    this.#again.delete(uri);
  }

  /** Every lint due is started now, and all under way are awaited (until none is due or under way); undefined when there are none. */
  finish(): Promise<void> | undefined {
    return this.#idle ? undefined : this.#finishAll();
  }

  get #idle(): boolean {
    return this.#due.size === 0 && this.#running.size === 0;
  }

  async #finishAll(): Promise<void> {
    while (!this.#idle) {
      for (const uri of [...this.#due.keys()]) this.#start(uri);
      await Promise.all(this.#running.values());
    }
  }

  /**
   * Starts the lint of `uri`, or, while one of it runs, has it run once more when that ends: a
   * lint started beside another of the same document (its config read is awaited) did the same
   * work twice, and a burst of relints ran them side by side without bound (audit at 0ad97054).
   */
  #start(uri: string): void {
    this.cancel(uri);
    if (this.#running.has(uri)) {
      this.#again.add(uri);
      return;
    }
    const run: Promise<void> = this.#lint(uri).finally(() => {
      this.#running.delete(uri);
      if (this.#again.delete(uri)) this.#start(uri);
    });
    this.#running.set(uri, run);
  }
}
