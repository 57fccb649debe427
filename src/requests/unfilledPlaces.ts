import { lastItem } from "../engine/lastItem.js";
import { child, isArrayIndex, isContainer, segments } from "../json/jsonPointer.js";
import { JsonTokens, Token } from "../source/jsonTokens.js";
import { nextMember } from "../source/sourceWalk.js";
import { standInKey, type BareVariables } from "./bodyVariables.js";
import type { RequestBody } from "./requestBodyShape.js";
import { holdsVariable } from "./matchEndpoint.js";
import { stringHoldsVariable } from "./quotedVariables.js";

/**
 * A place of a request body whose text the client fills (REST Client's
 * VariableProcessor.processRawRequest and Postman fill every `{{…}}` of the body's text, keys
 * included): a string holding a variable, or a variable written bare (`"quantity": {{qty}}`,
 * standing in as `null`: bodyVariables.ts), whose value oms-lint cannot know; or a member whose
 * key holds one, which may be any key of its object.
 */
export interface UnfilledPlace {
  readonly segments: readonly string[];
  /** Whether it is the key that holds the variable. */
  readonly key: boolean;
}

/**
 * The places of a body, kept as the container and key of each (no pointer, no segments: a body
 * 990 levels deep under keys of 60 characters made each place's pointer ~60,000 characters, and
 * 99,000 of them ran out of memory at ~4.2 GB), and looked up by walking the pointer a finding
 * names, not searched for (a body of 70,000 lines, each with a variable and a finding, is judged
 * in linear time).
 */
export interface UnfilledPlaces {
  /** How many places the body holds (none: no finding is judged against them). */
  readonly count: number;
  /** How many objects hold a key that holds a variable. */
  readonly keyHolderCount: number;
  /** Whether the value at a pointer holds a variable the client fills: a string holding one, or one written bare. */
  valueHoldsVariable(pointer: string): boolean;
  /** How many keys holding a variable the object at a pointer has (0 where there is none, or no object); Infinity where a variable stands for members (bodyVariables.ts), which may be any number of keys. */
  keysHoldingVariable(pointer: string): number;
  /** Where the empty key at a pointer is written (its offset in the body), beside a members stand-in's: the written one is the key sent. */
  writtenEmptyKeyAt(pointer: string): number | undefined;
  /**
   * Whether a key said to repeat at a pointer, at an offset of the body, repeats only a bare
   * variable's stand-in key (the empty key: bodyVariables.ts): the first empty key written after
   * the stand-in, before any other is written (a second one written repeats a written one).
   */
  repeatsStandIn(pointer: string, offset: number): boolean;
  /**
   * The places a read names, `*` any entry, a key holding a variable any name at its last segment:
   * their segments made for these alone, and once a read (a rule's read is asked for each finding).
   */
  matching(read: readonly string[]): readonly UnfilledPlace[];
}

/**
 * The places of a parsed body that hold a variable the client fills, told on the text as written
 * (an escaped brace, `\u007b`, is sent as it stands: quotedVariables.ts). A body whose text holds
 * no escape and no bare variable is its parsed value, walked as such; any other is walked token
 * by token beside its value (bare variables are `null` there, and escapes are told only in the text).
 */
export function unfilledPlaces(value: unknown, text: string, bare: BareVariables): UnfilledPlaces {
  const found = new FoundPlaces(value);
  // A body that did not parse (no JSON, or past a limit) has no value to hold a place: its text is not walked.
  if (value === undefined) return found;
  const asWritten = bare.length > 0 || text.includes("\\");
  if (asWritten) placesAsWritten(found, value, text, bare);
  else placesOfValue(found, value);
  found.settle(asWritten);
  return found;
}

/** Each request body's places, found once: the custom data rules that read a POST's name and the body's lint ask of the same body (three walks of it). */
const ofBody = new WeakMap<RequestBody, UnfilledPlaces>();

