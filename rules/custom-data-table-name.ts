import { tableSpellings } from "../src/domain/examplesSpelling.js";
import { asObject } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import { pointer } from "../src/json/jsonPointer.js";

/**
 * Create Order's table names the order's hash customerOrderDate; its own example, and the
 * import's table and example, send customOrderData (src/domain/examplesSpelling.ts, its one
 * entry). The schema takes either name, so a payload the OMS may take is never refused; but a
 * hash sent under the table's name alone may be one the OMS never reads. Both names at once are
 * unknown-property's finding (bothNames: the field sent twice), and an import, whose schema knows
 * customOrderData alone, gets unknown-property's "did you mean" there.
 */
export const customDataTableName = defineRule({
  meta: {
    id: "custom-data-table-name",
    description:
      "A Create Order that sends its custom data hash only as customerOrderDate, the name of the document's table, where every example sends customOrderData: if the OMS reads only customOrderData, the custom data is lost without an error (our reading).",
    defaultSeverity: "warning",
    // The documents never say which name the OMS reads: the table and the examples disagree.
    evidence: "inferred",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Optional Parameters; Historic Order Import (seeds/003), Optional Parameters",
      passage:
        "customerOrderDate object A hash of custom data to be associated with order, used for many purposes. … customOrderData object A hash of custom data to be associated with order, used for many purposes.",
    },
    // The verdict reads the examples' name as absent: a key the client names in a request body may be it.
    reads: { tableNameOnly: ["/customOrderData"] },
    messages: {
      tableNameOnly:
        "{{name}} is the only name this order gives its custom data hash: Create Order's table names the hash {{table}} (“customerOrderDate object A hash of custom data to be associated with order”), but Create Order's own example, and the Historic Order Import's table and example, send {{field}}. The documents do not settle which name the OMS reads; if it reads only {{field}}, this custom data is lost without an error (our reading: send it as {{field}}, the name every example uses)",
    },
  },
  visit: {
    payload({ value, report }) {
      const order = asObject(value);
      if (order === undefined) return;
      for (const { table, examples } of tableSpellings) {
        // null sends no custom data, so nothing is lost; the examples' name beside it (even null) is unknown-property's finding.
        // A value that is no hash ("x", [], 5) is the schema's type error at the key: no custom data to lose, and one finding there.
        if (!Object.hasOwn(order, table) || asObject(order[table]) === undefined || Object.hasOwn(order, examples)) continue;
        report({ path: pointer("", table), messageId: "tableNameOnly", data: { name: JSON.stringify(table), table, field: examples }, at: "key" });
      }
    },
  },
});
