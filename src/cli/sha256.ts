import { nodeCrypto } from "../files/nodeCrypto.js";

/** SHA-256 of the data, in base64 (the cache's content hashes and keys). */
export function sha256(data: string | Uint8Array): string {
  return nodeCrypto().createHash("sha256").update(data).digest("base64");
}