/** The places of a request body (unfilledPlaces), found once for all that ask. */
export function bodyPlaces(body: RequestBody): UnfilledPlaces {
  let places = ofBody.get(body);
  if (places === undefined) ofBody.set(body, (places = unfilledPlaces(body.parsed?.value, body.text, body.variables)));
  return places;
}

/** The containers, each with the keys of its places, and the lookups over them. */
class FoundPlaces implements UnfilledPlaces {
  count = 0;
  keyHolderCount = 0;
  /** Whether the body itself is a string holding a variable. */
  root = false;
  /**
   * Per container, the members whose values hold a variable: an object's by key, an array's by
   * index as a number (a string made and hashed for each of a million entries took half the walk).
   */
  readonly values = new Map<object, Set<Member>>();
  /** Per object, its keys that hold one. */
  readonly keys = new Map<object, Set<Member>>();
  /** The objects where a bare variable stands for members. */
  readonly members = new Set<object>();
  /** The objects where a bare variable stands for a key or members, with its stand-in's empty key (bodyVariables.ts). */
  readonly standIns = new Set<object>();
  /** Per object, how many empty keys are written in it (not a stand-in's). */
  readonly #emptyKeys = new Map<object, number>();
  /** Per object, from the first empty key written after a stand-in's, with none written before, to the next written (its member: where its repeat is said). */
  readonly #repeatingStandIn = new Map<object, { from: number; to: number }>();
  /** Per object where a members stand-in stands, the offset of the last empty key written in it. */
  readonly #writtenEmptyKeyAt = new Map<object, number>();
  readonly #matched = new Map<string, readonly UnfilledPlace[]>();

  constructor(private readonly body: unknown) {}

  valueHoldsVariable(pointer: string): boolean {
    const path = segments(pointer);
    const last = path.pop();
    if (last === undefined) return this.root;
    const container = valueAlong(this.body, path);
    const member = memberOf(container, last);
    return member !== undefined && this.values.get(container as object)?.has(member) === true;
  }

  keysHoldingVariable(pointer: string): number {
    const object = valueAlong(this.body, segments(pointer));
    if (!isContainer(object)) return 0;
    return this.members.has(object) ? Infinity : (this.keys.get(object)?.size ?? 0);
  }

  repeatsStandIn(pointer: string, offset: number): boolean {
    const path = segments(pointer);
    if (path.pop() !== standInKey) return false;
    const span = this.#repeatingStandIn.get(valueAlong(this.body, path) as object);
    return span !== undefined && offset >= span.from && offset < span.to;
  }

  writtenEmptyKeyAt(pointer: string): number | undefined {
    const path = segments(pointer);
    if (path.pop() !== standInKey) return undefined;
    const object = valueAlong(this.body, path);
    return isContainer(object) && this.members.has(object) ? this.#writtenEmptyKeyAt.get(object) : undefined;
  }

  /** An empty key met in an object: a stand-in's, or one written. */
  emptyKey(object: object, isStandIn: boolean, offset: number): void {
    if (isStandIn) return void this.standIns.add(object);
    const written = this.#emptyKeys.get(object) ?? 0;
    if (written === 0 && this.standIns.has(object)) this.#repeatingStandIn.set(object, { from: offset, to: Infinity });
    else if (written === 1) this.#repeatingStandIn.get(object)!.to = offset;
    this.#emptyKeys.set(object, written + 1);
    this.#writtenEmptyKeyAt.set(object, offset);
  }

  matching(read: readonly string[]): readonly UnfilledPlace[] {
    const asked = JSON.stringify(read);
    let matched = this.#matched.get(asked);
    if (matched === undefined) this.#matched.set(asked, (matched = this.placesAlong(read)));
    return matched;
  }

