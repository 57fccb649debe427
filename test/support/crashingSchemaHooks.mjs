// A module hook (node:module register) for crashingSchemaCli.mjs: the built Create Order
// validator is replaced by one that runs out of stack, as the schema check does on a payload
// too deep for it. Only that process loads it; the product has no switch a user could trip.
export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.endsWith("/dist/src/generated/validators.js")) return loaded;
  const source = String(loaded.source).replace(
    /^export const createOrder = \w+;$/m,
    'export const createOrder = function crashes() { throw new RangeError("Maximum call stack size exceeded"); };',
  );
  if (source === String(loaded.source)) throw new Error("crashingSchemaHooks: no createOrder export to replace in validators.js");
  return { ...loaded, source };
}
