// The built CLI (dist/, which the tests' global setup builds) with the schema check of a Create
// Order throwing a RangeError: the schema check's internal error (schemaCrash, rule id "schema"),
// run as a user's command is. A process of its own, so that no other test's validator changes.
import { register } from "node:module";

register("./crashingSchemaHooks.mjs", import.meta.url);
const { main } = await import(new URL("../../dist/src/cli/main.js", import.meta.url).href);
await main();
