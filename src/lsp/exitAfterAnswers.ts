import { Message } from "vscode-languageserver/node";

/**
 * How long `exit` waits at most for the answers owed: vscode-languageclient kills a server that
 * has not ended 2 s after its `exit`, and a client that has stopped reading never drains them.
 */
export const mostExitWaitMs = 1000;

const isExit = (message: Message): boolean => Message.isNotification(message) && message.method === "exit";

/**
 * LSP asks a client to send `exit` once its `shutdown` is answered; some send it at once (Neovim's
 * and others' behaviour varies), and vscode-languageserver ends the process on `exit` there and
 * then, before the answers under way are written: the shutdown answer itself was lost. Here `exit`
 * is handed on only once every request handed to the connection is answered and all the server
 * had to write is written (`idle`), or after `mostExitWaitMs`, whichever comes first.
 */
export class ExitAfterAnswers {
  readonly #owed = new Set<number | string>();
  readonly #idle: () => boolean;
  /** The held `exit`, handed on when called; "handed" once it has been. */
  #exit: (() => void) | "handed" | undefined;

  /** `idle`: whether the writer has nothing waiting and nothing under way. */
  constructor(idle: () => boolean) {
    this.#idle = idle;
  }

  /** Hands a message on to the connection (`hand`); a request is owed its answer, and `exit` waits for them all. */
  handOn(message: Message, hand: (message: Message) => void): void {
    if (Message.isRequest(message) && message.id !== null) this.#owed.add(message.id);
    if (!isExit(message)) return hand(message);
    if (this.#exit !== undefined) return;
    const timer = setTimeout(() => this.#exitNow(), mostExitWaitMs);
    this.#exit = () => {
      clearTimeout(timer);
      hand(message);
    };
    this.written(undefined);
  }

  /** The writer has written a message (undefined: look again): a response pays its request's due. */
  written(message: Message | undefined): void {
    if (message !== undefined && Message.isResponse(message) && message.id !== null) this.#owed.delete(message.id);
    if (this.#owed.size === 0 && this.#idle()) this.#exitNow();
  }

  #exitNow(): void {
    const exit = this.#exit;
    if (typeof exit !== "function") return;
    this.#exit = "handed";
    exit();
  }
}
