import { createScanner, SyntaxKind } from "jsonc-parser";
import { escapeSegment } from "../json/jsonPointer.js";

/** A property of an object in the text: from its key's opening quote to its value's end. */
export interface PropertySpan {
  readonly offset: number;
  readonly end: number;
}

/** Where a property named by a pointer stands: its span, and its value's. */
export interface PropertyPlace extends PropertySpan {
  readonly valueOffset: number;
  readonly valueEnd: number;
}

/** An object of the text: its braces' span and every property in it, in order. */
export interface ObjectPlace {
  readonly offset: number;
  readonly end: number;
  readonly properties: readonly PropertySpan[];
}

export interface EditPlaces {
  /** The property each wanted pointer names (its last segment a key of an object), first occurrence. */
  readonly properties: ReadonlyMap<string, PropertyPlace>;
  /** The objects asked for, with their properties. */
  readonly objects: ReadonlyMap<string, ObjectPlace>;
}

interface Frame {
  readonly isObject: boolean;
  readonly path: string;
  readonly start: number;
  index: number;
  key: string | undefined;
  keyOffset: number;
  readonly properties: PropertySpan[] | undefined;
}

/**
 * The places fixes edit, in one token walk of the text (jsonc-parser's scanner): the
 * property each pointer of `pointers` names, and the properties of each object of `objects`.
 * No tree is built (jsonc-parser's parseTree costs ~15 times the text: a 30 MB order's tree,
 * once per pass of --fix, was most of its memory), and containers no pointer enters are
 * skipped without building their paths. Nothing recurses.
 */
export function editPlaces(text: string, pointers: readonly string[], objects: readonly string[] = []): EditPlaces {
  const wanted = new Set<string>([""]);
  for (const pointer of [...pointers, ...objects]) {
    for (let slash = pointer.indexOf("/", 1); slash > 0; slash = pointer.indexOf("/", slash + 1)) wanted.add(pointer.slice(0, slash));
    wanted.add(pointer);
  }
  const targets = new Set(pointers);
  const listed = new Set(objects);
  const properties = new Map<string, PropertyPlace>();
  const objectPlaces = new Map<string, ObjectPlace>();
  const stack: Frame[] = [];
  const childPath = (frame: Frame | undefined): string =>
    frame === undefined ? "" : `${frame.path}/${frame.isObject ? escapeSegment(frame.key ?? "") : frame.index}`;
  /** A value of the frame ends: its parent's property, if anyone asked. */
  const valueDone = (frame: Frame | undefined, valueOffset: number, valueEnd: number): void => {
    if (!frame?.isObject) return;
    frame.properties?.push({ offset: frame.keyOffset, end: valueEnd });
    if (targets.size > 0) {
      const path = childPath(frame);
      if (targets.has(path) && !properties.has(path)) properties.set(path, { offset: frame.keyOffset, end: valueEnd, valueOffset, valueEnd });
    }
  };
  const scanner = createScanner(text, true);
  let skipping = 0;
  let skipStart = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    if (skipping > 0) {
      if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) skipping++;
      else if ((token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) && --skipping === 0) {
        valueDone(stack[stack.length - 1], skipStart, offset + 1);
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (token === SyntaxKind.StringLiteral && top?.isObject && top.key === undefined) {
      top.key = scanner.getTokenValue();
      top.keyOffset = offset;
      continue;
    }
    switch (token) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken: {
        const path = childPath(top);
        const isObject = token === SyntaxKind.OpenBraceToken;
        if (wanted.has(path)) {
          stack.push({ isObject, path, start: offset, index: 0, key: undefined, keyOffset: -1, properties: isObject && listed.has(path) ? [] : undefined });
        } else {
          skipping = 1;
          skipStart = offset;
        }
        break;
      }
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        const frame = stack.pop()!;
        if (frame.properties) objectPlaces.set(frame.path, { offset: frame.start, end: offset + 1, properties: frame.properties });
        valueDone(stack[stack.length - 1], frame.start, offset + 1);
        break;
      }
      case SyntaxKind.CommaToken:
        if (top?.isObject) top.key = undefined;
        else if (top) top.index++;
        break;
      case SyntaxKind.ColonToken:
        break;
      default:
        // A scalar: string, number, true, false or null.
        valueDone(top, offset, offset + scanner.getTokenLength());
    }
  }
  return { properties, objects: objectPlaces };
}
