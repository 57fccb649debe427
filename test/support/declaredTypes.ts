import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as TypeScript from "typescript";

/**
 * TypeScript required, as its CommonJS is written: imported as ESM, Node first lexes its 9 MB
 * of JavaScript for the names it exports (~0.6 CPU-s more in each test worker that loads it).
 */
const ts = createRequire(import.meta.url)("typescript") as typeof TypeScript;

/**
 * The generated types as the compiler reads them, to hold a value to at run time: what a
 * program may assume of a value once it has the type. A checker of TypeScript's own, so the
 * test reads the declarations a consumer compiles against, not the schemas they came from.
 */
export interface DeclaredTypes {
  /** Where the value fails its declared type (a JSON Pointer and what was declared there), or undefined when it holds. */
  readonly mismatch: (typeName: string, value: unknown) => string | undefined;
}

/**
 * Where a value fails its declared type, worded only when asked: a union tries each member,
 * and wording every member's failure (the type printed, the value as JSON, the whole order
 * at the root) was most of the check's time, though one member holding is the usual verdict.
 */
interface Failure {
  readonly pointer: string;
  readonly says: () => string;
}

export function declaredTypes(file: string): DeclaredTypes {
  const path = fileURLToPath(new URL(file, import.meta.url));
  // ES5's library holds every type the declarations use (Array, String): without the default
  // DOM library the program is built in a third of the time (~0.5 against ~1.1 CPU-s).
  const program = ts.createProgram([path], { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ["lib.es5.d.ts"] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module in ${file}`);
  const exported = new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, checker.getDeclaredTypeOfSymbol(symbol)]));

  const at = (pointer: string, key: string | number) => `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
  const failing = (value: unknown, type: TypeScript.Type, pointer: string): Failure | undefined => {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
    const declared: Failure = { pointer, says: () => `${pointer || "(root)"} declared ${checker.typeToString(type)}, holds ${JSON.stringify(value) ?? String(value)}` };
    if (type.isUnion()) {
      const failures = type.types.map((member) => failing(value, member, pointer));
      if (failures.includes(undefined)) return undefined;
      // The deepest place a member failed at says most (`/orderItems` of `CreateOrderRequest | undefined`).
      return (failures as Failure[]).reduce((deepest, found) => (found.pointer.split("/").length > deepest.pointer.split("/").length ? found : deepest), declared);
    }
    if (type.isIntersection()) return type.types.map((member) => failing(value, member, pointer)).find((found) => found !== undefined);
    if (type.isStringLiteral() || type.isNumberLiteral()) return value === type.value ? undefined : declared;
    if (flags & ts.TypeFlags.BooleanLiteral) return value === (checker.typeToString(type) === "true") ? undefined : declared;
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return typeof value === "string" ? undefined : declared;
    if (flags & ts.TypeFlags.Number) return typeof value === "number" ? undefined : declared;
    if (flags & ts.TypeFlags.Boolean) return typeof value === "boolean" ? undefined : declared;
    if (flags & ts.TypeFlags.Null) return value === null ? undefined : declared;
    if (flags & ts.TypeFlags.Undefined) return value === undefined ? undefined : declared;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      if (!Array.isArray(value)) return declared;
      const elements = checker.getTypeArguments(type as TypeScript.TypeReference);
      if (checker.isTupleType(type)) {
        const target = (type as TypeScript.TypeReference).target as TypeScript.TupleType;
        if (value.length < target.minLength) return declared;
        return Array.from(value, (element, index) => failing(element, elements[Math.min(index, elements.length - 1)] as TypeScript.Type, at(pointer, index))).find((found) => found !== undefined);
      }
      return Array.from(value, (element, index) => failing(element, elements[0] as TypeScript.Type, at(pointer, index))).find((found) => found !== undefined);
    }
    if (flags & ts.TypeFlags.Object) {
      const properties = checker.getPropertiesOfType(type);
      const indexes = checker.getIndexInfosOfType(type);
      // `{}` (as in `string & {}`): anything but null and undefined.
      if (properties.length === 0 && indexes.length === 0) return value === null || value === undefined ? declared : undefined;
      if (typeof value !== "object" || value === null || Array.isArray(value)) return declared;
      const record = value as Record<string, unknown>;
      for (const property of properties) {
        const given = Object.hasOwn(record, property.name) ? record[property.name] : undefined;
        if (given === undefined) {
          if (property.flags & ts.SymbolFlags.Optional) continue;
          const missing = at(pointer, property.name);
          return { pointer: missing, says: () => `${missing} declared present, is missing` };
        }
        const found = failing(given, checker.getTypeOfSymbol(property), at(pointer, property.name));
        if (found !== undefined) return found;
      }
      const named = new Set(properties.map((property) => property.name));
      for (const index of indexes) {
        for (const [key, given] of Object.entries(record)) {
          if (named.has(key)) continue;
          const found = failing(given, index.type, at(pointer, key));
          if (found !== undefined) return found;
        }
      }
      return undefined;
    }
    throw new Error(`${pointer}: no run-time reading of ${checker.typeToString(type)}`);
  };

  return {
    mismatch(typeName, value) {
      const type = exported.get(typeName);
      if (type === undefined) throw new Error(`${file} exports no ${typeName}`);
      return failing(value, type, "")?.says();
    },
  };
}
