import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as TypeScript from "typescript";
import { expect, it } from "vitest";

/**
 * TypeScript required, as its CommonJS is written (as test/support/declaredTypes.ts does): imported as
 * ESM, Node first lexes its 9 MB of JavaScript for the names it exports, ~0.6 CPU-s in each worker
 * that loads it (`node -e 'require("typescript")'` 0.5 CPU-s, `await import("typescript")` 1.1).
 */
const ts = createRequire(import.meta.url)("typescript") as typeof TypeScript;

/**
 * Found reviewing f094016: with its overload for a strict-typed value, a misspelt option on an
 * `unknown` body was first reported as that overload's "Argument of type 'unknown' is not
 * assignable to parameter of type 'never'", the option's own error second. A program using
 * isValid, compiled as a consumer would (strict, nodenext), in memory, against the package's
 * own name: its declarations (package.json's types, dist/src/*.d.ts, which npm test builds
 * first), as a consumer's compiler reads them. Against src/ the compiler read and checked the
 * library's sources too, 1.5 CPU-s more for the same one call. Without @types/node: the
 * package's declarations need none of it (with skipLibCheck off they check clean without it), and
 * its hundred files (2.3 MB) were most of what the compiler read, for the same one error. With
 * lib es2022 alone, as a Node consumer's tsconfig names it: the default for the target adds the
 * DOM's declarations (lib.dom.d.ts and its kin, ~2 MB), ~0.9 CPU-s to read and bind, which
 * nothing in the call or the package's declarations needs for the same one error.
 */
const consumer = fileURLToPath(new URL("./guardConsumer.virtual.ts", import.meta.url));
const text = `import { isValid } from "oms-lint";
export function guarded(body: unknown): boolean {
  return isValid("createOrder", body, { failOn: "warnings" });
}
`;

function errorsOf(source: string): string[] {
  const options: TypeScript.CompilerOptions = { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (name === consumer ? ts.createSourceFile(name, source, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => name === consumer || fileExists.call(host, name);
  host.readFile = (name) => (name === consumer ? source : readFile.call(host, name));
  const program = ts.createProgram([consumer], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(consumer)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

it("a misspelt failOn on an unknown body: the one error is the option's, naming the value and the one meant", () => {
  const errors = errorsOf(text);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain(`'"warnings"'`);
  expect(errors[0]).toContain(`Did you mean '"warning"'?`);
  expect(errors[0]).not.toMatch(/never|No overload/);
});
