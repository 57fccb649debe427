import { documentsNameFor, type DocumentsWords } from "../src/domain/documentsWords.js";
import { examplesSpelling, namesOfOneField, tableSpellings } from "../src/domain/examplesSpelling.js";
import { closeName, nearestField } from "../src/engine/nearestName.js";
import { defineRule } from "../src/engine/rule.js";
import { ownField } from "../src/engine/ownField.js";
import { placesOfName } from "../src/kinds/namePlaces.js";
import { readOnlyFieldsAt, type ReadOnlyFields } from "../src/domain/readOnlyFields.js";
import { isContainer, parentPointer, pointer, segments, valueAt } from "../src/json/jsonPointer.js";
import { fieldStandIn } from "../src/domain/standInKey.js";
import { importOnlyFieldAt } from "../src/domain/importOnlyFields.js";

/**
 * The known name at this place that `key` likely stands for (nearestField: another letter
 * case, words left out or cut short, a few edits), spelt as the documents' examples send it.
 * A key that is itself a name the examples spell otherwise (Create Order's customerOrderDate
 * on an import, which knows only customOrderData) stands for that spelling.
 */
function suggestionFor(key: string, known: readonly string[]): string | undefined {
  const spelt = examplesSpelling(nearestField(key, known) ?? key, known);
  return spelt === key ? undefined : spelt;
}

/**
 * The read-only field of this object that `key` stands for (another letter case, one edit, an
 * abbreviation: `Price`, `prices`, `custID`, `orderId`), if the closest of all its names is one:
 * following a "did you mean" there gave read-only-shipping-fields' error or read-only-ids'
 * warning (review), so a read-only name is never a suggestion, and the finding says to leave the
 * key out instead. Not two edits away (closeName): `orderNo` is no orderID to delete (audit).
 */
function readOnlyNamed(key: string, known: readonly string[], readOnly: ReadOnlyFields | undefined, inDocuments: string | undefined): string | undefined {
  if (readOnly === undefined) return undefined;
  const closest = inDocuments ?? closeName(key, known);
  const spelt = closest === undefined ? undefined : examplesSpelling(closest, known);
  return spelt !== undefined && spelt !== key && readOnly.keys.includes(spelt) ? spelt : undefined;
}

/**
 * Whether the object that holds the unknown key already holds `field`: following a "did you
 * mean" to it would repeat the key, and of two repeated keys the OMS reads one (duplicate-key),
 * so the finding says the object has it instead. A search given as a URL or query string is
 * walked as its parameters' object, so a parameter given twice is held there too.
 */
function objectHolds(value: unknown, keyPath: string, field: string): boolean {
  const holder = valueAt(value, parentPointer(keyPath) ?? "");
  // Under either of the names the documents give one field (customOrderData, or the table's customerOrderDate): the OMS gets one field twice.
  // The unknown key itself is not the field held (customerOrderDate on an import, the table's name of customOrderData).
  const key = segments(keyPath).at(-1);
  return isContainer(holder) && !Array.isArray(holder) && namesOfOneField(field).some((name) => name !== key && Object.hasOwn(holder, name));
}

/**
 * The other key of this object that stands for `field`, which it lacks, when that key is the
 * one the field is offered to (fieldStandIn: the nearest, as the missing field's finding is
 * placed): following a "did you mean" at both (`quantiy` and `Quantity`) repeats the field.
 * Undefined when this key is that one, or none is. `claimants` keeps each object's answer for
 * the payload: an object of 100,000 unknown keys that all stand for one field reads its keys once.
 */
function otherStandIn(value: unknown, keyPath: string, key: string, field: string, known: readonly string[], kind: string, claimants: Map<string, string | undefined>): string | undefined {
  const objectPath = parentPointer(keyPath) ?? "";
  const asked = `${objectPath}\u0000${field}`;
  if (!claimants.has(asked)) claimants.set(asked, fieldStandIn(valueAt(value, objectPath), objectPath, field, known, kind));
  const claimant = claimants.get(asked);
  return claimant === key ? undefined : claimant;
}

