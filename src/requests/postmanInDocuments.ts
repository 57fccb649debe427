/**
 * What the OMS documents say of Postman, in the words of every finding that is our reading of
 * Postman's ways. Four of the five mention it ("The .json address above can be used to access
 * the schema within Postman."; "view the schema or the sample Postman Collection"), and none
 * says more of it. The findings said that no OMS document spoke of Postman, which is not so
 * (found by the audit of this session's Postman changes): one wording, kept here, says what
 * they mention and what they leave to our reading.
 */
export function postmanInDocuments(unsaid: string): string {
  return `the OMS documents mention Postman only for the schema within Postman and a sample Postman Collection, and say nothing of ${unsaid}`;
}
