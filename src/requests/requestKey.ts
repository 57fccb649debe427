/**
 * Which request of a request file a finding is about, in a form that holds across edits elsewhere
 * in the file: GitLab's fingerprint (formatters/gitlab.ts) reads it. A request's own findings have
 * path "", so two searches lacking orderID were told apart by their order alone, and deleting the
 * first gave the second the first's fingerprint (review of c4950221). The request's index in the
 * file is no better. Its name is (`# @name`, else the title on its `###` line; a Postman item's name),
 * else its method and URL as written, with its occurrence among the requests of the file that share them.
 *
 * The key is a digest, not the text: a URL as written may hold a secret query parameter, which no
 * field of a finding quotes (SPEC §5).
 */
export interface RequestKeyed {
  readonly name?: string;
  /** A .http request's `###` title (HttpRequest.title), read where it has no name. */
  readonly title?: string;
  readonly method: string;
  /** The URL as written in the file (a .http file's, before its variables are filled), else as read. */
  readonly writtenUrl?: string;
  readonly url: string;
}

/** Each request's key, in the order given. */
export function requestKeys(requests: readonly RequestKeyed[]): string[] {
  const seen = new Map<string, number>();
  return requests.map((request) => {
    const name = request.name?.trim() || request.title?.trim();
    const identity = name ? `name\u0000${name}` : `call\u0000${request.method.toUpperCase()}\u0000${request.writtenUrl ?? request.url}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return digest(`${identity}\u0000${occurrence}`);
  });
}

/** FNV-1a, 64 bits, in hex: deterministic and cheap (no node:crypto loaded for a lint), and says nothing of the text. */
function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
