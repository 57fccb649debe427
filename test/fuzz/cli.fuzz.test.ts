import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../../src/cli/main.js";
import { kinds } from "../../src/kinds/kinds.js";
import { repoRoot } from "../support/cli.js";
import { hiddenBut } from "../support/shapingCharacters.js";
import { fuzzParameters, fuzzTimeout, jsonishText, mutatedText } from "./arbitraries.js";

/**
 * The whole CLI, in process, on arbitrary piped bytes in every format: it answers with
 * exit 0 or 1 (the arguments are valid), a report its format's readers take, and never an
 * internal error. (The hostile suite runs the same classes through the real process.)
 */

const formats = ["stylish", "json", "compact", "sarif", "junit", "github"] as const;
/**
 * What a terminal acts on or shows as nothing: C0 but the line feed, DEL, C1, line separators,
 * default-ignorable code points (bidi controls, U+200B, a BOM) but those that shape something,
 * written raw (variation selectors, the zero-width joiner and non-joiner after an emoji or a
 * letter: ❤️, 👨‍👩‍👧).
 */
const raw = hiddenBut(String.raw`\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Default_Ignorable_Code_Point}`);

const input = fc.oneof(
  mutatedText.map((text) => Buffer.from(text, "utf8")),
  jsonishText.map((text) => Buffer.from(text, "utf8")),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
);

const args = fc.record({
  format: fc.constantFrom(...formats),
  kind: fc.option(fc.constantFrom(...kinds.map((k) => k.kind)), { nil: undefined }),
  quiet: fc.boolean(),
  fixDryRun: fc.boolean(),
});

describe("the CLI on arbitrary piped bytes", () => {
  it(
    "exits 0 or 1 with a report its format's readers take",
    async () => {
      await fc.assert(
        fc.asyncProperty(input, args, async (bytes, { format, kind, quiet, fixDryRun }) => {
          let stdout = "";
          let stderr = "";
          const io: CliIo = {
            cwd: repoRoot,
            env: {},
            stdoutIsTTY: false,
            readStdin: async () => bytes,
            writeStdout: (text) => void (stdout += text),
            writeStderr: (text) => void (stderr += text),
          };
          const argv = ["--stdin", "--no-config", "--format", format, ...(kind ? ["--kind", kind] : []), ...(quiet ? ["--quiet"] : []), ...(fixDryRun ? ["--fix-dry-run"] : [])];
          const code = await run(argv, io);
          expect([0, 1], stderr).toContain(code);
          expect(`${stdout}${stderr}`).not.toMatch(/internal error/);
          // --fix-dry-run: the diff on stdout, the report on stderr.
          const report = fixDryRun ? stderr : stdout;
          if (!fixDryRun) expect(stderr).toBe("");
          if (format === "json") expect(JSON.parse(report)).toHaveLength(1);
          if (format === "sarif") expect(JSON.parse(report).version).toBe("2.1.0");
          if (format === "junit") expect(XMLValidator.validate(report)).toBe(true);
          if (format !== "json" && format !== "sarif" && format !== "junit") expect(report).not.toMatch(raw);
        }),
        fuzzParameters,
      );
    },
    fuzzTimeout,
  );
});
