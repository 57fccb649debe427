import type { Rule } from "../src/rule.js";
import { carrierTriplet } from "./carrierTriplet.js";
import { availabilitySplit } from "./availabilitySplit.js";
import { certifiedExpress } from "./certifiedExpress.js";
import { forceItemTaxOverride } from "./forceItemTaxOverride.js";
import { preorderMix } from "./preorderMix.js";
import { readOnlyShippingFields } from "./readOnlyShippingFields.js";
import { shipToStoreOnly } from "./shipToStoreOnly.js";
import { taxRateCap } from "./taxRateCap.js";
import { currencyLocale } from "./currencyLocale.js";
import { customDataHash } from "./customDataHash.js";
import { customDataPutName } from "./customDataPutName.js";
import { customDataValueType } from "./customDataValueType.js";
import { customerIpRange } from "./customerIpRange.js";
import { duplicateKey } from "./duplicateKey.js";
import { giftCardIssuer } from "./giftCardIssuer.js";
import { giftCardMaxAmount } from "./giftCardMaxAmount.js";
import { maxAmount } from "./maxAmount.js";
import { maxAmountNullPreferred } from "./maxAmountNullPreferred.js";
import { noOperationCardNumber } from "./noOperationCardNumber.js";
import { noOperationSubtype } from "./noOperationSubtype.js";
import { readOnlyIds } from "./readOnlyIds.js";
import { searchPerPage } from "./searchPerPage.js";
import { unknownProperty } from "./unknownProperty.js";
import { unsafeInteger } from "./unsafeInteger.js";

/**
 * Every rule. Add a rule here, with its docs page (docs/rules/<id>.md) and its test table
 * (test/rules/<id>.test.ts); test/ruleFiles.test.ts fails when one of the three is missing.
 */
export const rules: readonly Rule<any>[] = [
  taxRateCap,
  forceItemTaxOverride,
  preorderMix,
  availabilitySplit,
  shipToStoreOnly,
  certifiedExpress,
  carrierTriplet,
  readOnlyShippingFields,
  maxAmount,
  maxAmountNullPreferred,
  giftCardMaxAmount,
  noOperationCardNumber,
  noOperationSubtype,
  giftCardIssuer,
  customDataHash,
  customDataValueType,
  customerIpRange,
  readOnlyIds,
  currencyLocale,
  customDataPutName,
  unknownProperty,
  duplicateKey,
  unsafeInteger,
  searchPerPage,
];
