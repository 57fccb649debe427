// The built CLI with the schema check of a Create Order throwing a RangeError, as the schema
// check does on a payload too deep for it: the schema check's internal error (schemaCrash, rule
// id "schema"), run as a user's command is. A copy of the bundle the bin loads, loaded in the
// test's process (test/support/patchedBundle.ts), its Create Order validator (the generated
// validators.js's `export const createOrder = validateN`) replaced by one that throws; no other
// test's validator changes.
import { patchedCli } from "./patchedBundle.js";

export const crashingSchemaCli = patchedCli((source) => {
  const name = /__export\(validators_exports,\{createOrder:\(\)=>([\w$]+)[,}]/.exec(source)?.[1];
  if (name === undefined) return source;
  const definition = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}=validate\\d+(?=[,;])`);
  return source.replace(definition, `${name}=function crashes(){throw new RangeError("Maximum call stack size exceeded")}`);
}, "the Create Order validator");