/** A field given under both the names the documents give it, where the kind's schema takes either: the table's name, at its pointer. */
interface BothNames {
  readonly path: string;
  readonly name: string;
  readonly field: string;
}

/**
 * Where a payload gives one field under both its names, in a kind whose schema takes either
 * (Create Order: its table's customerOrderDate beside its example's customOrderData). The
 * import's schema knows customOrderData alone, so there customerOrderDate is an unknown key that
 * already-has the field (objectHolds); here both keys are known, so no unknown key is visited,
 * and the body is asked once. One finding, at the table's name, the one a suggestion never
 * offers. The one name only a table gives is the body's, so the body is asked first: a payload
 * without it never builds the places of names (src/kinds/namePlaces.ts: a cold start's cost).
 */
function fieldsUnderBothNames(kind: string, value: unknown): readonly BothNames[] {
  // Asked of the body's own keys before anything is built: every payload asks, and a flatMap with
  // a pointer and its resolution each time had doubled this rule's cost on the documents' example.
  if (!isContainer(value) || Array.isArray(value)) return noBothNames;
  let found: BothNames[] | undefined;
  for (const { table, examples } of tableSpellings) {
    if (!Object.hasOwn(value, table)) continue;
    const path = pointer("", table);
    if (objectHolds(value, path, examples) && placesOfName(kind, table).settable.includes(path)) (found ??= []).push({ path, name: table, field: examples });
  }
  return found ?? noBothNames;
}

const noBothNames: readonly BothNames[] = [];

/** What a finding that offers a field says: the field, and the documents' words when they name it as the key does. */
interface Offer {
  readonly suggestion: string;
  readonly said?: DocumentsWords;
}

/** A suggestion found by spelling, as an offer. */
function optionalOffer(suggestion: string | undefined): Offer | undefined {
  return suggestion === undefined ? undefined : { suggestion };
}

/** The advice of every finding about a field a key would give twice: the OMS reads one of two repeated keys (duplicate-key). */
const keepOne = "(of two repeated keys the OMS may read either): keep the one that holds what you mean and leave the other out";

/**
 * The engine's walk follows the generated shapes (src/generated/shapes.ts, the schemas'
 * properties) and hands this rule each key they do not know, in every object whose shape
 * they know; what lies under an unknown property or an open map (custom data, options) is
 * the caller's own and is not entered.
 */
