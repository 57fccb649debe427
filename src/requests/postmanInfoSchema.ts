import type { Inner } from "./fileRun.js";
import { postmanInDocuments } from "./postmanInDocuments.js";

/**
 * The id of the warning that a file read as a Postman collection (by its name, or by a caller
 * of lintPostmanCollection) has an `info.schema` naming no Postman schema. It was a `parse`
 * finding, the id of errors: ESLint gives a rule one level, the recommended config sets
 * `oms-lint/parse` at "error", and ESLint failed a file the CLI passes (exit 0) and the
 * language server shows as a warning (found by the audit of the ESLint plugin). An id of its
 * own gives it one level everywhere, a warning, which ESLint's config may also turn off.
 */
export const postmanInfoSchemaId = "postman-info-schema";

/**
 * The finding, at `info`. A warning, and our reading: the OMS documents say nothing of a
 * collection's info.schema; that a collection names its schema there is Postman's format (every
 * collection Postman exports does).
 */
export function postmanInfoSchemaFinding(): Inner {
  return {
    ruleId: postmanInfoSchemaId,
    messageId: "unnamed",
    severity: 1,
    evidence: "inferred",
    message: `info.schema does not name a Postman collection schema (https://schema.getpostman.com/… or https://schema.postman.com/…), which every collection Postman exports names there: its requests are checked as a Postman collection's all the same (our reading of Postman's format: ${postmanInDocuments("a collection's info.schema")})`,
    path: "/info",
  };
}
