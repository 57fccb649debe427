/**
 * Whether `{{name}}`, `:name` and `{name}` are read as variables: in a request file (.http,
 * Postman) a client fills them before sending, so they stand for values oms-lint cannot know.
 * A request about to be sent (checkRequest, withPreSubmitCheck) is read as it stands: there,
 * such text is what the OMS receives (an unfilled template), and is checked as written.
 */
let variablesRead = true;

export function readsVariables(): boolean {
  return variablesRead;
}

/** Runs a synchronous check with placeholders read as the text they are (the request as it will be sent). */
export function asSent<T>(check: () => T): T {
  const before = variablesRead;
  variablesRead = false;
  try {
    return check();
  } finally {
    variablesRead = before;
  }
}