  /** Marks the value, or the key, of a container's member as a place or, read again (a key written twice: the last one is parsed), as none. */
  mark(places: Map<object, Set<Member>>, container: unknown, key: Member, isPlace: boolean): void {
    const member = memberOf(container, key);
    if (member === undefined) return;
    const held = places.get(container as object);
    if (isPlace) {
      if (held === undefined) places.set(container as object, new Set([member]));
      else held.add(member);
    } else held?.delete(member);
  }

  /**
   * Counts the places, once marked. Marked as written, first drops those of members the parsed
   * value does not hold: a repeated key's earlier value, which JSON.parse drops, marked against the last.
   */
  settle(asWritten: boolean): void {
    for (const places of [this.values, this.keys]) {
      for (const [container, held] of places) {
        if (asWritten) for (const key of held) if (!Object.prototype.hasOwnProperty.call(container, key)) held.delete(key);
        if (held.size === 0) places.delete(container);
        else this.count += held.size;
      }
    }
    this.keyHolderCount = this.keys.size;
    if (this.root) this.count++;
  }

  /** The places at the read's depth whose containers its segments lead to: walked in the value, not searched for among all places. */
  private placesAlong(read: readonly string[]): UnfilledPlace[] {
    if (read.length === 0) return this.root ? [{ segments: [], key: false }] : [];
    let reached: Reached[] = [{ value: this.body, parent: undefined, key: "" }];
    for (const segment of read.slice(0, -1)) reached = reached.flatMap((at) => entriesNamed(at.value, segment).map((key) => ({ value: child(at.value, key), parent: at, key })));
    const last = read[read.length - 1]!;
    const found: UnfilledPlace[] = [];
    for (const at of reached) {
      if (!isContainer(at.value)) continue;
      for (const key of this.keys.get(at.value) ?? []) found.push({ segments: segmentsOf(at, String(key)), key: true });
      const held = this.values.get(at.value);
      const named = memberOf(at.value, last);
      for (const key of held === undefined ? [] : last === "*" ? held : named !== undefined && held.has(named) ? [named] : []) found.push({ segments: segmentsOf(at, String(key)), key: false });
    }
    return found;
  }
}

/** A container a read's segments reached: its pointer is made only for a place in it. */
interface Reached {
  readonly value: unknown;
  readonly parent: Reached | undefined;
  readonly key: string;
}

function segmentsOf(at: Reached, last: string): string[] {
  const path = [last];
  for (let from: Reached | undefined = at; from?.parent !== undefined; from = from.parent) path.push(from.key);
  return path.reverse();
}

/** The keys of a container a read's segment names: `*` every one. */
function entriesNamed(value: unknown, segment: string): readonly string[] {
  if (!isContainer(value)) return [];
  if (segment === "*") return Object.keys(value);
  // An array's entries by their index alone (child), not its own `length`.
  const holds = Array.isArray(value) ? child(value, segment) !== undefined : Object.prototype.hasOwnProperty.call(value, segment);
  return holds ? [segment] : [];
}

/** The value the segments lead to (undefined where they lead nowhere). */
function valueAlong(body: unknown, path: readonly string[]): unknown {
  let node = body;
  for (const key of path) node = child(node, key);
  return node;
}

/** The places of a parsed value (its text holds no escape, no bare variable: the value is as written), by a stack (a body may nest as deep as the limits allow). */
function placesOfValue(found: FoundPlaces, value: unknown): void {
  found.root = typeof value === "string" && holdsVariable(value);
  const stack: unknown[] = [value];
  for (let container = stack.pop(); container !== undefined; container = stack.pop()) {
    if (Array.isArray(container)) {
      container.forEach((inner: unknown, index) => placeOfValue(found, container, index, inner, stack));
    } else if (isContainer(container)) {
      for (const key of Object.keys(container)) {
        placeOfValue(found, container, key, Reflect.get(container, key), stack);
        if (holdsVariable(key)) found.mark(found.keys, container, key, true);
      }
    }
  }
}

