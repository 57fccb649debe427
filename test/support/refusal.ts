import { expect } from "vitest";
import { OmsValidationError } from "../../src/index.js";

/**
 * The OmsValidationError a wrapped fetch's call rejects with; the test fails, saying so in a line,
 * when the call was not refused (a node-fetch Response is no value to print whole).
 */
export async function refusalOf(call: Promise<unknown>): Promise<OmsValidationError> {
  const failure = await call.catch((error: unknown) => error);
  expect(failure instanceof OmsValidationError ? "refused" : `not refused: ${String(failure)}`).toBe("refused");
  return failure as OmsValidationError;
}
