import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);

// Vitest transpiles TypeScript and hides ESM/CJS faults (the generated validators call
// require); a user's plain `node` does not. `npm test` builds dist/ first.
describe("the built package under plain node", () => {
  it("imports by its own name and validates", () => {
    const script = `import { validate, kinds } from "oms-lint";
      const r = validate("createOrder", {});
      console.log(JSON.stringify({ errors: r.errorCount, kinds: kinds.length }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    const parsed = JSON.parse(out) as { errors: number; kinds: number };
    expect(parsed.errors).toBeGreaterThan(0);
    expect(parsed.kinds).toBe(8);
  });
});
