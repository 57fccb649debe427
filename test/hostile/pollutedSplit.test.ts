import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitOrder } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderPayment, orderWithItems, type JsonObject } from "../support/payloads.js";
import { namesReadBySource, payloadFieldNames } from "../support/readNames.js";
import { hostileValues, prototypes, withPolluted, type Pollution } from "../support/prototypePollution.js";

/**
 * splitOrder() and `oms-lint split` with a prototype polluted as a vulnerable deep merge pollutes
 * it (test/support/prototypePollution.ts). The order is a payload, read as JSON.stringify sends it
 * (its own enumerable keys), the options as the caller's object answers them, and split's own
 * objects answer no name they do not hold: `Object.prototype.externalOrderID = "WEB-1"` split an
 * order that has none into children named "WEB-1-1"…, which carried no externalOrderID of their own
 * (split was never swept). The oracle is the clean prototype's result: the children, the report and
 * its notes, or the error's message and pointer.
 */

/** An item the documents' example shapes, without product.availability. */
function withoutAvailability(): JsonObject {
  const item = orderItem({ partNumber: "Loose", actualPrice: 4 });
  delete (item.product as JsonObject).availability;
  return item;
}

/** The order's own keys but `key`: a payload sent without that field. */
function without(order: JsonObject, key: string): JsonObject {
  const { [key]: _left, ...rest } = order;
  return rest;
}

/**
 * Split three ways (P; Y with an item of no availability; D), reaching every amount split divides or
 * moves: shippingTax, a line's tax, shipping and shipping tax, a promotion's and a discount's share a
 * child cannot use, a promotion whose amount is no number (a note), a pre-authorised payment the
 * children share, and a gift card whose share rounds to 0 in one child.
 */
const everyAmount = orderWithItems(
  [
    orderItem({ partNumber: "Pre", availability: "P", actualPrice: 10, quantity: 2, itemTaxOverride: 1.5, itemSpecifics: { shipping: 30, shippingTax: 0.3 } }),
    orderItem({ partNumber: "Now", availability: "Y", actualPrice: 0.5 }),
    orderItem({ partNumber: "Old", availability: "D", actualPrice: 7.5, itemSpecifics: { shipping: 2 } }),
    withoutAvailability(),
  ],
  {
    shippingTax: 2.03,
    promotions: [
      { code: "SPRING", amount: 1.5 },
      { code: "GIFT", amount: "one free" },
    ],
    discounts: [{ code: "LOYAL", amount: 40 }],
    orderPayments: [
      orderPayment({}, { maxAmount: null, authAmount: 20, transactionID: "12123", authorizationID: "48484" }),
      orderPayment({ paymentType: "GX", cardIssuer: null, cardNumber: "6000" }, { maxAmount: 50, authAmount: 10 }),
    ],
  },
);
/**
 * Split (P and Y) with its items, its ID and a discount of 1 alone (0.50 each; in yen, 1 and 0): no
 * currency, shippingTax, promotions or payments for a prototype to stand in for.
 */
const bare: JsonObject = { externalOrderID: "BARE-7", orderItems: [orderItem({ availability: "P" }), orderItem({ availability: "Y" })], discounts: [{ amount: 1 }] };
/** One that must be split (P, Y and D) but has no externalOrderID: refused. */
const noId = without(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), "externalOrderID");
/** One that needs no split (Y and N), with no externalOrderID: its report's is "". */
const unsplit = without(orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "N" })]), "externalOrderID");
const orders = [everyAmount, bare, noId, unsplit];

/** What a caller gets of each order: the result, or what threw (its class, message and pointer). */
function splits(): unknown[] {
  return orders.map((order) => {
    try {
      return splitOrder(order);
    } catch (error) {
      const { name, message, pointer } = error as Error & { pointer?: string };
      return { thrown: name, message, pointer };
    }
  });
}

/** The prototypes of every object and array in `value`. */
function prototypesIn(value: unknown, found = new Set<unknown>()): Set<unknown> {
  if (typeof value !== "object" || value === null) return found;
  found.add(Object.getPrototypeOf(value));
  for (const member of Object.values(value)) prototypesIn(member, found);
  return found;
}

