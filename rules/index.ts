import type { Rule } from "../src/engine/rule.js";
import { carrierTriplet } from "./carrier-triplet.js";
import { carrierTripletBlank } from "./carrier-triplet-blank.js";
import { availabilitySplit } from "./availability-split.js";
import { availabilitySplitImplied } from "./availability-split-implied.js";
import { certifiedExpress } from "./certified-express.js";
import { forceItemTaxOverride } from "./force-item-tax-override.js";
import { preorderMix } from "./preorder-mix.js";
import { readOnlyShippingFields } from "./read-only-shipping-fields.js";
import { shipToStoreOnly } from "./ship-to-store-only.js";
import { taxRateCap } from "./tax-rate-cap.js";
import { taxRateCapNoSubtotal } from "./tax-rate-cap-no-subtotal.js";
import { taxRateCapFromStrings } from "./tax-rate-cap-from-strings.js";
import { taxRateCapNotForced } from "./tax-rate-cap-not-forced.js";
import { taxRateCapFloatNoise } from "./tax-rate-cap-float-noise.js";
import { currencyLocale } from "./currency-locale.js";
import { currencyLocaleImplied } from "./currency-locale-implied.js";
import { customDataHash } from "./custom-data-hash.js";
import { customDataPutName } from "./custom-data-put-name.js";
import { customDataPutNameCase } from "./custom-data-put-name-case.js";
import { customDataValueType } from "./custom-data-value-type.js";
import { customDataTableName } from "./custom-data-table-name.js";
import { customerIpRange } from "./customer-ip-range.js";
import { duplicateKey } from "./duplicate-key.js";
import { searchRepeatedParameter } from "./search-repeated-parameter.js";
import { searchUrlEndpoint } from "./search-url-endpoint.js";
import { giftCardIssuer } from "./gift-card-issuer.js";
import { giftCardIssuerNoOperation } from "./gift-card-issuer-no-operation.js";
import { giftCardSubtypeName } from "./gift-card-subtype-name.js";
import { giftCardMaxAmount } from "./gift-card-max-amount.js";
import { maxAmount } from "./max-amount.js";
import { maxAmountNullPreferred } from "./max-amount-null-preferred.js";
import { maxAmountString } from "./max-amount-string.js";
import { noOperationCardNumber } from "./no-operation-card-number.js";
import { noOperationCardNumberBlank } from "./no-operation-card-number-blank.js";
import { noOperationSubtype } from "./no-operation-subtype.js";
import { noOperationSubtypeUnlisted } from "./no-operation-subtype-unlisted.js";
import { readOnlyIds } from "./read-only-ids.js";
import { unknownProperty } from "./unknown-property.js";
import { unsafeInteger } from "./unsafe-integer.js";
import { schema, schemaConstraintRules } from "./schema.js";
import { bodyNotAllowed } from "./request/body-not-allowed.js";
import { bodyRequired } from "./request/body-required.js";
import { bodyUnchecked } from "./request/body-unchecked.js";
import { contentType } from "./request/content-type.js";
import { customDataNameChanged } from "./request/custom-data-name-changed.js";
import { customDataNameUnmatched } from "./request/custom-data-name-unmatched.js";
import { methodNotAllowed } from "./request/method-not-allowed.js";
import { headMethod } from "./request/head-method.js";
import { missingQueryParameter } from "./request/missing-query-parameter.js";
import { missingQueryParameterInferred } from "./request/missing-query-parameter-inferred.js";
import { missingTenantHeader } from "./request/missing-tenant-header.js";
import { missingTenantHeaderInferred } from "./request/missing-tenant-header-inferred.js";
import { pathParameter } from "./request/path-parameter.js";
import { recordIdMissing } from "./request/record-id-missing.js";
import { recordIdUnexpected } from "./request/record-id-unexpected.js";
import { repeatedQueryParameter } from "./request/repeated-query-parameter.js";
import { postmanRawUrlDiffers } from "./request/postman-raw-url-differs.js";
import { unknownEndpoint } from "./request/unknown-endpoint.js";
import { createOrderOnly } from "./create-order-only.js";
import { createOrderFields } from "./create-order-fields.js";

/**
 * Every built-in rule: what the library and the CLI hand the engine (createLinter), as
 * ESLint's default config hands it its core rules. Add a rule here, with its docs page
 * (docs/rules/<id>.md) and its test table (test/rules/<id>.test.ts), the module named as
 * its id (an id with a slash is a folder: rules/request/<name>.ts);
 * test/ruleFiles.test.ts fails when one of them is missing.
 */
export const rules: readonly Rule<any>[] = [
  schema,
  ...schemaConstraintRules,
  taxRateCap,
  taxRateCapNoSubtotal,
  taxRateCapFromStrings,
  taxRateCapNotForced,
  taxRateCapFloatNoise,
  forceItemTaxOverride,
  preorderMix,
  availabilitySplit,
  availabilitySplitImplied,
  shipToStoreOnly,
  createOrderOnly,
  certifiedExpress,
  carrierTriplet,
  carrierTripletBlank,
  readOnlyShippingFields,
  maxAmount,
  maxAmountString,
  maxAmountNullPreferred,
  giftCardMaxAmount,
  noOperationCardNumber,
  noOperationCardNumberBlank,
  noOperationSubtype,
  noOperationSubtypeUnlisted,
  giftCardIssuer,
  giftCardIssuerNoOperation,
  giftCardSubtypeName,
  createOrderFields,
  customDataHash,
  customDataValueType,
  customDataTableName,
  customerIpRange,
  readOnlyIds,
  currencyLocale,
  currencyLocaleImplied,
  customDataPutName,
  customDataPutNameCase,
  unknownProperty,
  duplicateKey,
  searchRepeatedParameter,
  searchUrlEndpoint,
  unsafeInteger,
  // The request rules (.http files and Postman collections), in the order a request is read.
  methodNotAllowed,
  headMethod,
  recordIdMissing,
  recordIdUnexpected,
  unknownEndpoint,
  pathParameter,
  missingQueryParameter,
  missingQueryParameterInferred,
  repeatedQueryParameter,
  postmanRawUrlDiffers,
  bodyNotAllowed,
  bodyRequired,
  bodyUnchecked,
  missingTenantHeader,
  missingTenantHeaderInferred,
  contentType,
  customDataNameChanged,
  customDataNameUnmatched,
];
