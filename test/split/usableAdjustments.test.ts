import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitOrder } from "../../src/split/splitOrder.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { withoutPreAuthorisationNotes } from "./preAuthorisationNotes.js";

/**
 * The notes of usableAdjustments' moves, as a split's report shows them. The audit: (1) passOn
 * ping-pongs a unit between children whose room is under a unit, and a taker's note named every
 * child that ever moved it a unit, so the README's own "each" order blamed child 2, which keeps its
 * share; (2) each moved entry had a note of its own, written by walking every entry again, so
 * 2,000 promotions printed 3,998 notes and the work was quadratic.
 */
const reading = '(how promotions and discounts are split is our reading: the documents say only that they "are applied to the order")';

/** USD items of those availabilities, prices and shippings (one each), and promotions of those amounts. */
const orderOf = (lines: readonly (readonly [string, number, number?])[], promotions: readonly number[]) =>
  orderWithItems(
    lines.map(([availability, actualPrice, shipping], i) => orderItem({ partNumber: `U${i}`, availability, actualPrice, ...(shipping !== undefined && { itemSpecifics: { shipping } }) })),
    { currency: "USD", shippingTax: 0, promotions: promotions.map((amount, k) => ({ code: `P${k}`, amount })) },
  );

/** The repro's order: `count` promotions, those at an odd index of `odd`, on Y 0.01 (+ a shipping of count / 50) and P 0.01. */
const manyPromotions = (count: number, odd = 0.02) =>
  orderOf([["Y", 0.01, count / 50], ["P", 0.01]], Array.from({ length: count }, (_, k) => (k % 2 === 0 ? 0.02 : odd)));

/** Each child's notes, but those of the example's pre-authorised payment, which it shares (withoutPreAuthorisationNotes). */
const notesOf = (order: JsonObject) => splitOrder(order).report.map((child) => withoutPreAuthorisationNotes(child.notes));

