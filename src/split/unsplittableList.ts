import { asObject } from "../domain/payloadParts.js";

/** The order's lists whose entries split shares out among the children, and what each child would do with a copy of the whole. */
const sharedLists = {
  orderPayments: "authorising the whole payment",
  promotions: "taking off the whole amount",
  discounts: "taking off the whole amount",
} as const;

type SharedList = keyof typeof sharedLists;

/**
 * The first of orderPayments, promotions and discounts that is an object, not an array: split
 * shares out an array's entries, and copied such an object whole into every child (two
 * children each authorising the whole 20.00: split audit). Undefined when none is.
 */
export function unsplittableList(order: unknown): { readonly path: string; readonly field: SharedList } | undefined {
  const top = asObject(order);
  if (top === undefined) return undefined;
  const field = (Object.keys(sharedLists) as SharedList[]).find((name) => {
    const value = top[name];
    return typeof value === "object" && value !== null && !Array.isArray(value);
  });
  return field === undefined ? undefined : { path: `/${field}`, field };
}

/** Why such a list stops a split, in the words split's refusal and SplitError share. */
export function unsplittableListWords({ path, field }: { readonly path: string; readonly field: SharedList }): string {
  return `${path} is an object, not an array: split shares each entry of an array out among the children, and would copy an object whole into every one (each child ${sharedLists[field]}); write it as an array ([ … ]) first`;
}
