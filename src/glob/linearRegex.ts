/**
 * A regular expression of the kind picomatch writes for a glob, matched without
 * backtracking. V8 backtracks: `*a*a*a*a*a*a*a*ab` (eight `[^/]*?` in a row) against a
 * 125-character name takes minutes. Here the source is compiled to a small program of
 * instructions and matched by a search over (instruction, position) pairs, each visited at
 * most once: the work is bounded by the text's length times the program's size, whatever
 * the pattern. A lookahead is a search of its own from one position, remembered per
 * position; picomatch's lookaheads look at a character or a name, so they add little.
 *
 * The subset is what picomatch emits: `^ $ . | ( ) (?: ) (?= ) (?! )`, the quantifiers
 * `* + ? {m} {m,} {m,n}` (lazy or not: only whether there is a match counts), classes with
 * ranges and negation, and escapes (`\d \w \s` and their negations, `\xHH`, `\uHHHH`, `\t`
 * …). Flags: `i` only. Anything else throws a SyntaxError naming it (a test runs picomatch's
 * output for every glob feature through it); groups nested past maxGroupDepth, a GlobRefusal.
 */
import { GlobRefusal, nestedTooDeeply, UnparsedExpression } from "./unreadableGlob.js";

export type TextMatcher = (text: string) => boolean;

type CodeTest = (code: number) => boolean;

type Node =
  | { readonly type: "char"; readonly test: CodeTest }
  | { readonly type: "sequence"; readonly items: readonly Node[]; readonly keys: readonly string[] }
  | { readonly type: "alternation"; readonly options: readonly Node[] }
  | { readonly type: "repeat"; readonly item: Node; readonly min: number; readonly max: number }
  | { readonly type: "start" | "end" }
  | { readonly type: "look"; readonly negate: boolean; readonly body: Node; readonly source: string };

/** Instructions: test a character, branch, jump, assert, look ahead, or succeed. */
type Instruction =
  | { op: "char"; test: CodeTest; next: number }
  | { op: "split"; first: number; second: number }
  | { op: "jump"; next: number }
  | { op: "start" | "end"; next: number }
  | { op: "look"; negate: boolean; body: number; next: number }
  | { op: "match" };

const lineTerminator = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
const digit = (code: number): boolean => code >= 48 && code <= 57;
const word = (code: number): boolean => digit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const space = (code: number): boolean => /\s/.test(String.fromCharCode(code));

/**
 * The class escapes and the control escapes, by the character after the backslash: Maps, as that
 * character is the glob's (object literals answered one Object.prototype holds: a polluted
 * `Object.prototype["."]` made `\.` a class, and `+(a|b).json` threw "instruction.test is not a function").
 */
const classEscapes: ReadonlyMap<string, CodeTest> = new Map<string, CodeTest>([
  ["d", digit],
  ["D", (code) => !digit(code)],
  ["w", word],
  ["W", (code) => !word(code)],
  ["s", space],
  ["S", (code) => !space(code)],
]);
const controlEscapes: ReadonlyMap<string, number> = new Map([
  ["t", 9],
  ["n", 10],
  ["v", 11],
  ["f", 12],
  ["r", 13],
  ["0", 0],
]);

/** The compiled program of a regular expression source: see the module's comment. */
export function linearRegex(source: string, flags = ""): TextMatcher {
  const search = searcher(source, flags);
  return (text) => search(text).matches;
}

/** How many (instruction, position) pairs the search of a text reaches: its work, which tests bound by count. */
export function linearRegexWork(source: string, flags = ""): (text: string) => number {
  const search = searcher(source, flags);
  return (text) => search(text).steps;
}