/** Each name, the value it is given (a string, unless a value shows the defect better), and why it mattered. */
const names: readonly [name: string, value: unknown, read: string][] = [
  // splitOrder's options, read by name off the caller's object (`{}` when none is given): a polluted `idTemplate`, `rules`,
  // `settings`, `existing`, `maxDepth`, `maxEntries`, `maxValues` or `minorDigits` refused every order with a TypeError about
  // an option the caller never gave ("splitOrder: options.idTemplate: an ID template must contain {n} …; got \"x\"").
  ["idTemplate", "x", "an option"],
  ["idTemplate", "{n}", "an option (children named 1, 2, …)"],
  ["minorDigits", "x", "an option"],
  ["minorDigits", 0, "an option (shares in whole units)"],
  ["maxValues", "x", "an option"],
  ["settings", "x", "an option"],
  ["rules", "x", "an option checked though split takes none"],
  ["existing", "x", "an option checked though split takes none"],
  ["maxDepth", "x", "an option checked though split takes none"],
  ["maxEntries", "x", "an option checked though split takes none"],
  // The order's fields, read by name off its snapshot (objects split copies it into, which were plain `{}`): an order without
  // externalOrderID was split into children "WEB-1-1"… that carried none, and an unsplit one's report named "WEB-1"; one
  // without orderID was refused as holding one; a missing shippingTax, or a line's shipping, was refused as "no number"; an
  // item without an availability was refused as of availability "x"; a payment without a transactionID was said to be
  // pre-authorised and shared; an order without a currency was split in yen.
  ["externalOrderID", "WEB-1", "the order's"],
  ["orderID", "x", "the order's"],
  ["shippingTax", "x", "the order's and a line's"],
  ["shippingTax", 7, "the order's and a line's"],
  ["currency", "JPY", "the order's"],
  ["shipping", "x", "a line's"],
  ["availability", "x", "an item's product's"],
  ["transactionID", "x", "a payment's"],
  ["authorizationID", "x", "a payment's"],
  // What the snapshot's walk reads of each object it copies: a Map's and a Set's copies are finished once their members are,
  // and an object's or an array's were given a polluted `finish`, and called ("top.finish is not a function" of every order).
  ["finish", "x", "a copied object's"],
  // The children's IDs, which say how far the original's was cut only where it was: every child was told its ID was cut to
  // its first 5 characters, "another order whose externalOrderID begins with the same 5 characters gets the same IDs".
  ["truncatedTo", 5, "the children's IDs'"],
  // Index-like names: the depth check's stack, popped to empty, was read at -1, which the prototype answered: every split
  // threw "Cannot create property 'height' on string 'x'" (Array.prototype's -1 too).
  ["-1", "x", "the depth check's stack"],
  // A payment's share in a child, which holds a maxAmount only where the payment has a limit: a credit card of no limit was
  // written with the polluted one's (`"maxAmount": 1` in every child).
  ["maxAmount", 1, "a payment's share in a child"],
];

const folder = scratchFolders("polluted-split");
const childId = (n: number) => `8885456-98658-12215-${n}`;

/**
 * A folder where `everyAmount` was split before: cart.json, its three children, and a fourth child
 * now stale. Made before the prototype is polluted (Node's fs reads `mode` off the options it is
 * given, and the test's own writes are no part of what is tested).
 */
const splitBefore = () =>
  folder({
    "cart.json": JSON.stringify(everyAmount, null, 2) + "\n",
    ...Object.fromEntries([1, 2, 3, 4].map((n) => [`cart-${n}.json`, JSON.stringify({ externalOrderID: childId(n) })])),
  });

/** A folder of an order that needs no split and has no externalOrderID, beside a user's file at its first child's name whose ID is "x-1". */
const besideNoId = () => folder({ "plain.json": JSON.stringify(unsplit), "plain-1.json": JSON.stringify({ externalOrderID: "x-1" }) });

/** `oms-lint split --force <file>` in `dir`: its exit code, what it prints, and every file the folder holds after, the folder's path written `<dir>`. */
async function cliSplit(dir: string, args: readonly string[]): Promise<unknown> {
  const run = await runCli(["split", "--force", ...args], { cwd: dir });
  const files = readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), "utf8")]);
  return JSON.parse(JSON.stringify({ run, files }).replaceAll(dir, "<dir>"));
}

/**
 * Left out as the other sweeps leave them out (test/hostile/pollutedPrototype.test.ts): names Node or
 * JSON itself reads off every object before oms-lint does, and the names a prototype holds already (a
 * built-in replaced, not a name added).
 */
const nodeMisbehaves = new Set(["then", "toJSON", "return", "signal"]);
/** Index-like names: a read past an array's end falls through to the prototype. */
const indexNames = ["-1", ...Array.from({ length: 21 }, (_, i) => String(i))];
const everyName = [...new Set([...namesReadBySource(), ...payloadFieldNames(), ...indexNames])].sort();
const pollutable = (prototype: object) => everyName.filter((name) => !nodeMisbehaves.has(name) && !(name in prototype));

