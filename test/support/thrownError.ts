/** The error a call throws; a test that expects one fails when the call returns instead. */
export function thrownError(act: () => unknown): Error {
  try {
    act();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
}
