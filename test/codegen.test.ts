import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateAll, generatedDir, typedExamplesFile } from "../codegen/generate.js";
import { generateTypedExamples } from "../codegen/typedExamples.js";

// Generated code is committed; it must be what `npm run codegen` makes of schemas/ now.
describe("generated code", () => {
  it("is up to date with schemas/ (run `npm run codegen` and commit)", async () => {
    const generated = await generateAll();
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(generatedDir + name, "utf8"), `src/generated/${name}`).toBe(text);
    }
  });

  it("holds every example as a typed constant (tsc checks them against the generated types)", () => {
    expect(readFileSync(typedExamplesFile, "utf8")).toBe(generateTypedExamples());
  });
});