describe("usableAdjustments' notes", () => {
  const table: { name: string; order: JsonObject; notes: string[][] }[] = [
    {
      name: 'the README\'s "each" order: child 1 names only child 3, which gave its share; child 2 keeps its own and has no note',
      order: orderOf([["Y", 0.287], ["D", 0.447], ["P", 0.006]], [0.73]),
      notes: [
        [
          `promotions 0: its amount here is 0.29, not its share by item subtotal, 0.28: it takes 0.01 that child 3 cannot use, as that order owes less than its share ${reading}`,
          `its promotions and discounts here add up to 0.29, 0.003 more than the 0.287 it owes before them, and its siblings have room for 0.013 between them, but each for less than a unit of 0.01 (child 2: 0.007, child 3: 0.006), so a unit moved to one would leave that one taking off more than it owes: 0.003 of them goes unused and this order owes 0, the slack of a fraction of a unit that moving shares in whole units of the currency leaves (the order's promotions and discounts are not more than all it owes) ${reading}`,
        ],
        [],
        [
          `promotions 0: its amount here is 0, not its share by item subtotal, 0.01: this order's shares by item subtotal of the promotions and discounts add up to 0.01, 0.004 more than the 0.006 it owes before them, so 0.01 of this share goes to child 1 ${reading}`,
        ],
      ],
    },
    {
      name: "2,000 promotions of 0.02: one note a child, naming the moved entries as a run and how many",
      order: manyPromotions(2_000),
      notes: [
        [`promotions 0-1998 (1999 entries): its amounts here add up to 39.98, not its shares by item subtotal, 19.99: it takes 19.99 that child 2 cannot use, as that order owes less than its shares ${reading}`],
        [
          `promotions 0-1998 (1999 entries): its amounts here add up to 0, not its shares by item subtotal, 19.99: this order's shares by item subtotal of the promotions and discounts add up to 20, 19.99 more than the 0.01 it owes before them, so 19.99 of these shares goes to child 1 ${reading}`,
        ],
      ],
    },
  ];
  for (const { name, order, notes } of table) it(name, () => expect(notesOf(order)).toEqual(notes));

  // No output grows with the entry count: 2,000 entries, every other one moved, give each child one
  // note whose list of entries shortenList cuts to its first and last around "…", with how many. A
  // tenth of the 20,000 first checked here: its 999 moved entries, written out, are some 17,000
  // characters, far past the 700, and a note an entry 999 notes; the note is the same length.
  it("2,000 promotions, every other one moved: one short note a child, its entries shortened and counted", () => {
    const notes = notesOf(manyPromotions(2_000, 0));
    expect(notes.map((child) => child.length)).toEqual([1, 1]);
    for (const [note] of notes) {
      expect(note!.length).toBeLessThan(700);
      expect(note).toMatch(/^promotions 0, promotions 2, promotions 4, .*, …, .*promotions 1996 \(999 entries\): its amounts here add up to /);
    }
    expect(notes[0]![0]).toContain(": it takes 9.99 that child 2 cannot use, as that order owes less than its shares");
    expect(notes[1]![0]).toContain("so 9.99 of these shares goes to child 1 ");
  });

  const thousandths = (text: string) => Math.round(Number(text) * 1000);

  /** Each note's entries ("promotions 0-2, discounts 1 (4 entries)") as "promotions 0" …, the children it names, and its numbers in thousandths. */
  const parsed = (note: string) => {
    const head = /^((?:(?:promotions|discounts) \d+(?:-\d+)?(?:, )?)+)(?: \(\d+ entries\))?: its amounts? here (?:is|add up to) (\S+), not its shares? by item subtotal, (\S+): /.exec(note);
    if (!head) return undefined;
    const entries = head[1]!.split(", ").flatMap((run) => {
      const [, key, first, last] = /^(\w+) (\d+)(?:-(\d+))?$/.exec(run)!;
      return Array.from({ length: Number(last ?? first) - Number(first) + 1 }, (_, i) => `${key} ${Number(first) + i}`);
    });
    const named = /(?:that|goes to) (?:child|children) (\d+(?:(?:,? and |, )\d+)*)/.exec(note)!;
    const children = named[1]!.split(/,? and |, /).map((n) => Number(n) - 1);
    const moved = /it takes (\S+) that|so (\S+) of th(?:is share|ese shares) goes/.exec(note)!;
    return { entries, taker: note.includes(": it takes "), children, now: thousandths(head[2]!), was: thousandths(head[3]!), moved: thousandths(moved[1] ?? moved[2]!) };
  };

  // Whom a note names is whom the other's notes name back: a child named as giving an entry to this
  // one has a note of that entry naming this one among its takers, and the reverse. Child 2 of the
  // README's order, named as a giver, had no note at all. And its numbers hold: what it says the
  // child's amounts come to is what its promotions read, and what moved is the difference.
  it("property: a taker names only children whose note gives it that entry, and a giver only children whose note takes it", () => {
    const order = fc.record({
      lines: fc.array(fc.tuple(fc.constantFrom("Y", "D", "P"), fc.integer({ min: 1, max: 999 })), { minLength: 2, maxLength: 4 }),
      promotions: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(order, ({ lines, promotions }) => {
        const result = splitOrder(orderOf(lines.map(([a, p]) => [a, p / 1000] as const), promotions.map((cents) => cents / 100)));
        const notes = result.report.map((child) => child.notes.flatMap((note) => parsed(note) ?? []));
        const amounts = result.children.map((child) => ((child as JsonObject).promotions as JsonObject[]).map((p) => thousandths(String(p.amount))));
        notes.forEach((child, c) => {
          for (const { entries, taker, children, now, was, moved } of child) {
            expect(now).toBe(entries.reduce((sum, entry) => sum + amounts[c]![Number(entry.split(" ")[1])]!, 0));
            expect(moved).toBe(taker ? now - was : was - now);
            for (const other of children) {
              for (const entry of entries) {
                const answer = notes[other]!.find((n) => n.entries.includes(entry) && n.taker !== taker);
                expect(answer?.children, `child ${c + 1} names child ${other + 1} on ${entry}`).toContain(c);
              }
            }
          }
        });
      }),
      { seed: 20261206, numRuns: 80, examples: [[{ lines: [["Y", 287], ["D", 447], ["P", 6]], promotions: [73] }]] },
    );
  });
});