function searcher(source: string, flags: string): (text: string) => { readonly matches: boolean; readonly steps: number } {
  if (!/^i?$/.test(flags)) throw new SyntaxError(`linearRegex: flags "${flags}" are not supported`);
  const tree = new Parser(source, flags === "i").parse();
  const program: Instruction[] = [];
  const entry = emit(tree, program);
  program[entry.last] = { ...(program[entry.last] as { op: "jump" }), next: push(program, { op: "match" }) };
  const starts = anchoredAtStart(tree) ? "start" : "anywhere";
  const seen = new SeenPairs();
  return (text) => {
    const search = new Search(program, text, seen.next(program.length * (text.length + 1)));
    return { matches: search.from(entry.first, starts), steps: search.steps };
  };
}

/**
 * Whether every match must begin at the text's start (`^…`, or alternatives that each open with
 * `^`, as globMatcher joins them): then only position 0 is tried. Tried at every position, a
 * thousand joined alternatives each met their `^` and stopped there, at each position of the path.
 */
function anchoredAtStart(node: Node): boolean {
  switch (node.type) {
    case "start":
      return true;
    case "sequence":
      return node.items.length > 0 && anchoredAtStart(node.items[0]!);
    case "alternation":
      return node.options.length > 0 && node.options.every(anchoredAtStart);
    default:
      return false;
  }
}

/**
 * The (instruction, position) pairs one search has tried, in an array reused from test to test:
 * a pair is tried when its stamp is the current search's. A fresh array of the program's length
 * times the path's for each test cost a glob of 999 alternatives ~16 ms a path. A byte a pair,
 * as the fresh arrays were: after 255 searches the stamps start again from a cleared array.
 */
/** Past this many pairs (a program's length times a path's), a search's array is its own, as every search's was. */
const maxKeptPairs = 4 * 1024 * 1024;

class SeenPairs {
  private stamps = new Uint8Array(0);
  private stamp = 0;

