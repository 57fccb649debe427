import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validatorRefs } from "./schemaSet.js";
import { generateShapes } from "./shapes.js";
import { generateTypes } from "./types.js";
import { generateValidators } from "./validators.js";

/** Where generated code lives; it is committed, and a test checks it matches schemas/. */
export const generatedDir = fileURLToPath(new URL("../src/generated/", import.meta.url));

/** Every generated file, by name in src/generated/, as its text. */
export async function generateAll(): Promise<Record<string, string>> {
  const { orderItemSearchQuery, ...kindRefs } = validatorRefs;
  return {
    "validators.ts": generateValidators(),
    "types.ts": await generateTypes(),
    "shapes.ts": generateShapes({ ...kindRefs, orderItemSearchQuery }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(generatedDir, { recursive: true });
  for (const [name, text] of Object.entries(await generateAll())) {
    writeFileSync(generatedDir + name, text);
    console.log(`wrote src/generated/${name} (${text.length} characters)`);
  }
}
