import { nodeCrypto } from "./nodeCrypto.js";

/** Longest file name most file systems take, in bytes. */
const maxNameBytes = 255;

/**
 * `.<name><suffix>`, the name cut short (by whole characters) when the whole would pass 255
 * bytes: a target whose own name is near that long can still be written.
 */
export function temporaryName(name: string, suffix: string): string {
  let kept = name;
  while (kept.length > 0 && Buffer.byteLength(`.${kept}${suffix}`) > maxNameBytes) kept = [...kept].slice(0, -1).join("");
  return `.${kept}${suffix}`;
}

/** `.<name>.<pid>.<random>.<ending>`: a hidden name of this process's own beside the file, which no other run picks. */
export function ownTemporaryName(name: string, ending: string): string {
  return temporaryName(name, `.${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}.${ending}`);
}