/** Names the command line read by name, each with the folder, the arguments and why it mattered. */
const cliNames: readonly [name: string, read: string, folder: () => string, args: readonly string[]][] = [
  // The run split builds from its options, which set no --rule and no --kind: a polluted `rules` was laid over the config's
  // (exit 2, 'unknown rule "0"'), and the run, which holds no `undecodable`, read the prototype's as the file was read (an
  // internal error, "run.undecodable?.has is not a function").
  ["rules", "the command line's --rule", splitBefore, ["cart.json"]],
  ["undecodable", "the run's", splitBefore, ["cart.json"]],
  // The JSON report of an order that needs no split: its child was given files[0], `"filePath": "x"`, though none was written.
  ["0", "the children's files, past the end of none", besideNoId, ["--format", "json", "plain.json"]],
];

describe("a polluted prototype does not change what split gives", () => {
  let clean: unknown[] | undefined;
  const cleanSplits = () => (clean ??= splits());

  it("checks what it means to: its orders are split, refused and left whole on a clean prototype, the children ordinary objects", () => {
    const [rich, bareResult, refused, alone] = cleanSplits() as [{ split: boolean; report: unknown[]; children: unknown[] }, { split: boolean }, { message: string }, { split: boolean }];
    expect([rich.split, rich.report.length, bareResult.split, alone.split]).toEqual([true, 3, true, false]);
    expect(refused.message).toMatch(/^the order must be split, but it has no externalOrderID/);
    // What a caller's code does with a child (`child.hasOwnProperty(…)`, `${child}`) works as on the order it gave.
    expect(prototypesIn(rich.children)).toEqual(new Set([Array.prototype, Object.prototype]));
  });

  it.each(names)("Object.prototype.%s holding %j (%s): splitOrder() gives the clean prototype's result", async (name, value) => {
    const pollution: Pollution = ["Object.prototype", Object.prototype as Record<string, unknown>, name, [String(value), value]];
    expect(await withPolluted([pollution], splits)).toStrictEqual(cleanSplits());
  });

  it.each(cliNames)("Object.prototype.%s holding a string (%s): `oms-lint split --force` gives the clean prototype's result", async (name, _read, made, args) => {
    const clean = await cliSplit(made(), args);
    const dir = made();
    expect(await withPolluted([["Object.prototype", Object.prototype as Record<string, unknown>, name, ["a string", "x"]]], () => cliSplit(dir, args))).toEqual(clean);
  });

  let cleanCli: unknown;
  /**
   * Every name the sources read, every payload field name and the index-like names at once, each value
   * in turn, on each prototype: one run a value (each change of a prototype makes V8 drop what it
   * compiled, and a run a name and value cost minutes: an exhaustive run of each name alone, holding a
   * string, over the orders here found the names above and none other). The command line's run is
   * held to its clean result on Array.prototype. On Object.prototype, with every name at once, its
   * children's write fails ("cannot write the child cart-1.json: x (x)"; with null,
   * "invalid_argument"), from Node.js 20's own fs in any program: fs.writeSync reads `error` off the
   * context object it makes for its binding (handleErrorFromBinding) and throws it, so that even
   * `process.stdout.write` to a file throws "invalid_argument"; and `href` with `protocol` make any
   * path, a string through String.prototype too, read as a URL (writeFileSync, readFileSync and
   * renameSync throw ERR_INVALID_URL). With those three left out too, the run gives the clean result,
   * but vitest then reports an unhandled error holding the polluted value (`7`), from where is not
   * traced: so the command line is not held to it on Object.prototype.
   */
  it.each(prototypes.flatMap(([where, prototype]) => hostileValues.map(([label, value]) => [where, label, prototype, value] as const)))(
    "every name at once on %s holding %s: splitOrder() gives the clean prototype's results (and `oms-lint split --force` over an earlier split, on Array.prototype)",
    async (where, label, prototype, value) => {
      cleanSplits();
      const withCli = prototype === (Array.prototype as unknown);
      if (withCli) cleanCli ??= await cliSplit(splitBefore(), ["cart.json"]);
      const dir = withCli ? splitBefore() : undefined;
      const pollutions = pollutable(prototype).map((name): Pollution => [where, prototype, name, [label, value]]);
      const [found, cli] = await withPolluted(pollutions, async () => [splits(), dir === undefined ? undefined : await cliSplit(dir, ["cart.json"])] as const);
      expect(found).toStrictEqual(cleanSplits());
      if (withCli) expect(cli).toEqual(cleanCli);
    },
  );
});
