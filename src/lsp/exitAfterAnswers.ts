import { Message } from "vscode-languageserver/node";
import { SilenceTimer } from "./silenceTimer.js";

/**
 * How long `exit` waits at most for the answers owed: vscode-languageclient kills a server that
 * has not ended 2 s after its `exit`, and a client that has stopped reading never drains them.
 */
export const mostExitWaitMs = 1000;

const isExit = (message: Message): boolean => Message.isNotification(message) && message.method === "exit";

/** The end of the input, held: what says every message read has been handed on, and what ends the server. */
interface HeldEnd {
  readonly drained: () => boolean;
  readonly end: () => void;
  readonly timer: SilenceTimer;
}

/**
 * LSP asks a client to send `exit` once its `shutdown` is answered; some send it at once (Neovim's
 * and others' behaviour varies), and vscode-languageserver ends the process on `exit` there and
 * then, before the answers under way are written: the shutdown answer itself was lost. Here `exit`
 * is handed on only once every request handed to the connection is answered and all the server
 * had to write is written (`idle`), or after `mostExitWaitMs`, whichever comes first.
 *
 * The end of the input is held the same way (`inputEnded`): a client that writes its requests,
 * or `shutdown` and `exit`, and closes the pipe at once (`cat requests | oms-lint lsp`) got
 * nothing, not even the initialize answer, as the process ended on the end of input.
 *
 * Both wait for the work the server put off (`finish`: its lints due after a pause in typing),
 * run at once when the end comes: a script that only opened and edited documents got no
 * diagnostics, as the process ended before their timers fired.
 */
export class ExitAfterAnswers {
  readonly #owed = new Set<number | string>();
  readonly #idle: () => boolean;
  readonly #finish: () => Promise<void> | undefined;
  readonly #onFinished: () => void;
  /** Where the work put off is: not started until the end has come. */
  #finishing: "started" | "done" | undefined;
  /** The held `exit`, handed on when called; "handed" once it has been. */
  #exit: (() => void) | "handed" | undefined;
  /** The bound on the held `exit`'s wait. */
  #exitTimer: SilenceTimer | undefined;
  /** The held end of the input; "ended" once its `end` has been called. */
  #inputEnd: HeldEnd | "ended" | undefined;

  /**
   * `idle`: whether the writer has nothing waiting and nothing under way; `finish`: does the
   * work the server put off, now (undefined: there is none); `finished`: told once that work, if any, is done.
   */
  constructor(idle: () => boolean, finish: () => Promise<void> | undefined = () => undefined, finished: () => void = () => undefined) {
    this.#idle = idle;
    this.#finish = finish;
    this.#onFinished = finished;
  }

  /**
   * The input has closed and every message read is handed on: whether the connection may hear
   * of the close (once closed, it throws on whatever the server sends). Every request handed on
   * must be answered, and the work put off done: it is started here, if it was not.
   */
  settledAtClose(): boolean {
    return this.#finishedWork() && this.#owed.size === 0;
  }

  /** Hands a message on to the connection (`hand`); a request is owed its answer, and `exit` waits for them all. */
  handOn(message: Message, hand: (message: Message) => void): void {
    if (Message.isRequest(message) && message.id !== null) this.#owed.add(message.id);
    if (!isExit(message)) return hand(message);
    if (this.#exit !== undefined) return;
    const timer = new SilenceTimer(mostExitWaitMs, () => this.#exitNow());
    this.#exitTimer = timer;
    this.#exit = () => {
      timer.clear();
      hand(message);
    };
    // Every message before it is handled: the lints they put off are due now.
    this.#finishedWork();
    this.written(undefined);
  }

  /**
   * The input has ended: `end` is called once every message read has been handed on (`drained`),
   * every request handed on is answered, the work put off is done and all is written; or once nothing has been written for
   * `mostExitWaitMs`. The bound restarts with each message written, not from the end of input:
   * the input has ended, so what is left to do is finite, and a scripted client's last requests
   * (a fix-all of a large order) may take longer than a second; only a client that has stopped
   * reading, or a request that waits on the client (workspace/applyEdit) that is gone, makes no
   * progress at all, and must not keep the process for ever.
   */
  inputEnded(drained: () => boolean, end: () => void): void {
    if (this.#inputEnd !== undefined) return;
    this.#inputEnd = { drained, end, timer: new SilenceTimer(mostExitWaitMs, () => this.#endNow()) };
    this.written(undefined);
  }

  /** The writer has written a message (undefined: look again): a response pays its request's due. */
  written(message: Message | undefined): void {
    if (message !== undefined && Message.isResponse(message) && message.id !== null) this.#owed.delete(message.id);
    const held = this.#inputEnd;
    if (message !== undefined && typeof held === "object") held.timer.restart();
    const drained = typeof held === "object" && held.drained();
    if (drained) this.#finishedWork();
    if (this.#owed.size > 0 || !this.#idle() || this.#finishing !== "done") return;
    this.#exitNow();
    if (drained) this.#endNow();
  }

  /** Whether the work put off is done; started the first time the end asks. */
  #finishedWork(): boolean {
    if (this.#finishing === undefined) {
      const done = () => {
        this.#finishing = "done";
        // The work was the server's own, not the client's silence: what it owes is written from now.
        if (typeof this.#inputEnd === "object") this.#inputEnd.timer.restart();
        if (typeof this.#exit === "function") this.#exitTimer?.restart();
        this.written(undefined);
        this.#onFinished();
      };
      const work = this.#finish();
      this.#finishing = work === undefined ? "done" : "started";
      void work?.then(done, done);
    }
    return this.#finishing === "done";
  }

  #exitNow(): void {
    const exit = this.#exit;
    if (typeof exit !== "function") return;
    this.#exit = "handed";
    exit();
  }

  #endNow(): void {
    const held = this.#inputEnd;
    if (typeof held !== "object") return;
    this.#inputEnd = "ended";
    held.timer.clear();
    held.end();
  }
}
