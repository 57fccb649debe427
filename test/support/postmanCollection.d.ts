/**
 * The part of postman-collection (5.3.0, a development dependency: what postman-runtime pins) the
 * tests use as the oracle of what Postman sends; the package ships no types of its own.
 */
declare module "postman-collection" {
  export class Url {
    constructor(options: string | Record<string, unknown>);
    /** A URL's parts: protocol, host, path, query, hash, and the `:name` variables its path names. */
    static parse(url: string): Record<string, unknown>;
    toString(): string;
    /** The query string Url#toString writes: every parameter whose `disabled` is truthy left out. */
    getQueryString(): string;
  }
  export class Request {
    constructor(options: unknown);
    readonly url: Url;
    /** The headers by name; `{ enabled: true }` leaves out each whose `disabled` is truthy, as postman-runtime's getRequestHeaders does. */
    getHeaders(options?: { enabled?: boolean }): Record<string, unknown>;
  }
  export class RequestBody {
    constructor(options: unknown);
    /** Whether the body holds nothing to send: its mode's data missing or empty (a file with no src or content, an empty form). */
    isEmpty(): boolean;
    /** The mode as RequestBody#update reads it (lowercased; any name it does not know is `raw`); unset where the body names none. */
    readonly mode?: string;
    /** The body's `disabled` as the collection gives it: postman-runtime's getRequestBody sends no body where it is truthy. */
    readonly disabled?: unknown;
    /** A raw body's `raw`, kept as the collection gives it (a string, or any other value). */
    readonly raw?: unknown;
    /** A urlencoded body's parameters, each with `disabled` as a boolean (Property). */
    readonly urlencoded?: { all(): ({ disabled?: boolean } | null | undefined)[] };
    /** A formdata body's parameters, each with `disabled` as a boolean (Property). */
    readonly formdata?: { all(): ({ disabled?: boolean } | null | undefined)[] };
  }
  export class Collection {
    constructor(options: unknown);
    /** The collection's variables, the list postman-runtime fills a request from. */
    readonly variables: unknown;
  }
  export class Property {
    /** The text with its `{{name}}` filled from the lists, first list first; a value whose `disabled` is truthy is not taken (lib/superstring). */
    static replaceSubstitutions(text: string, variables: readonly unknown[]): string;
  }
}