  /** The stamps, room for `size` pairs, with no pair tried yet. */
  next(size: number): { readonly stamps: Uint8Array; readonly stamp: number } {
    // A large one is not kept: a matcher lives as long as its config, and a few hostile globs would hold hundreds of MB.
    if (size > maxKeptPairs) return { stamps: new Uint8Array(size), stamp: 1 };
    if (this.stamps.length < size) {
      this.stamps = new Uint8Array(size);
      this.stamp = 0;
    } else if (this.stamp === 0xff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    return { stamps: this.stamps, stamp: this.stamp };
  }
}

/**
 * How many unbounded quantifiers the source holds (lookaheads included): backtracking's cost
 * grows as the text's length to that power. Infinity where one repeats a choice (see holdsChoice).
 */
export function unboundedRepeats(source: string): number {
  const count = (node: Node): number => {
    switch (node.type) {
      case "sequence":
        return node.items.reduce((sum, item) => sum + count(item), 0);
      case "alternation":
        return node.options.reduce((sum, option) => sum + count(option), 0);
      case "repeat":
        // A repeat of a choice (`(?:a|aa)+`, `(?:[^/]*?|[^/])+`) backtracks exponentially in V8, past any power of the length.
        if (node.max === Infinity && holdsChoice(node.item)) return Infinity;
        return (node.max === Infinity ? 1 : 0) + count(node.item);
      case "look":
        return count(node.body);
      default:
        return 0;
    }
  };
  return count(new Parser(source, false).parse());
}

/** Whether a node, outside its lookaheads (each answered once a position), may match in more than one way: an alternation, or a repeat. */
function holdsChoice(node: Node): boolean {
  switch (node.type) {
    case "sequence":
      return node.items.some(holdsChoice);
    case "alternation":
      return node.options.length > 1 || node.options.some(holdsChoice);
    case "repeat":
      return node.max !== node.min || holdsChoice(node.item);
    default:
      return false;
  }
}

type Sequence = Extract<Node, { type: "sequence" }>;

/** Alternatives as a tree of their items, those alike (by source) at their starts shared: see alternativesTrie. */
interface Trie {
  /** Whether an alternative ends here. */
  ends: boolean;
  readonly children: Map<string, { readonly item: Node; readonly next: Trie }>;
}

/**
 * Alternatives with the items they open with alike (the same source) taken once. globMatcher
 * joins a glob's alternatives, `^(?:**\/aaa…)$|^(?:**\/aab…)$|…`, each of which walked the whole
 * path for its own `**\/`: a thousand of them cost ~16 ms a path. An item that is a group without
 * a quantifier is read as its items, so that `^(?:(?:^|\/|…)\/a…)` and `^(?:(?:^|\/|…)\/b…)` share
 * all but their last letters.
 */
function alternativesTrie(options: readonly Sequence[]): Trie {
  const root: Trie = { ends: false, children: new Map() };
  for (const option of options) {
    let at = root;
    for (const [key, item] of flatItems(option)) {
      let child = at.children.get(key);
      if (child === undefined) {
        child = { item, next: { ends: false, children: new Map() } };
        at.children.set(key, child);
      }
      at = child.next;
    }
    at.ends = true;
  }
  return root;
}

/** A sequence's items with their sources, each unquantified group that is a sequence read as its own items. */
function flatItems(sequence: Sequence): [string, Node][] {
  return sequence.items.flatMap((item, index): [string, Node][] => (item.type === "sequence" ? flatItems(item) : [[sequence.keys[index]!, item]]));
}

/**
 * Past this many choices one inside another, alternatives are written one after another (each
 * its own copy of what they share): emitTrie recurses once a choice, and alternatives each a
 * prefix of the next (`^a$|^aa$|^aaa$|…`, three thousand) overflowed the stack.
 */
const maxTrieChoices = 100;

/** How many choices lie one inside another on the trie's deepest path (counted without recursing). */
function choicesDeep(root: Trie): number {
  let deepest = 0;
  const pending: [Trie, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [trie, above] = pending.pop()!;
    const depth = above + (trie.children.size + (trie.ends ? 1 : 0) > 1 ? 1 : 0);
    deepest = Math.max(deepest, depth);
    for (const child of trie.children.values()) pending.push([child.next, depth]);
  }
  return deepest;
}

/** The program of a Trie: each shared item once, then a choice among what follows it. */
function emitTrie(trie: Trie, program: Instruction[], looks: Map<string, number>): Fragment {
  const open = (): number => push(program, { op: "jump", next: -1 });
  const link = (from: number, to: number): void => {
    (program[from] as { next: number }).next = to;
  };
  const branches: Fragment[] = [];
  if (trie.ends) {
    const empty = open();
    branches.push({ first: empty, last: empty });
  }
  for (const child of trie.children.values()) {
    const head = emit(child.item, program, looks);
    let last = head.last;
    let next = child.next;
    // A run with no choice in it is written in a loop: only a choice nests (the program's depth is its choices').
    while (!next.ends && next.children.size === 1) {
      const only = next.children.values().next().value!;
      const part = emit(only.item, program, looks);
      link(last, part.first);
      last = part.last;
      next = only.next;
    }
    if (next.children.size > 0) {
      const rest = emitTrie(next, program, looks);
      link(last, rest.first);
      last = rest.last;
    }
    branches.push({ first: head.first, last });
  }
  if (branches.length === 1) return branches[0]!;
  const last = open();
  let first = -1;
  for (const branch of branches.reverse()) {
    link(branch.last, last);
    first = first === -1 ? branch.first : push(program, { op: "split", first: branch.first, second: first });
  }
  return { first, last };
}

/** A lookahead's body, emitted and ended in a match, remembered by its source; where it starts. */
function emitLook(body: Node, source: string, program: Instruction[], looks: Map<string, number>): number {
  const fragment = emit(body, program, looks);
  (program[fragment.last] as { next: number }).next = push(program, { op: "match" });
  looks.set(source, fragment.first);
  return fragment.first;
}

function push(program: Instruction[], instruction: Instruction): number {
  program.push(instruction);
  return program.length - 1;
}

/** A fragment of the program: where it starts, and the jump at its end still to be pointed onwards. */
interface Fragment {
  readonly first: number;
  readonly last: number;
}

/**
 * `looks` holds the program's lookahead bodies by their source: each is emitted once, and its
 * answers (memoized per body and position) are shared. globMatcher joins a thousand alternatives
 * that each open with picomatch's same `(?!(?:^|\/)\.{1,2}(?:\/|$))`, which was searched a
 * thousand times at every position of a path.
 */
function emit(node: Node, program: Instruction[], looks: Map<string, number> = new Map()): Fragment {
  const open = (): number => push(program, { op: "jump", next: -1 });
  const link = (from: number, to: number): void => {
    (program[from] as { next: number }).next = to;
  };
  switch (node.type) {
    case "char": {
      const at = push(program, { op: "char", test: node.test, next: -1 });
      const last = open();
      link(at, last);
      return { first: at, last };
    }
    case "start":
    case "end": {
      const at = push(program, { op: node.type, next: -1 });
      const last = open();
      link(at, last);
      return { first: at, last };
    }
    case "look": {
      const at = push(program, { op: "look", negate: node.negate, body: -1, next: -1 });
      (program[at] as { body: number }).body = looks.get(node.source) ?? emitLook(node.body, node.source, program, looks);
      const last = open();
      link(at, last);
      return { first: at, last };
    }
    case "sequence": {
      const first = open();
      let last = first;
      for (const item of node.items) {
        const part = emit(item, program, looks);
        link(last, part.first);
        last = part.last;
      }
      return { first, last };
    }
    case "alternation": {
      if (node.options.every((option) => option.type === "sequence")) {
        const trie = alternativesTrie(node.options as readonly Sequence[]);
        if (choicesDeep(trie) <= maxTrieChoices) return emitTrie(trie, program, looks);
      }
      const last = open();
      let first = -1;
      for (let index = node.options.length - 1; index >= 0; index--) {
        const option = emit(node.options[index]!, program, looks);
        link(option.last, last);
        first = first === -1 ? option.first : push(program, { op: "split", first: option.first, second: first });
      }
      return { first, last };
    }
    case "repeat": {
      const first = open();
      let last = first;
      for (let index = 0; index < node.min; index++) {
        const part = emit(node.item, program, looks);
        link(last, part.first);
        last = part.last;
      }
      if (node.max === Infinity) {
        const loop = push(program, { op: "split", first: -1, second: -1 });
        link(last, loop);
        const part = emit(node.item, program, looks);
        link(part.last, loop);
        const out = open();
        Object.assign(program[loop]!, { first: part.first, second: out });
        return { first, last: out };
      }
      const out = open();
      for (let index = node.min; index < node.max; index++) {
        const part = emit(node.item, program, looks);
        const choice = push(program, { op: "split", first: part.first, second: out });
        link(last, choice);
        last = part.last;
      }
      link(last, out);
      return { first, last: out };
    }
  }
}

/** One match: which (instruction, position) pairs were reached, and what each lookahead answered where. */
class Search {
  private readonly lookAnswers = new Map<number, boolean>();
  /** Pairs reached, for a test to bound the work by (see linearRegexWork). */
  steps = 0;

