/**
 * The name of one `name=value` pair of a query, decoded as URLSearchParams decodes it; undefined
 * for an empty pair. Read after a `&`: URLSearchParams drops a text's leading `?`, which in a pair
 * past the query's own `?` (`&?orderID=1`) is the name's first character ("?orderID", as the
 * query's checks read it), not a query's start.
 */
export function pairName(pair: string): string | undefined {
  return new URLSearchParams(`&${pair}`).keys().next().value;
}
