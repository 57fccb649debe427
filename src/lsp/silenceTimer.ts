/**
 * A wait for `waitMs` of silence that does not count the server's own work as the client's
 * silence. A lint of a large order runs for seconds without yielding; a timer armed before it
 * fires as soon as it yields, late, and ended the server before the answer the lint delayed was
 * written (an end of input after `shutdown`, during a 32 MB order's pending lint: the shutdown
 * answer was lost; found by the review of the language server's end of input). A timer that
 * fires more than `lateMs` late waits again, at most `mostWaits` times (the
 * server's work after its input ended is finite, but a bound is a bound).
 */
export class SilenceTimer {
  readonly #waitMs: number;
  readonly #onSilence: () => void;
  #timer: NodeJS.Timeout | undefined;
  /** How many times it waited again for firing late. */
  #lateWaits = 0;

  static readonly lateMs = 250;
  static readonly mostWaits = 30;

  constructor(waitMs: number, onSilence: () => void) {
    this.#waitMs = waitMs;
    this.#onSilence = onSilence;
    this.restart();
  }

  /** Waits `waitMs` again from now (something was written, or the server's own work ended). */
  restart(): void {
    this.clear();
    const armedAt = Date.now();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const late = Date.now() - armedAt - this.#waitMs;
      if (late > SilenceTimer.lateMs && this.#lateWaits < SilenceTimer.mostWaits) {
        this.#lateWaits++;
        this.restart();
      } else this.#onSilence();
    }, this.#waitMs);
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
