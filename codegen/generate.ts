import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSchemas, validatorRefs } from "./schemaSet.js";
import { generateSchemaRules } from "./schemaRules.js";
import { buildShapes, generateConfigShape, generateShapes } from "./shapes.js";
import { generateWalkers } from "./walkers.js";
import { generateAcceptedTypes, generateTypes } from "./types.js";
import { generateAjvRuntime, generateConfigValidator, generateValidators } from "./validators.js";
import { generateEditorSchemas } from "./editorSchemas.js";
import { generateTypedExamples } from "./typedExamples.js";
import { generateEvidenceDoc } from "./evidence.js";
import { generateJsonSchemas } from "./jsonSchemas.js";
import { generateConstraintPassages } from "./constraintPassages.js";
import { generateNumberTypes } from "./numberTypes.js";
import { generateFieldNames } from "./fieldNames.js";
import { generatePatternLists } from "./patternLists.js";

/** Where generated code lives; it is committed, and a test checks it matches schemas/. */
export const generatedDir = fileURLToPath(new URL("../src/generated/", import.meta.url));
/** The schemas as the editor reads them (see editorSchemas.ts); committed and checked likewise. */
export const editorSchemaDir = fileURLToPath(new URL("../schemas/editor/", import.meta.url));

/** Every check with its passage, evidence, default severity, rule and tests (docs/evidence.md). */
export const evidenceDocFile = fileURLToPath(new URL("../docs/evidence.md", import.meta.url));

/** The examples as typed constants, which the type-check of `npm test` compiles. */
export const typedExamplesFile = fileURLToPath(new URL("../test/generated/typedExamples.ts", import.meta.url));

/** Every generated file, by name in src/generated/, as its text. */
export async function generateAll(): Promise<Record<string, string>> {
  const shapes = buildShapes(validatorRefs);
  const strictTypes = await generateTypes();
  return {
    "ajvRuntime.ts": generateAjvRuntime(),
    "validators.ts": generateValidators(),
    "configValidator.ts": generateConfigValidator(),
    "configShape.ts": generateConfigShape(),
    "types.ts": strictTypes,
    "acceptedTypes.ts": await generateAcceptedTypes(strictTypes),
    "shapes.ts": generateShapes(shapes),
    "walkers.ts": generateWalkers(shapes),
    "jsonSchemas.ts": generateJsonSchemas(),
    "schemaRules.ts": generateSchemaRules(loadSchemas()),
    "constraintPassages.ts": generateConstraintPassages(loadSchemas()),
    "numberTypes.ts": generateNumberTypes(loadSchemas()),
    "fieldNames.ts": generateFieldNames(loadSchemas()),
    "patternLists.ts": generatePatternLists(loadSchemas()),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(generatedDir, { recursive: true });
  const generated = await generateAll();
  // The rule list (rules/index.ts) reads the schema rules this run writes: with new ones, the
  // evidence doc and the editor's config schema are made by a second run that loads them.
  const rulesFile = `${generatedDir}schemaRules.ts`;
  const rulesChanged = !existsSync(rulesFile) || readFileSync(rulesFile, "utf8") !== generated["schemaRules.ts"];
  for (const [name, text] of Object.entries(generated)) {
    writeFileSync(generatedDir + name, text);
    console.log(`wrote src/generated/${name} (${text.length} characters)`);
  }
  if (rulesChanged && process.env.OMS_LINT_CODEGEN_AGAIN === undefined) {
    console.log("the schema rules changed: generating again with them loaded");
    execFileSync(process.execPath, [...process.execArgv, process.argv[1]], { stdio: "inherit", env: { ...process.env, OMS_LINT_CODEGEN_AGAIN: "1" } });
    process.exit(0);
  }
  mkdirSync(dirname(typedExamplesFile), { recursive: true });
  writeFileSync(typedExamplesFile, generateTypedExamples());
  writeFileSync(evidenceDocFile, generateEvidenceDoc());
  console.log("wrote docs/evidence.md");
  console.log("wrote test/generated/typedExamples.ts");
  mkdirSync(editorSchemaDir, { recursive: true });
  for (const [name, text] of Object.entries(generateEditorSchemas())) {
    writeFileSync(editorSchemaDir + name, text);
    console.log(`wrote schemas/editor/${name} (${text.length} characters)`);
  }
}