  constructor(
    private readonly program: readonly Instruction[],
    private readonly text: string,
    private readonly seen: { readonly stamps: Uint8Array; readonly stamp: number },
  ) {}

  /** Whether the program matches somewhere (from the start only, for an anchored one), as RegExp.test answers. */
  from(first: number, starts: "start" | "anywhere"): boolean {
    const last = starts === "start" ? 0 : this.text.length;
    for (let position = 0; position <= last; position++) {
      if (this.reaches(first, position, this.seen)) return true;
    }
    return false;
  }

  /** Whether `match` is reachable from the pair; `seen` marks pairs already tried (they led nowhere). */
  private reaches(first: number, position: number, seen: { readonly stamps: Uint8Array; readonly stamp: number } | Set<number>): boolean {
    const { program, text } = this;
    const width = text.length + 1;
    const pending: number[] = [first, position];
    while (pending.length > 0) {
      const at = pending.pop()!;
      const pc = pending.pop()!;
      const key = pc * width + at;
      if (seen instanceof Set) {
        if (seen.has(key)) continue;
        seen.add(key);
      } else {
        if (seen.stamps[key] === seen.stamp) continue;
        seen.stamps[key] = seen.stamp;
      }
      this.steps++;
      const instruction = program[pc]!;
      switch (instruction.op) {
        case "match":
          return true;
        case "char":
          if (at < text.length && instruction.test(text.charCodeAt(at))) pending.push(instruction.next, at + 1);
          break;
        case "jump":
          pending.push(instruction.next, at);
          break;
        case "split":
          pending.push(instruction.second, at, instruction.first, at);
          break;
        case "start":
          if (at === 0) pending.push(instruction.next, at);
          break;
        case "end":
          if (at === text.length) pending.push(instruction.next, at);
          break;
        case "look":
          if (this.looks(instruction.body, at) !== instruction.negate) pending.push(instruction.next, at);
          break;
      }
    }
    return false;
  }

