import standaloneCode from "ajv/dist/standalone/index.js";
import { describe, expect, it } from "vitest";
import { markErrorSites } from "../../codegen/errorSites.js";
import { inlineLeafRefs } from "../../codegen/inlineLeafRefs.js";
import type { JsonSchema } from "../../codegen/schemaSet.js";
import { newAjv } from "../../codegen/validators.js";

/** Compiles schemas as codegen does and returns the generated module's code (no runtime helpers are needed by these). */
function generate(schemas: Record<string, JsonSchema>, root: string): string {
  const ajv = newAjv();
  const { schemas: compiled, origins } = inlineLeafRefs(new Map(Object.entries(schemas)));
  for (const [key, schema] of compiled) ajv.addSchema(schema, key);
  return markErrorSites(standaloneCode.default(ajv, { check: root }), ajv, compiled, origins);
}

type Check = ((value: unknown) => boolean) & { errors: { instancePath: string; keyword: string; message: string; up?: number }[] | null };
async function load(code: string): Promise<Check> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { check: Check };
  return module.check;
}

describe("markErrorSites", () => {
  it("words an error by its own keyword's message, else by the nearest string or property message above it, through a copied leaf $ref", async () => {
    const check = await load(
      generate(
        {
          "leaf.json": { definitions: { count: { type: "integer", minimum: 1, errorMessage: { type: "count must be an integer" } } } },
          "root.json": {
            type: "object",
            properties: {
              n: { $ref: "leaf.json#/definitions/count" },
              list: { type: "array", items: { type: "string" }, errorMessage: "list holds strings only" },
              q: { type: "object", properties: { id: { type: "integer" } } },
            },
            errorMessage: { properties: { q: "q is an object with an integer id" } },
          },
        },
        "root.json",
      ),
    );
    expect(check({ n: "x", list: ["a", 2], q: { id: "z" } })).toBe(false);
    const said = check.errors!.map((e) => [e.instancePath, e.keyword, e.message, e.up ?? 0]);
    expect(said).toEqual([
      ["/n", "type", "count must be an integer", 0],
      ["/list/1", "type", "list holds strings only", 1],
      ["/q/id", "type", "q is an object with an integer id", 1],
    ]);
    // A keyword its subschema gives no message keeps Ajv's own.
    expect(check({ n: 0 })).toBe(false);
    expect(check.errors!.map((e) => e.message)).toEqual(["must be >= 1"]);
  });

  it("refuses a message over a $ref that stays a call, whose errors it could not word", () => {
    const schemas = {
      "defs.json": { definitions: { inner: { type: "string" }, outer: { type: "object", properties: { a: { $ref: "#/definitions/inner" } } }, wrap: { properties: { o: { $ref: "#/definitions/outer" } } } } },
      "root.json": { properties: { w: { $ref: "defs.json#/definitions/wrap", errorMessage: "w is wrong" } } },
    };
    expect(() => generate(schemas, "root.json")).toThrow(/errorMessage covers a \$ref that is not a leaf/);
  });
});
