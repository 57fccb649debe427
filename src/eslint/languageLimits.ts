import { ownOptions } from "../lint/ownOptions.js";
import { describeArgument } from "../engine/argumentWords.js";
import { didYouMean } from "../engine/nearestName.js";
import type { LimitHints } from "../source/parseSource.js";
import { fileSizeLimit, fileSizeProblem } from "./languageFileSize.js";

/** Nothing set: no name of it is read off Object.prototype. */
const inheritsNothing: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

/** The structural limits of one file under ESLint, as parseSource and lintText take them: the depth always, a count undefined for the CLI's default. */
export interface LanguageLimits {
  readonly maxDepth: number;
  readonly maxEntries?: number;
  readonly maxValues?: number;
}

/**
 * The deepest nesting the plugin reads, and its default: the CLI's default, but here also a
 * ceiling. After oms-lint's reader, @eslint/json's parser (momoa) reads the text and ESLint
 * walks momoa's tree with momoa's `traverse`; both recurse once per level (the walk takes
 * four frames a level of objects: visitNode, forEach and its callback, visitNode), and an
 * overflow there is no parsing error but a RangeError that stops the whole ESLint run. On
 * Node 20's default stack, objects nested 1,100 deep overflowed in ESLint 9 in some runs
 * (most went to about 1,600), so no option raises it. The CLI reads with JSON.parse
 * and loops, and takes any depth.
 */
export const eslintMaxDepth = 1000;

/** Why the depth stops at the ceiling, said to a user who meets it or asks for more. */
const depthCeilingReason =
  "@eslint/json's parser and ESLint's walk of its tree recurse once per level, so deeper text could overflow the stack and stop the whole run; the oms-lint command reads deeper with --max-depth";

/**
 * Why a Postman collection's body stops at the ceiling. @eslint/json never parses a body (a
 * string in the collection to it) and oms-lint's reader loops, but the plugin reads the bodies
 * within the file's limits, as the CLI does, and the depth's is capped for the file: the file's
 * reason, said of a body, was wrong (found by the audit of the ESLint plugin).
 */
const bodyDepthCeilingReason =
  "the plugin reads them within languageOptions.limits, and limits.maxDepth goes no higher because @eslint/json's parser and ESLint's walk recurse once per level of the collection's own JSON (a body is a string to them); the oms-lint command reads deeper with --max-depth";

/** What a parse verdict under ESLint says of each limit: where an ESLint user changes it (the depth, below its ceiling). */
export function eslintLimitHints(maxDepth: number): LimitHints {
  return limitHintsAtCeiling(maxDepth, `ESLint reads no deeper than ${eslintMaxDepth} levels: ${depthCeilingReason}`);
}

/** The same for a verdict inside a collection's body, whose depth is held to the file's option (and so to its ceiling) for another reason. */
export function eslintBodyLimitHints(maxDepth: number): LimitHints {
  return limitHintsAtCeiling(maxDepth, `ESLint reads a collection's bodies no deeper than ${eslintMaxDepth} levels: ${bodyDepthCeilingReason}`);
}

/** Each limit's option, but for the depth at its ceiling, which no option raises: why it stops there. */
function limitHintsAtCeiling(maxDepth: number, atCeiling: string): LimitHints {
  return {
    maxDepth: maxDepth < eslintMaxDepth ? "the limit is languageOptions.limits.maxDepth" : atCeiling,
    maxEntries: "the limit is languageOptions.limits.maxEntries",
    maxValues: "the limit is languageOptions.limits.maxValues",
  };
}

const counts = ["maxDepth", "maxEntries", "maxValues"] as const;

/** Every key of `limits`: the counts, and the file's size (src/eslint/languageFileSize.ts). */
const limitNames = ["maxFileSize", ...counts] as const;

/** Each count's largest value: the depth's ceiling; past 2^53 - 1 a count is not a whole number JavaScript holds exactly. */
const ceilings: Readonly<Record<(typeof counts)[number], number>> = {
  maxDepth: eslintMaxDepth,
  maxEntries: Number.MAX_SAFE_INTEGER,
  maxValues: Number.MAX_SAFE_INTEGER,
};

/** Why a count stops where it does, said to a user who asked for more. */
const ceilingReasons: Readonly<Partial<Record<(typeof counts)[number], string>>> = { maxDepth: depthCeilingReason };

/**
 * What is wrong with `languageOptions.limits`, in words that name the key below
 * `languageOptions` (ESLint puts `Key "languageOptions": ` before a language's error), or
 * undefined when it is absent or right: an object of whole numbers from 1 up.
 */
export function limitsProblem(given: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const languageOptions = ownLanguageOptions(given);
  const limits = languageOptions?.limits;
  if (limits === undefined) return undefined;
  if (typeof limits !== "object" || limits === null || Array.isArray(limits)) {
    return `limits must be an object such as { maxEntries: 200000, maxValues: 10000000 }; got ${describeArgument(limits)}`;
  }
  for (const key of Object.keys(limits)) {
    if (!(limitNames as readonly string[]).includes(key)) return `limits knows maxFileSize, maxDepth, maxEntries and maxValues only, not ${JSON.stringify(key)}${didYouMean(key, limitNames)}`;
  }
  for (const name of counts) {
    const value = (limits as Record<string, unknown>)[name];
    if (value === undefined || (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= ceilings[name])) continue;
    const reason = typeof value === "number" && value > ceilings[name] ? ceilingReasons[name] : undefined;
    const why = reason === undefined ? "" : `: ${reason}`;
    return `limits.${name} must be a whole number from 1 to ${ceilings[name]}${why}; got ${describeArgument(value)}`;
  }
  return fileSizeProblem((limits as Record<string, unknown>).maxFileSize);
}

/** The largest text, in UTF-8 bytes, the language parses under these (checked) `languageOptions`. */
export function languageMaxFileSize(given: Readonly<Record<string, unknown>> | undefined): number {
  const limits = ownLanguageOptions(given)?.limits as Readonly<Record<string, unknown>> | undefined;
  return fileSizeLimit(limits?.maxFileSize);
}

/**
 * The limits `languageOptions` sets. The language checked them when ESLint built the config;
 * a rule run under another language (@eslint/json's `json/json`) gets them unchecked, and
 * reports a wrong one as oms-lint/settings does (limitsProblem) before it asks: the TypeError
 * here is a guard, never the user's message.
 */
export function languageLimits(given: Readonly<Record<string, unknown>> | undefined): LanguageLimits {
  const problem = limitsProblem(given);
  if (problem !== undefined) throw new TypeError(`languageOptions.${problem}`);
  const languageOptions = ownLanguageOptions(given);
  const limits = (languageOptions?.limits ?? inheritsNothing) as Partial<LanguageLimits>;
  return { maxDepth: limits.maxDepth ?? eslintMaxDepth, maxEntries: limits.maxEntries, maxValues: limits.maxValues };
}

/** languageOptions and its limits as the config's own properties say: a polluted Object.prototype's `limits` or `maxEntries` are none of them. */
function ownLanguageOptions(languageOptions: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  return ownOptions(languageOptions, { limits: limitNames }, ["limits"]);
}
