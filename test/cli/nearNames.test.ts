import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli, valuePosition } from "../support/cli.js";
import { configRun } from "../support/configRun.js";

/** The unknown-kind finding's id is kind: --unknown-kind sets it, and --rule and the config's rules are pointed there. */
const kindNotARule = `"kind" is not a rule but the finding of a file whose kind cannot be told: its level is set with --unknown-kind error, warn or off (the config has no setting for it; a "files" entry or --kind names a file's kind)`;

/**
 * A misspelt option value or config key is answered with the name it most likely stands for,
 * in the library's words (`unknown setting "onblocks" (did you mean "onBlocks"?)`); where no
 * name is near, the message stays as it was, listing what is allowed.
 */

const formatList = "stylish, json, compact, sarif, junit, github, gitlab, rdjson";

describe("a misspelt option value on the command line: exit 2, one line naming the value meant", () => {
  it.each([
    // --format, alone and with a file
    [["--format", "stylsh", "payloads"], `unknown format "stylsh" (did you mean "stylish"?); the formats are: ${formatList}`],
    [["-f", "sarf:out.sarif", "payloads"], `unknown format "sarf" (did you mean "sarif"?); the formats are: ${formatList}`],
    [["--format", "JSON", "payloads"], `unknown format "JSON" (did you mean "json"?); the formats are: ${formatList}`],
    [["--format", "xml", "payloads"], `unknown format "xml"; the formats are: ${formatList}`],
    [["split", "--format", "jsn", "payloads/customData.json"], 'split: unknown format "jsn" (did you mean "json"?); the formats are: text, json'],
    [["split", "--format", "xml", "payloads/customData.json"], "split: unknown format \"xml\"; the formats are: text, json"],
    // --unknown-kind
    [["--unknown-kind", "eror", "payloads"], '--unknown-kind takes error, warn or off, not "eror" (did you mean "error"?)'],
    [["--unknown-kind", "Warn", "payloads"], '--unknown-kind takes error, warn or off, not "Warn" (did you mean "warn"?)'],
    [["--unknown-kind", "sometimes", "payloads"], '--unknown-kind takes error, warn or off, not "sometimes"'],
    // "warning", the word of a finding's severity (and a level validate() takes), is the level "warn" here.
    [["--unknown-kind", "warning", "payloads"], '--unknown-kind takes error, warn or off, not "warning" (did you mean "warn"?)'],
    // --concurrency's words
    [["--concurrency", "aut", "payloads"], '--concurrency takes a whole number of at least 1, "auto" or "off", not "aut" (did you mean "auto"?)'],
    [["--concurrency", "of", "payloads"], '--concurrency takes a whole number of at least 1, "auto" or "off", not "of" (did you mean "off"?)'],
    [["--concurrency", "0", "payloads"], '--concurrency takes a whole number of at least 1, "auto" or "off", not "0"'],
    [["--concurrency", "many", "payloads"], '--concurrency takes a whole number of at least 1, "auto" or "off", not "many"'],
    // --rule's level, alone or first in its JSON array
    [["--rule", "unknown-property:eror", "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got eror) (did you mean "error"?)'],
    [["--rule", 'unknown-property:["wran"]', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ["wran"]) (did you mean "warn"?)'],
    // A level quoted as a JSON string (the quotes are no mistake: ESLint takes `id:"warn"` too).
    [["--rule", 'unknown-property:"eror"', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got "eror") (did you mean "error"?)'],
    [["--rule", 'unknown-property:"loud"', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got "loud")'],
    // A number in quotes is a string, which ESLint's --rule and the config file refuse as a level (audit of today's fixes: it was taken as error).
    [["--rule", 'unknown-property:"2"', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got "2") (a level\'s number is written without quotes: 2)'],
    [["--rule", 'unknown-property:["1", {}]', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ["1", {}]) (a level\'s number is written without quotes: 1)'],
    [["--rule", "unknown-property:loud", "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got loud)'],
    [["--rule", "unknown-property:warning", "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got warning) (did you mean "warn"?)'],
    [["--rule", 'unknown-property:["Warning", {}]', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ["Warning", {}]) (did you mean "warn"?)'],
    // A good level beside bad options: the options are wrong, and the level is named as no mistake (audit of today's fixes).
    [["--rule", 'unknown-property:["error", 5]', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ["error", 5])'],
    [["--rule", 'unknown-property:["warn", {}, 1]', "payloads"], '--rule unknown-property: the level is off, warn or error (or 0, 1, 2), or a JSON array ["error", { options }] (got ["warn", {}, 1])'],
    // Rule ids and kinds had it already: kept.
    [["--rule", "unknown-proprety:off", "payloads"], /^unknown rule "unknown-proprety" \(did you mean "unknown-property"\?\); the rules are: schema, /],
    [["--suppress-rule", "unknown-proprety", "payloads"], /^--suppress-rule: unknown rule "unknown-proprety" \(did you mean "unknown-property"\?\); the rules are: /],
    // The unknown-kind finding's id is kind, set by --unknown-kind, not --rule (audit at d5d094fb: "unknown rule", no pointer).
    [["--rule", "kind:off", "payloads"], kindNotARule],
    [["--kind", "createorder", "payloads"], /^unknown kind "createorder" \(did you mean "createOrder"\?\); the kinds are: createOrder, /],
    // A line break in a value is named, and the usage error stays one line (last audit: it split into two "oms-lint:" lines).
    [["-f", "js\non", "payloads"], /^unknown format "js\\non" \(did you mean "json"\?\); the formats are: /],
    [["--unknown-kind", "warn\nx", "payloads"], /"warn\\nx"/],
    // --shard names no words, only i/n: its message shows the form.
    [["--shard", "1of2", "payloads"], '--shard takes <i>/<n>, the i-th of n parts (1 ≤ i ≤ n ≤ 10000: no CI matrix runs more jobs), such as --shard 2/4; not "1of2"'],
  ] as const)("%j", async (args, line) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.endsWith("\n") && run.stderr.split("\n")).toHaveLength(2);
    const said = run.stderr.slice("oms-lint: ".length, -1);
    expect(run.stderr.startsWith("oms-lint: ")).toBe(true);
    if (typeof line === "string") expect(said).toBe(line);
    else expect(said).toMatch(line);
  });

  /** A name in another letter case: what the suggestion finds first, whatever else is near. */
  const otherCase = (name: string) =>
    fc
      .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
      .map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(""))
      .filter((written) => written !== name);

  it("a format in another letter case is named as it is spelt", async () => {
    const formats = formatList.split(", ");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...formats).chain((format) => fc.tuple(fc.constant(format), otherCase(format))), async ([format, written]) => {
        const run = await runCli(["--format", written, "payloads"]);
        expect(run).toEqual({ code: 2, stdout: "", stderr: `oms-lint: unknown format "${written}" (did you mean "${format}"?); the formats are: ${formatList}\n` });
      }),
      { numRuns: 40 },
    );
  });

  it("a value that shares no character with any allowed one keeps today's message, naming none", async () => {
    // These letters and signs are in no format's or level's name: every value of them is far from all of them.
    const far = fc.array(fc.constantFrom("k", "q", "v", "x", "z", "#", "="), { minLength: 1, maxLength: 12 }).map((signs) => signs.join(""));
    await fc.assert(
      fc.asyncProperty(far, async (written) => {
        expect(await runCli(["--format", written, "payloads"])).toEqual({ code: 2, stdout: "", stderr: `oms-lint: unknown format "${written}"; the formats are: ${formatList}\n` });
        expect((await runCli(["--unknown-kind", written, "payloads"])).stderr).toBe(`oms-lint: --unknown-kind takes error, warn or off, not "${written}"\n`);
      }),
      { numRuns: 40 },
    );
  });
});

describe("a misspelt key or value in oms-lint.config.json: exit 2, the problem at its place, naming the name meant", () => {
  const withConfig = configRun("oms-lint-near-names-");
  const settingList = "settings knows skipInternationalTax, onBlocks, customNoOperationTypes and certifiedPartNumbers only";
  const levelWords = 'a rule setting is "off", "warn", "error" (or 0, 1, 2), or [level, { options }]';
  const kindList = "kind must be one of createOrder, importOrder, orderCustomData, orderItemCustomData, orderItemSearch, orderCustomDataRecord, orderItemCustomDataRecord, orderItemSearchResponse";

  // Each row: the config, the key at whose value the problem is placed, and what is said there.
  it.each([
    // settings, at the top and in an override
    ['{"settings": {"onblock": true}}', "onblock", `${settingList}; got "onblock" (did you mean "onBlocks"?)`],
    ['{"settings": {"skipInternationaltax": true}}', "skipInternationaltax", `${settingList}; got "skipInternationaltax" (did you mean "skipInternationalTax"?)`],
    ['{"settings": {"zzzzzzzz": true}}', "zzzzzzzz", settingList],
    ['{"overrides": [{"files": ["a/**"], "settings": {"certifiedPartNumber": []}}]}', "certifiedPartNumber", `${settingList}; got "certifiedPartNumber" (did you mean "certifiedPartNumbers"?)`],
    // the config's own keys, an override's, the limits'
    ['{"setting": {}}', "setting", 'the config knows rules, settings, files, limits, ignores and overrides only (and $schema); got "setting" (did you mean "settings"?)'],
    ['{"kindz": 1}', "kindz", "the config knows rules, settings, files, limits, ignores and overrides only (and $schema)"],
    ['{"overrides": [{"files": ["a/**"], "rule": {}}]}', "rule", 'an overrides entry has files, ignores, rules and settings only; got "rule" (did you mean "rules"?)'],
    ['{"overrides": [{"files": ["a/**"], "ignore": []}]}', "ignore", 'an overrides entry has files, ignores, rules and settings only; got "ignore" (did you mean "ignores"?)'],
    // A required key misspelt: one problem, at the misspelt key, not a second saying it is missing (audit of today's fixes).
    ['{"files": [{"glob": "*.json", "knd": "createOrder"}]}', "knd", 'a files entry has glob and kind only; got "knd" (did you mean "kind"?)'],
    ['{"overrides": [{"file": ["a/**"], "rules": {}}]}', "file", 'an overrides entry has files, ignores, rules and settings only; got "file" (did you mean "files"?)'],
    ['{"limits": {"maxDepht": 3}}', "maxDepht", 'limits knows maxFileSize, maxDepth, maxEntries and maxValues only; got "maxDepht" (did you mean "maxDepth"?)'],
    // a kind, and a rule's level
    ['{"files": [{"glob": "*.json", "kind": "createorder"}]}', "kind", `${kindList}; got "createorder" (did you mean "createOrder"?)`],
    ['{"files": [{"glob": "*.json", "kind": "invoice"}]}', "kind", kindList],
    ['{"rules": {"tax-rate-cap": "eror"}}', "tax-rate-cap", `${levelWords}; got "eror" (did you mean "error"?)`],
    ['{"rules": {"tax-rate-cap": ["wran", {}]}}', "tax-rate-cap", `${levelWords}; got "wran" (did you mean "warn"?)`],
    ['{"overrides": [{"files": ["a/**"], "rules": {"tax-rate-cap": "Off"}}]}', "tax-rate-cap", `${levelWords}; got "Off" (did you mean "off"?)`],
    ['{"rules": {"tax-rate-cap": "loud"}}', "tax-rate-cap", levelWords],
    ['{"rules": {"tax-rate-cap": "warning"}}', "tax-rate-cap", `${levelWords}; got "warning" (did you mean "warn"?)`],
    ['{"overrides": [{"files": ["a/**"], "rules": {"tax-rate-cap": ["WARNING"]}}]}', "tax-rate-cap", `${levelWords}; got "WARNING" (did you mean "warn"?)`],
    // Rule ids had it already: kept.
    ['{"rules": {"unknown-proprety": "off"}}', "unknown-proprety", /^unknown rule "unknown-proprety" \(did you mean "unknown-property"\?\); the rules are: schema, /],
    ['{"rules": {"kind": "off"}}', "kind", kindNotARule],
    ['{"overrides": [{"files": ["a/**"], "rules": {"kind": "warn"}}]}', "kind", kindNotARule],
  ] as const)("%s", async (config, key, said) => {
    const run = await withConfig(config);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const { line, column } = valuePosition(config, key);
    const prefix = `oms-lint: oms-lint.config.json:${line}:${column}: `;
    expect(run.stderr.startsWith(prefix)).toBe(true);
    expect(run.stderr.endsWith("\n") && run.stderr.split("\n")).toHaveLength(2);
    const printed = run.stderr.slice(prefix.length, -1);
    if (typeof said === "string") expect(printed).toBe(said);
    else expect(printed).toMatch(said);
  });
});
