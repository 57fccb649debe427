import { readFileSync } from "node:fs";

/**
 * A rule's docs page as one line of prose (its wrapping undone), so that a test can find a
 * message the page quotes, whole, wherever the page broke its line.
 */
export function rulePageProse(ruleId: string): string {
  return readFileSync(new URL(`../../docs/rules/${ruleId}.md`, import.meta.url), "utf8").replace(/\s+/g, " ");
}

/** What a call throws, as a user reads it: its class and message (a call that returns fails the test). */
export function thrown(call: () => unknown): { readonly name: string; readonly message: string } {
  try {
    call();
  } catch (error) {
    return { name: (error as Error).constructor.name, message: (error as Error).message };
  }
  throw new Error("expected the call to throw");
}
