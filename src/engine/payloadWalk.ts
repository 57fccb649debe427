import type { Kind } from "../kinds/kinds.js";
import { walkers } from "../generated/walkers.js";
import { isUnsafeInteger } from "../json/unsafeIntegers.js";
import { scanHere, type Trail, type WalkListener } from "./walkListener.js";

/**
 * Walks a payload once, along its kind's shape (compiled at codegen into
 * src/generated/walkers.ts, see codegen/walkers.ts): each part where it stands (before what
 * lies in it), each key the shape does not know, each number beyond 2^53, in the order they
 * stand. The recursion follows the shape, which is finite and a few levels deep, so a deeply
 * nested value cannot exhaust the stack: beneath the shape only numbers are looked for, by
 * a scan with an explicit stack. On a clean payload the walk allocates next to nothing: the
 * trail is pushed and popped, and joined into a pointer only for a finding or a part.
 */
export function walkPayload(kind: Kind, value: unknown, listener: WalkListener): void {
  const trail: Trail = [];
  if (typeof value === "object" && value !== null) (walkers[kind] ?? scanHere)(value, trail, listener);
  else if (listener.unsafeNumbers && isUnsafeInteger(value)) listener.unsafeNumber("", value);
}