  private looks(body: number, position: number): boolean {
    const key = body * (this.text.length + 1) + position;
    let answer = this.lookAnswers.get(key);
    if (answer === undefined) {
      // A set, not an array per position: a lookahead mostly looks at a character or two.
      answer = this.reaches(body, position, new Set());
      this.lookAnswers.set(key, answer);
    }
    return answer;
  }
}

/**
 * The groups one expression may nest: a glob's extglobs and braces, each a group or two of
 * picomatch's expression. The reader and the matcher recurse once a group; where a V8 stack
 * runs out depends on what else is on it (3,000 nested `@(` overflowed in some test workers and
 * not in others), so the bound is a count, far below any stack, and far above a glob a person writes.
 */
const maxGroupDepth = 1000;

/** A recursive-descent reader of the regular expression subset. */
class Parser {
  private at = 0;
  /** How many groups are open where the reader stands: past maxGroupDepth, the expression is refused, before the reader's own stack (which varies with what runs it) runs out. */
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) this.fail("an unmatched )");
    return node;
  }

  private fail(what: string): never {
    throw new UnparsedExpression(`linearRegex: ${what} at ${this.at} of /${this.source}/`);
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: "alternation", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    // Each item's source, quantifier included: two items of one expression alike in it match alike (alternativesTrie).
    const keys: string[] = [];
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const start = this.at;
      items.push(this.quantified(this.atom()));
      keys.push(this.source.slice(start, this.at));
    }
    return { type: "sequence", items, keys };
  }

  private quantified(item: Node): Node {
    const { source } = this;
    let bounds: [number, number] | undefined;
    const sign = source[this.at];
    if (sign === "*") bounds = [0, Infinity];
    else if (sign === "+") bounds = [1, Infinity];
    else if (sign === "?") bounds = [0, 1];
    else if (sign === "{") {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(this.at));
      if (counted) {
        const min = Number(counted[1]);
        bounds = [min, counted[2] === undefined ? min : counted[3] === "" ? Infinity : Number(counted[3])];
        this.at += counted[0].length - 1;
      }
    }
    if (!bounds) return item;
    if (item.type === "start" || item.type === "end" || item.type === "look") this.fail("a quantified assertion");
    this.at++;
    if (source[this.at] === "?") this.at++;
    return this.quantified({ type: "repeat", item, min: bounds[0], max: bounds[1] });
  }

  private atom(): Node {
    const { source } = this;
    const sign = source[this.at++]!;
    switch (sign) {
      case "^":
        return { type: "start" };
      case "$":
        return { type: "end" };
      case ".":
        return { type: "char", test: (code) => !lineTerminator(code) };
      case "[":
        return this.charClass();
      case "\\":
        return { type: "char", test: this.escape(false) };
      case "(": {
        let look: boolean | undefined;
        if (source.startsWith("?:", this.at)) this.at += 2;
        else if (source.startsWith("?=", this.at) || source.startsWith("?!", this.at)) {
          look = source[this.at + 1] === "!";
          this.at += 2;
        } else if (source[this.at] === "?") this.fail("a group kind other than (?: (?= (?!");
        if (++this.depth > maxGroupDepth) throw new GlobRefusal(nestedTooDeeply);
        const opened = this.at;
        const body = this.alternation();
        if (source[this.at] !== ")") this.fail("an unclosed (");
        this.at++;
        this.depth--;
        return look === undefined ? body : { type: "look", negate: look, body, source: source.slice(opened, this.at - 1) };
      }
      case "{":
        // A brace that starts no count is itself, as V8 reads it outside unicode mode (picomatch writes `^\[{` for `[]^[{`).
        if (!/^\{\d+(,\d*)?\}/.test(source.slice(this.at - 1))) return { type: "char", test: this.literal(123) };
        return this.fail(`a quantifier "${sign}" with nothing before it`);
      case "*":
      case "+":
      case "?":
        return this.fail(`a quantifier "${sign}" with nothing before it`);
      default:
        return { type: "char", test: this.literal(sign.charCodeAt(0)) };
    }
  }

  private literal(code: number): CodeTest {
    if (!this.ignoreCase) return (other) => other === code;
    const lower = String.fromCharCode(code).toLowerCase();
    return (other) => String.fromCharCode(other).toLowerCase() === lower;
  }

  /** After a backslash: a class escape as a test, or (inClass) a single character's code as a test of it. */
  private escape(inClass: boolean): CodeTest & { code?: number } {
    const { source } = this;
    const sign = source[this.at++];
    if (sign === undefined) this.fail("a trailing backslash");
    const test = classEscapes.get(sign);
    if (test) return test;
    let code: number;
    if (sign === "x" || sign === "u") {
      const digits = sign === "x" ? 2 : 4;
      const hex = source.slice(this.at, this.at + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) this.fail(`a malformed \\${sign} escape`);
      this.at += digits;
      code = Number.parseInt(hex, 16);
    } else if (sign === "b" && inClass) code = 8;
    else if (/[A-Za-z1-9]/.test(sign) && !controlEscapes.has(sign)) return this.fail(`the escape \\${sign}`);
    else code = controlEscapes.get(sign) ?? sign.charCodeAt(0);
    return Object.assign(this.literal(code), { code });
  }

  private charClass(): Node {
    const { source } = this;
    const negate = source[this.at] === "^";
    if (negate) this.at++;
    const tests: CodeTest[] = [];
    while (source[this.at] !== "]") {
      if (this.at >= source.length) this.fail("an unclosed [");
      const low = this.classMember();
      if (source[this.at] === "-" && source[this.at + 1] !== "]" && this.at + 1 < source.length && low.code !== undefined) {
        this.at++;
        const high = this.classMember();
        if (high.code === undefined) this.fail("a range ending in a class");
        tests.push(this.range(low.code, high.code));
      } else tests.push(low);
    }
    this.at++;
    return { type: "char", test: (code) => tests.some((test) => test(code)) !== negate };
  }

  private classMember(): CodeTest & { code?: number } {
    const sign = this.source[this.at++]!;
    if (sign === "\\") return this.escape(true);
    const code = sign.charCodeAt(0);
    return Object.assign(this.literal(code), { code });
  }

  private range(low: number, high: number): CodeTest {
    if (low > high) this.fail("a range out of order");
    if (!this.ignoreCase) return (code) => code >= low && code <= high;
    return (code) => {
      const forms = [String.fromCharCode(code).toLowerCase(), String.fromCharCode(code).toUpperCase()];
      return forms.some((form) => form.charCodeAt(0) >= low && form.charCodeAt(0) <= high);
    };
  }
}
