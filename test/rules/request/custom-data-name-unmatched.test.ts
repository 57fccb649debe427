import { customDataNameUnmatched } from "../../../rules/request/custom-data-name-unmatched.js";
import { positionOf } from "../../support/cli.js";
import { requestRuleTester } from "../../support/ruleTester.js";
import { collection, post, postBody, postmanPost, postmanPut, put } from "./customDataRequests.js";

const created = "{{create.response.body.orderCustomDataID}}";
const namelessPost = collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPost('{"value": "v"}'), postmanPut("Gift message"));

requestRuleTester(customDataNameUnmatched, {
  valid: [
    { name: "a PUT that keeps a name the file created", http: `${post("Gift note")}\n###\n${put("Gift note")}` },
    { name: "a PUT with no POST before it in the file", http: put("Anything") },
    { name: "a PUT to another order", http: `${post("Gift note")}\n###\nPUT https://integration.shopatron.com/api/v2/order/1/customData/2\n\n{"name": "Other", "value": "w"}\n` },
    { name: "a name held in a variable the file does not define: oms-lint cannot know it", http: `${post("Gift note")}\n###\n${put("{{noteName}}")}` },
    { name: "a name from the environment: likewise", http: `${post("Gift note")}\n###\n${put("{{$processEnv NOTE_NAME}}")}` },
    { name: "a name held in a variable, to the record the named POST created", http: `${post("Gift note", "create")}\n###\n${put("{{noteName}}", "{{create.response.body.orderCustomDataID}}")}` },
    { name: "a created name held in a variable: the PUT may keep it", http: `${post("{{noteName}}")}\n###\n${put("Gift note")}` },
    { name: "a PUT whose record ID names its POST is request/custom-data-name-changed's", http: `${post("A", "create")}\n###\n${put("B", "{{create.response.body.orderCustomDataID}}")}` },
    // Found by review: a POST whose name was no string it read was skipped, and the names known
    // before it were taken for all the order had, so a PUT of the name it created was warned of.
    { name: "a created name the client fills in bare: any name, so the PUT may keep it", http: `${post("Gift wrap")}\n###\n${postBody('{"name": {{noteName}}, "value": "v"}')}\n###\n${put("Gift message")}` },
    { name: "a POST whose key is a variable: it may be name, so the PUT may keep it", http: `${post("Gift wrap")}\n###\n${postBody('{"{{field}}": "Gift message", "value": "v"}')}\n###\n${put("Gift message")}` },
    { name: "a variable key beside a name: filled as name, a repeated key the OMS may read either of", http: `${post("Gift wrap")}\n###\n${postBody('{"name": "Gift note", "{{field}}": "Gift message"}')}\n###\n${put("Gift message")}` },
    { name: "a POST whose whole body the client fills: likewise", http: `${post("Gift wrap")}\n###\n${postBody("{{noteBody}}")}\n###\n${put("Gift message")}` },
    {
      name: "a POST whose members the client fills in bare: likewise (they may be any name; no parse error: memberVariables.test.ts)",
      http: `${post("Gift wrap")}\n###\n${postBody("{ {{noteMembers}} }")}\n###\n${put("Gift message")}`,
    },
    {
      name: "a POST past the run's limits (nested deeper than 1,000 levels) is not read: likewise (its parse error says which limit)",
      http: `${post("Gift wrap")}\n###\n${postBody(`{"name": "Gift message", "value": "v", "deep": ${"[".repeat(1_000)}${"]".repeat(1_000)}}`)}\n###\n${put("Gift message")}`,
      parseErrors: [10],
    },
    { name: "a POST whose body is a file oms-lint does not read: likewise", http: `${post("Gift wrap")}\n###\n${postBody("< ./note.json")}\n###\n${put("Gift message")}` },
    { name: "Postman: a created name filled in bare", postman: collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPost('{"name": {{noteName}}, "value": "v"}'), postmanPut("Gift message")) },
    { name: "Postman: a POST whose key is a variable", postman: collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPost('{"{{field}}": "Gift message", "value": "v"}'), postmanPut("Gift message")) },
  ],
  invalid: [
    {
      // Second audit: the escape is sent as written ("\u007b{field}}" reaches the OMS as "{{field}}"), so this POST sends no name.
      name: "a POST whose key only looks like a variable (an escaped brace, sent as written): it creates nothing, and the PUT is still unmatched",
      http: `${post("Gift wrap")}\n###\n${postBody('{"\\u007b{field}}": "Gift message", "value": "v"}')}\n###\n${put("Gift message")}`,
      errors: [{ messageId: "unmatched", line: 16, messageIncludes: ['this PUT sends "Gift message"', 'it created "Gift wrap"'] }],
    },
    {
      name: "a near miss of a created name",
      http: `${post("Gift note")}\n###\n${put("Gift Note")}`,
      errors: [{ messageId: "unmatchedNear", line: 10, messageIncludes: ['this PUT sends "Gift Note"', 'did you mean "Gift note"?', 'which record "111111" is'] }],
    },
    {
      name: "the named POST's name in another letter case: the documents do not say how the OMS compares names",
      http: `${post("Gift note", "create")}\n###\n${put("Gift Note", "{{create.response.body.orderCustomDataID}}")}`,
      errors: [{ messageId: "nearlyRenamedFromRequest", line: 11, messageIncludes: ['this PUT sends "Gift Note"', 'request create created the record as "Gift note"', "only in letter case", "do not say whether the OMS compares names exactly"] }],
    },
    {
      name: "the named POST's name with surrounding spaces",
      http: `${post("Gift note", "create")}\n###\n${put(" Gift note", "{{create.response.body.orderCustomDataID}}")}`,
      errors: [{ messageId: "nearlyRenamedFromRequest", line: 11, messageIncludes: ["only in surrounding spaces"] }],
    },
    {
      name: "the named POST's name in another Unicode form: the message shows the code points that differ",
      http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Cafe\u0301 note", "{{create.response.body.orderCustomDataID}}")}`,
      errors: [{ messageId: "nearlyRenamedFromRequest", line: 11, messageIncludes: ['this PUT sends "Cafe\\u0301 note" (U+0065 U+0301)', 'created the record as "Caf\u00e9 note" (U+00E9)', "only in Unicode form"] }],
    },
    {
      name: "the named POST's name with a no-break space for a space",
      http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Caf\u00e9\u00a0note", "{{create.response.body.orderCustomDataID}}")}`,
      errors: [{ messageId: "nearlyRenamedFromRequest", line: 11, messageIncludes: ['"Caf\u00e9\\u00a0note" (U+00A0)', "only in invisible characters"] }],
    },
    {
      name: "a near miss that looks the same (a no-break space): both names escaped, with the code points that differ",
      http: `${post("Gift message")}\n###\n${put("Gift\u00a0message")}`,
      errors: [{ messageId: "unmatchedNear", line: 10, messageIncludes: ['this PUT sends "Gift\\u00a0message" (U+00A0)', 'did you mean "Gift message" (U+0020)?'] }],
    },
    {
      // Found by the audit of suggestions (fix-suggest): "Key 2" was "did you mean Key 1?", a changed
      // digit taken for a typo; a PUT of the second record would be pointed at the first's name.
      name: "a name that differs from a created one only in its number names another record: no did-you-mean",
      http: `${post("Custom Data Key 1")}\n###\n${put("Custom Data Key 2")}`,
      errors: [{ messageId: "unmatched", line: 10, messageIncludes: ['this PUT sends "Custom Data Key 2"', 'it created "Custom Data Key 1"'], messageExcludes: ["did you mean"] }],
    },
    {
      // Found by the second audit of suggestions: "Window" was "did you mean Delivery Window Start?", another
      // record's name (an abbreviation that left out its first word); a payload's names keep their first word.
      name: "a word of another record's name is no abbreviation of it: no did-you-mean",
      http: `${post("Delivery Window Start")}\n###\n${put("Window")}`,
      errors: [{ messageId: "unmatched", line: 10, messageIncludes: ['this PUT sends "Window"'], messageExcludes: ["did you mean"] }],
    },
    {
      name: "a name holding a bidi override is escaped, never shown raw",
      http: `${post("Gift note")}\n###\n${put("Delivery\u202ewindow")}`,
      errors: [{ messageId: "unmatched", line: 10, messageIncludes: ['this PUT sends "Delivery\\u202ewindow"'] }],
    },
    {
      // Two 20,000-character names took 13 s and 1.6 GB to compare for a "did you mean".
      name: "names far past any the documents take: no nearest name is looked for",
      http: `${post("x".repeat(20_000))}\n###\n${put("y".repeat(20_000))}`,
      errors: [{ messageId: "unmatched", line: 10 }],
    },
    {
      name: "a record ID from another field of the created response: which record it is, the file does not say",
      http: `${post("Gift note", "create")}\n###\n${post("Gift note")}\n###\n${put("Other", "{{create.response.body.manufacturerID}}")}`,
      errors: [{ messageId: "unmatched", line: 17, messageIncludes: ['this PUT sends "Other"', "{{create.response.body.manufacturerID}}"] }],
    },
    {
      name: "a name the file never created: it may be another record, so the message says both",
      http: `${post("Gift note")}\n###\n${put("Delivery window")}`,
      errors: [{ messageId: "unmatched", line: 10, messageIncludes: ['it created "Gift note"', "if it updates a record created elsewhere, this is no fault"] }],
    },
    {
      // "necessary for the Custom Order Data API to return a successful response": the OMS creates
      // nothing, so the names known before it are still all the file created.
      name: "a POST that sends no name creates no record: the PUT is compared with the names known before it",
      http: `${post("Gift wrap")}\n###\n${postBody('{"value": "v"}')}\n###\n${put("Gift message")}`,
      errors: [{ messageId: "unmatched", line: 16, messageIncludes: ['this PUT sends "Gift message"', 'it created "Gift wrap")'] }],
    },
    {
      // Found by review: the later POST named create was skipped, and the PUT judged against the first's record.
      name: "a PUT to the record of a POST named as an earlier one, that sends no name: no record of it, so the file does not say which record it is",
      http: `${post("Gift wrap", "create")}\n###\n${postBody('{"value": "v"}', "create")}\n###\n${put("Gift message", created)}`,
      errors: [{ messageId: "unmatched", line: 18, messageIncludes: ['it created "Gift wrap")', `which record "${created}" is`] }],
    },
    {
      name: "a PUT to the record of a GET named as the POST: which record it read, the file does not say",
      http: `${post("Gift wrap", "create")}\n###\n# @name create\nGET https://integration.shopatron.com/api/v2/order/555555/customData/9\n\n###\n${put("Gift message", created)}`,
      errors: [{ messageId: "unmatched", line: 15, messageIncludes: ['it created "Gift wrap")', `which record "${created}" is`] }],
    },
    {
      name: "Postman: a POST that sends no name creates no record",
      postman: namelessPost,
      errors: [{ messageId: "unmatched", line: positionOf(namelessPost, "Gift message").line, messageIncludes: ['this PUT sends "Gift message"', 'it created "Gift wrap")'] }],
    },
  ],
});
