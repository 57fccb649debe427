import { quotedText } from "../engine/argumentWords.js";
import { didYouMean, nearestName } from "../engine/nearestName.js";
import { configShape } from "../generated/configShape.js";
import { valueAt } from "../json/jsonPointer.js";
import { shapeAt } from "../kinds/shape.js";
import { instancePathOf, type AjvError } from "../lint/schemaDiagnostics.js";

/**
 * A config file's misspelt names, answered as the library answers a caller's: a key the config
 * does not know (`"onblock"`), a kind or a rule's level it does not list (`"createorder"`,
 * `"eror"`) is named with the name it most likely stands for, in the words of unknownName
 * (`settings knows … only; got "onblock" (did you mean "onBlocks"?)`). A misspelt setting
 * otherwise changes nothing, silently, once fixed elsewhere; and the schema's message lists
 * what is allowed, not which of it was meant. Where no name is near, the message is the
 * schema's alone.
 */

/** A name written in the config, and the words that name the one it stands for. */
interface NearName {
  readonly written: string;
  readonly hint: string;
}

/**
 * The schema's errors, each whose name stands for a known one saying which (the rest as they
 * are). A missing key that a misspelt one stands for (`"knd"` in a files entry that needs a
 * kind) is one cause: the misspelt key's error says it, and the object's "needs …" is dropped.
 */
export function withNearNames(errors: readonly AjvError[], config: unknown): AjvError[] {
  const listedNear = listedNearNames(errors, config);
  const misspeltAs = misspeltRequired(errors);
  return errors.filter((error) => !(error.keyword === "required" && misspeltAs.has(`${instancePathOf(error)}\u0000${String(error.params.missingProperty)}`))).map((error) => {
    const near = error.keyword === "additionalProperties" ? keyNearName(error) : error.keyword === "anyOf" ? settingNearName(error, listedNear) : listedNear.get(instancePathOf(error));
    return near === undefined || error.message === undefined ? error : { ...error, message: `${error.message}; got ${quotedText(near.written)}${near.hint}` };
  });
}

/** Each object's place and the known key a key it holds misspelt stands for, as "place\u0000name". */
function misspeltRequired(errors: readonly AjvError[]): Set<string> {
  const found = new Set<string>();
  for (const error of errors) {
    const written = error.keyword === "additionalProperties" ? error.params.additionalProperty : undefined;
    if (typeof written !== "string") continue;
    const at = instancePathOf(error);
    const meant = nearestName(written, knownKeysAt(at));
    if (meant !== undefined) found.add(`${at}\u0000${meant}`);
  }
  return found;
}

/** The keys the config schema knows at a place (as codegen reduced it). */
function knownKeysAt(at: string): string[] {
  return Object.keys(shapeAt(configShape, at)?.properties ?? {});
}

/** A key the config's object does not know, and the names it does know there (the config schema's, as codegen reduced them). */
function keyNearName(error: AjvError): NearName | undefined {
  const written = error.params.additionalProperty;
  if (typeof written !== "string") return undefined;
  return nearName(written, knownKeysAt(instancePathOf(error)));
}

/**
 * A value of an enum (a kind, a level) that one of its names stands for, by its place. One pass
 * over the errors: a config of thousands of bad levels is checked in time linear in them.
 */
function listedNearNames(errors: readonly AjvError[], config: unknown): Map<string, NearName> {
  const found = new Map<string, NearName>();
  for (const error of errors) {
    if (error.keyword !== "enum") continue;
    const at = instancePathOf(error);
    const written = valueAt(config, at);
    const allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues.filter((value): value is string => typeof value === "string") : [];
    const near = typeof written === "string" ? nearName(written, allowed) : undefined;
    if (near !== undefined) found.set(at, near);
  }
  return found;
}

/**
 * A rule setting that fits none of its forms (`anyOf`: a level, or [level, { options }]) is one
 * message in the words of the whole (loadConfig's oneEachCause); its level misspelt, alone or
 * first in its array, is named there from the enum error of that form.
 */
function settingNearName(error: AjvError, listedNear: ReadonlyMap<string, NearName>): NearName | undefined {
  const at = instancePathOf(error);
  return listedNear.get(at) ?? listedNear.get(`${at}/0`);
}

function nearName(written: string, known: readonly string[]): NearName | undefined {
  const hint = didYouMean(written, known);
  return hint === "" ? undefined : { written, hint };
}
