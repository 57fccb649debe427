// The built CLI with the schema check of a Create Order throwing a RangeError, as the schema
// check does on a payload too deep for it: the schema check's internal error (schemaCrash, rule
// id "schema"), run as a user's command is. A process of its own, so that no other test's
// validator changes; the bundle the bin loads, its Create Order validator (the generated
// validators.js's `export const createOrder = validateN`) replaced by one that throws.
import { runPatchedBundle } from "./patchedBundle.mjs";

await runPatchedBundle((source) => {
  const name = /__export\(validators_exports,\{createOrder:\(\)=>([\w$]+)[,}]/.exec(source)?.[1];
  if (name === undefined) return source;
  const definition = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}=validate\\d+(?=[,;])`);
  return source.replace(definition, `${name}=function crashes(){throw new RangeError("Maximum call stack size exceeded")}`);
}, "the Create Order validator");
