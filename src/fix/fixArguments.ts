import { describeArgument } from "../engine/argumentWords.js";
import { checkOptionNames, checkText, optionNames } from "../lint/libraryArguments.js";
import type { JsonEdit } from "../engine/jsonEdit.js";
import { isJsonEdit } from "../engine/jsonEditShape.js";

/**
 * applyFix's and unifiedDiff's arguments, checked at the library's edge as validate()'s are:
 * a TypeError naming the function and the argument, never V8's "Cannot read properties of
 * undefined (reading 'indexOf')" from the bundle. Gives back the edit as its own fields make it.
 */
export function checkFixArguments(text: unknown, edit: unknown): JsonEdit {
  checkText("applyFix", text);
  const record = typeof edit === "object" && edit !== null && !Array.isArray(edit) ? (edit as Record<string, unknown>) : undefined;
  // Its own fields only, as the planner reads them (isRemoval, jsonEditShape): a polluted Object.prototype's `path` made an edit
  // without one at that path, and its `remove` turned an edit without a value into a removal that left `"a": ,` (no JSON).
  const own = (name: string): unknown => (record !== undefined && Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
  const path = own("path");
  if (isJsonEdit(edit) && typeof path === "string") return own("remove") === true ? { path, remove: true } : { path, value: own("value") as null | boolean | number | string };
  // The edit's shape is right but its value is none JSON writes (NaN, an object): said of the value, not "got an object" of the edit.
  if (typeof path === "string" && record !== undefined && Object.prototype.hasOwnProperty.call(record, "value")) {
    throw new TypeError(`applyFix: edit.value must be a value JSON writes (null, a boolean, a string or a finite number); got ${describeArgument(record.value)}`);
  }
  // lintText's messages and the json format carry the same fix as a text edit, already placed.
  const textEdit = record !== undefined && typeof own("line") === "number" && typeof own("text") === "string" ? "; a lintText message's fix is a text edit (line, column, endLine, endColumn, text), already placed" : "";
  throw new TypeError(`applyFix: the edit must be a JSON edit, { path, remove: true } or { path, value }, as a validate() diagnostic's fix; got ${describeArgument(edit)}${textEdit}`);
}

export function checkDiffArguments(before: unknown, after: unknown, options: unknown): void {
  for (const [name, value] of [["before", before], ["after", after]] as const) {
    if (typeof value !== "string") throw new TypeError(`unifiedDiff: ${name} must be a string; got ${describeArgument(value)}`);
  }
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError(`unifiedDiff: options must be an object ({ fromFile, toFile, context }); got ${describeArgument(options)}`);
  checkOptionNames("unifiedDiff", options, optionNames.unifiedDiff);
  const { fromFile, toFile, context } = options as Record<string, unknown>;
  for (const [name, value] of [["fromFile", fromFile], ["toFile", toFile]] as const) {
    if (value !== undefined && typeof value !== "string") throw new TypeError(`unifiedDiff: options.${name} must be a string; got ${describeArgument(value)}`);
  }
  if (context !== undefined && !(Number.isSafeInteger(context) && (context as number) >= 0)) throw new TypeError(`unifiedDiff: options.context must be a whole number of lines from 0; got ${describeArgument(context)}`);
}