export const unknownProperty = defineRule({
  meta: {
    id: "unknown-property",
    description: "A property the documents and the schemas do not know is likely a typo; the OMS may ignore it.",
    defaultSeverity: "warning",
    // Requests only: a response is what the OMS returns, and the search response "follows the
    // same organizational structure as the standard Get Order Item Information response",
    // which holds more fields than the example shows.
    evidence: "inferred",
    // A field that is missing, standing misspelt or misplaced, is its own rule's one finding at
    // that key (placed there, `at: "key"`), naming it and saying where it belongs.
    yieldsTo: (own, other) => other.at === "key" && other.path === own.path,
    kinds: ["createOrder", "importOrder", "orderCustomData", "orderItemCustomData", "orderItemSearch"],
    source: {
      document: "Create Order (seeds/004), Primary Elements",
      passage:
        "These are listed in detail in the Create Order Schema, but examples also follow below. … See the schema for the full details of these 11 options and other parameters",
    },
    messages: {
      didYouMean:
        "unknown property {{name}}: did you mean {{suggestion}}? The schema spells it {{suggestion}} (not every name it knows is the documents': some come from the vendor's other pages); the OMS may not read a property it does not know (our reading: the documents do not say what it does with one)",
      documentsWords:
        "unknown property {{name}}: did you mean {{suggestion}}? The documents spell the field {{suggestion}} and speak of it in the words {{name}} uses ({{document}}, {{where}}: “{{words}}”); the OMS may not read a property it does not know (our reading: the documents do not say what it does with one)",
      alreadyHas: `unknown property {{name}}: it stands for {{suggestion}}, which this object already has, so renaming it would repeat {{suggestion}} ${keepOne}; the OMS may not read {{name}} (our reading: the documents do not say what it does with a property it does not know)`,
      alreadyClaimed: `unknown property {{name}}: it stands for {{suggestion}}, which {{claimant}} already stands for here, so renaming it would repeat {{suggestion}} ${keepOne}; the OMS may not read {{name}} (our reading: the documents do not say what it does with a property it does not know)`,
      bothNames: `{{name}} stands for {{field}}, which this object already has: the Create Order document's table names the order's custom data hash {{name}} where its example sends {{field}}, and the schema takes either, so the OMS gets the field twice ${keepOne} (our reading: the documents do not say which of the two names the OMS reads)`,
      knownElsewhere:
        "unknown property {{name}} here: the schemas know {{key}} only at {{places}}, so the OMS may not read it here (our reading: the documents do not say what it does with one; move it if it belongs there)",
      knownElsewhereAndReadOnly:
        "unknown property {{name}} here: the schemas know {{key}} only at {{places}}, and at {{readOnlyPlaces}} {{readOnlyWords}}, so the OMS may not read it here (our reading: the documents do not say what it does with one; move it if it belongs there)",
      nearOrElsewhere:
        "unknown property {{name}} here: did you mean {{suggestion}}, a name this object has? Or it belongs elsewhere: the schemas know {{key}} only at {{places}}. The OMS may not read it here (our reading: the documents do not say what it does with a property it does not know)",
      nearOrElsewhereAndReadOnly:
        "unknown property {{name}} here: did you mean {{suggestion}}, a name this object has? Or it belongs elsewhere: the schemas know {{key}} only at {{places}}, and at {{readOnlyPlaces}} {{readOnlyWords}}. The OMS may not read it here (our reading: the documents do not say what it does with a property it does not know)",
      readOnlyName:
        "unknown property {{name}}: it stands for {{field}}, a read-only field here, so leave it out rather than rename it ({{document}}: “{{words}}”); the OMS may not read {{name}} either (our reading: the documents do not say what it does with a property it does not know)",
      readOnlyNameInCustomData:
        "unknown property {{name}}: it stands for {{field}}, which the OMS takes from the URL or sets itself ({{document}}: “{{words}}”), so leave it out rather than rename it (our reading: the document says only where the IDs come from, not what the OMS does with one in the body); the OMS may not read {{name}} either (our reading: the documents do not say what it does with a property it does not know)",
      readOnlyNameOnImport:
        "unknown property {{name}}: it stands for {{field}}, a read-only field on a Create Order ({{document}}: “{{words}}”); the import document does not say so (create-order-fields warns of it on an import as our reading), so it is not suggested, and whether to send {{field}} on an import is yours to judge; the OMS may not read {{name}} either (our reading: the documents do not say what it does with a property it does not know)",
      importField:
        "unknown property {{name}} on a Create Order: it belongs to the Historic Order Import, whose document names it where the Create Order document does not ({{document}}, {{where}}: “{{words}}”); leave it out of a Create Order, or send the body to the import (POST /api/v2/importOrder/); the OMS may not read it here (our reading: the documents do not say what Create Order does with a property it does not know)",
      unknown:
        "unknown property {{name}}: neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands)",
    },
  },
  visit: {
    payload({ kind, value, report }) {
      for (const { path, name, field } of fieldsUnderBothNames(kind, value)) report({ path, messageId: "bothNames", data: { name: JSON.stringify(name), field }, at: "key" });
      // Which key of an object claims a field it lacks, asked once per object and field in a payload (otherStandIn).
      return new Map<string, string | undefined>();
    },
    unknownKey({ path, key, known }, { kind, value, report }, claimants) {
      const name = JSON.stringify(key);
      // The import's own field is spelt right and stands where the import has it: the body is a
      // Create Order that carries it (a shared model's serializer), or an import sent as one.
      const importField = kind === "createOrder" ? importOnlyFieldAt(parentPointer(path) ?? "", key) : undefined;
      if (importField !== undefined) {
        report({ path, messageId: "importField", data: { name, ...importField.said }, at: "key" });
        return;
      }
      const readOnly = readOnlyFieldsAt(kind, parentPointer(path) ?? "");
      const inDocuments = documentsNameFor(kind, parentPointer(path) ?? "", key);
      const offer: Offer | undefined = inDocuments
        ? { suggestion: inDocuments.field, said: inDocuments.said }
        : optionalOffer(suggestionFor(key, readOnly === undefined ? known : known.filter((each) => !readOnly.keys.includes(each))));
      // The documents' words, where the offer has them: its own, as an offer of the schema's name lacks them (a polluted Object.prototype.said filled its message with the documents' words' placeholders).
      const said = ownField(offer, "said");
      // A name the schemas know in another object (never a read-only field: src/kinds/namePlaces.ts):
      // a field put in the wrong one, most likely (customerIP in the customer, one edit from its
      // read-only customerID); or, where this object has a name it may stand for (`name` on an
      // address: firstName, or product.name), one of the two, and both are said.
      const places = placesOfName(kind, key);
      const field = places.settable.length > 0 ? undefined : readOnlyNamed(key, known, readOnly, inDocuments?.field);
      if (field !== undefined) {
        // The shippingMethod's read-only fields are Create Order's statement: on an import they are
        // create-order-fields' reading, and an imported order's price is what the customer paid, so
        // the finding does not pass "leave it out" off as the documents' word there (SPEC §3).
        // A custom data body's IDs are "assumed from the header" or "generated by OMS": where they come from, not that one sent is refused or ignored (read-only-ids says the same).
        const messageId = kind === "importOrder" ? "readOnlyNameOnImport" : kind === "orderCustomData" || kind === "orderItemCustomData" ? "readOnlyNameInCustomData" : "readOnlyName";
        report({ path, messageId, data: { name, field, ...readOnly!.said }, at: "key" });
        return;
      }
      // A field the object already holds is no rename (a repeated key); where the name is known
      // elsewhere, that place is the better lead, and the held field goes unsaid.
      const held = offer !== undefined && objectHolds(value, path, offer.suggestion);
      // Nor is a field another key of the object stands for, nearer (`Quantity` beside `quantiy`): the missing field's finding stands there, or its "did you mean".
      const claimant = offer === undefined || held ? undefined : otherStandIn(value, path, key, offer.suggestion, known, kind, claimants);
      if (places.settable.length > 0) {
        // The shippingMethod's read-only fields are Create Order's statement; on an import, our reading (as readOnlyNameOnImport says).
        const readOnlyWords = kind === "importOrder" ? "as a field Create Order calls read-only (the import document does not say so)" : "as a read-only field (not one to set)";
        const data = { name, key, places: places.settable.join(", "), readOnlyPlaces: places.readOnly.join(", "), readOnlyWords };
        const besideReadOnly = places.readOnly.length > 0;
        if (offer === undefined || held || claimant !== undefined) report({ path, messageId: besideReadOnly ? "knownElsewhereAndReadOnly" : "knownElsewhere", data, at: "key" });
        else report({ path, messageId: besideReadOnly ? "nearOrElsewhereAndReadOnly" : "nearOrElsewhere", data: { ...data, suggestion: offer.suggestion }, at: "key" });
        return;
      }
      if (offer === undefined) report({ path, messageId: "unknown", data: { name }, at: "key" });
      else if (held) report({ path, messageId: "alreadyHas", data: { name, suggestion: offer.suggestion }, at: "key" });
      else if (claimant !== undefined) report({ path, messageId: "alreadyClaimed", data: { name, suggestion: offer.suggestion, claimant: JSON.stringify(claimant) }, at: "key" });
      else if (said !== undefined) report({ path, messageId: "documentsWords", data: { name, suggestion: offer.suggestion, ...said }, at: "key" });
      else report({ path, messageId: "didYouMean", data: { name, suggestion: offer.suggestion }, at: "key" });
    },
  },
});