/** A member's value: marked where it is a string holding a variable, stacked where it is a container. */
function placeOfValue(found: FoundPlaces, container: object, key: Member, inner: unknown, stack: unknown[]): void {
  if (typeof inner === "string" && holdsVariable(inner)) found.mark(found.values, container, key, true);
  if (isContainer(inner)) stack.push(inner);
}

/** A container of the text being walked, and the parsed one it is (an earlier value of a repeated key is walked against the last, and its marks dropped: FoundPlaces.settle). */
interface Frame {
  readonly container: unknown;
  readonly isObject: boolean;
  /** The next element's index (arrays). */
  index: number;
  /** The key whose value comes next (objects); undefined while a key is expected. */
  key: string | undefined;
}

/**
 * The places of a body as written, token by token beside its parsed value: a string or key holds
 * a variable only where its text does too (`\u007b{x}}` parses to "{{x}}" and is sent as written),
 * and a `null` is a bare variable's stand-in where one starts. Each member is marked as it is met,
 * so a key written twice is read as its last occurrence, as JSON.parse reads it.
 */
function placesAsWritten(found: FoundPlaces, value: unknown, text: string, bare: BareVariables): void {
  const scanner = new JsonTokens(text);
  const stack: Frame[] = [];
  const markValue = (top: Frame | undefined, isPlace: boolean) => {
    if (top === undefined) found.root = isPlace;
    else found.mark(found.values, top.container, memberKey(top), isPlace);
  };
  for (let token = scanner.scan(); token !== Token.End; token = scanner.scan()) {
    const offset = scanner.offset;
    const top = lastItem(stack);
    if (token === Token.String && top?.isObject && top.key === undefined) {
      top.key = scanner.stringValue();
      // A key that holds a variable, or a bare variable's stand-in for a key or for members (bodyVariables.ts).
      const standIn = bare.startingAt(offset);
      const isPlace = (holdsVariable(top.key) && stringHoldsVariable(text, offset)) || standIn !== undefined;
      if (top.key === standInKey && isContainer(top.container)) found.emptyKey(top.container, standIn !== undefined, offset);
      // A written empty key after a stand-in does not undo its mark: the stand-in's key is none the client sends (found by the review of members variables).
      if (isPlace || top.key !== standInKey || !found.standIns.has(top.container as object)) found.mark(found.keys, top.container, top.key, isPlace);
      if (standIn?.place === "members" && isContainer(top.container)) found.members.add(top.container);
      continue;
    }
    switch (token) {
      case Token.OpenBrace:
      case Token.OpenBracket:
        markValue(top, false);
        stack.push({ container: top === undefined ? value : child(top.container, String(memberKey(top))), isObject: token === Token.OpenBrace, index: 0, key: undefined });
        break;
      case Token.CloseBrace:
      case Token.CloseBracket:
        stack.pop();
        break;
      case Token.Comma:
        nextMember(top);
        break;
      case Token.Colon:
        break;
      case Token.String:
        markValue(top, stringHoldsVariable(text, offset) && holdsVariable(scanner.stringValue()));
        break;
      default:
        // A number or a literal: `null` where a bare variable starts is its stand-in.
        markValue(top, token === Token.Literal && bare.startingAt(offset) !== undefined);
    }
  }
}

function memberKey(frame: Frame): Member {
  return frame.isObject ? (frame.key ?? "") : frame.index;
}

/** An object's member by its key, an array's by its index (a number). */
type Member = string | number;

/**
 * A member of a container as its places are kept: undefined where it can be none (no container,
 * an array's key that is no index, such as its own `length`, or a key an earlier value of a
 * repeated key held where the last is an array).
 */
function memberOf(container: unknown, key: Member): Member | undefined {
  if (!isContainer(container)) return undefined;
  if (!Array.isArray(container)) return String(key);
  if (typeof key === "number") return key;
  return isArrayIndex(key) ? Number(key) : undefined;
}
