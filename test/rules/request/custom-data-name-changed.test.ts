import { customDataNameChanged } from "../../../rules/request/custom-data-name-changed.js";
import { positionOf } from "../../support/cli.js";
import { requestRuleTester } from "../../support/ruleTester.js";
import { collection, itemPost, post, postBody, postmanPost, postmanPut, put } from "./customDataRequests.js";

const created = "{{create.response.body.orderCustomDataID}}";
/** A custom data record of order 555555, by its ID. */
const record = (id: number) => `https://integration.shopatron.com/api/v2/order/555555/customData/${id}`;
const renamedInPostman = collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPut("Gift message", created));

requestRuleTester(customDataNameChanged, {
  valid: [
    { name: "the named POST's name", http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("A", created)}` },
    { name: "a PUT to a literal record ID: which record it is, the file does not say (request/custom-data-name-unmatched's)", http: `${post("Gift note")}\n###\n${put("Gift Note")}` },
    { name: "a PUT with no POST before it in the file", http: put("Anything") },
    { name: "the named POST's name in another letter case: not a stated rename (request/custom-data-name-unmatched warns)", http: `${post("Gift note", "create")}\n###\n${put("Gift Note", created)}` },
    { name: "the named POST's name with a trailing space: likewise", http: `${post("Gift note", "create")}\n###\n${put("Gift note ", created)}` },
    { name: "the named POST's name in another Unicode form: likewise", http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Cafe\u0301 note", created)}` },
    { name: "the named POST's name with a no-break space: likewise", http: `${post("Caf\u00e9 note", "create")}\n###\n${put("Caf\u00e9\u00a0note", created)}` },
    { name: "a name that is the created response's own name: it keeps it", http: `${post("Gift note", "create")}\n###\n${put("{{create.response.body.name}}", created)}` },
    { name: "a name held in a variable the file does not define: oms-lint cannot know it", http: `${post("Gift note", "create")}\n###\n${put("{{noteName}}", created)}` },
    { name: "a name from the environment: likewise", http: `${post("Gift note", "create")}\n###\n${put("{{$processEnv NOTE_NAME}}", created)}` },
    { name: "a name partly a variable: likewise", http: `${post("Gift note", "create")}\n###\n${put("Gift {{kind}}", created)}` },
    { name: "a created name held in a variable: which name the record has, oms-lint cannot know", http: `${post("{{noteName}}", "create")}\n###\n${put("Other", created)}` },
    { name: "the created record's ID on another order: another record", http: `${post("Gift note", "create")}\n###\n${put("Other", created, "6")}` },
    {
      name: "a PUT whose orderID names two orders: which record it updates is unknown (the repeat is request/repeated-query-parameter's)",
      http: `${itemPost("A", "itemPost")}\n###\nPUT https://integration.shopatron.com/api/v2/orderItem/7/customData/{{itemPost.response.body.orderItemCustomDataID}}?orderID=555555&orderID=6\nContent-Type: application/json\n\n{"name": "B", "value": "w"}\n`,
    },
    { name: "another field of the response: not the record's ID", http: `${post("Gift note", "create")}\n###\n${put("Other", "{{create.response.body.manufacturerID}}")}` },
    { name: "a response header: not the record's ID", http: `${post("Gift note", "create")}\n###\n${put("Other", "{{create.response.headers.X-Id}}")}` },
    { name: "an item record's ID on an order's custom data: another kind of record", http: `${itemPost("Gift note", "itemPost")}\n###\n${put("Other", "{{itemPost.response.body.orderItemCustomDataID}}")}` },
    { name: "the ID inside a longer record ID: not the record's ID", http: `${post("Gift note", "create")}\n###\n${put("Other", "{{create.response.body.orderCustomDataID}}0")}` },
    // Found by the second review of the request files: `%7B%7Bid%7D%7D` decoded was taken for the
    // POST's `{{id}}`, though the client sends it unsubstituted, to a literal path: another order.
    {
      name: "a PUT to percent-encoded braces where the POST's order was a variable: another order, no rename",
      http: `# @name create\nPOST https://integration.shopatron.com/api/v2/order/{{id}}/customData\nContent-Type: application/json\n\n{"name": "A", "value": "v"}\n###\n${put("B", created, "%7B%7Bid%7D%7D")}`,
    },
    {
      name: "an item PUT whose ?orderID= is percent-encoded braces where the POST's was a variable: likewise",
      http: `# @name itemPost\nPOST https://integration.shopatron.com/api/v2/orderItem/7/customData/?orderID={{id}}\nContent-Type: application/json\n\n{"name": "A", "value": "v"}\n###\nPUT https://integration.shopatron.com/api/v2/orderItem/7/customData/{{itemPost.response.body.orderItemCustomDataID}}?orderID=%7B%7Bid%7D%7D\nContent-Type: application/json\n\n{"name": "B", "value": "w"}\n`,
    },
    // Found by review: a later POST named create whose name was no string it read was skipped, and
    // the PUT to its record was held to the first POST's name, a false error.
    { name: "a later POST of the same name, its name filled in bare: the record is its, whose name oms-lint cannot know", http: `${post("Gift wrap", "create")}\n###\n${postBody('{"name": {{noteName}}, "value": "v"}', "create")}\n###\n${put("Gift message", created)}` },
    { name: "a later POST of the same name whose key is a variable: it may be name", http: `${post("Gift wrap", "create")}\n###\n${postBody('{"{{field}}": "Gift message", "value": "v"}', "create")}\n###\n${put("Gift message", created)}` },
    { name: "a later POST of the same name whose body is a file oms-lint does not read", http: `${post("Gift wrap", "create")}\n###\n${postBody("< ./note.json", "create")}\n###\n${put("Gift message", created)}` },
    // "These parameters are necessary for the Custom Order Data API to return a successful response": its response holds no record ID.
    { name: "a later POST of the same name that sends no name: the OMS creates no record, and the PUT's ID is none the first POST created", http: `${post("Gift wrap", "create")}\n###\n${postBody('{"value": "v"}', "create")}\n###\n${put("Gift message", created)}` },
    { name: "a later POST of the same name whose body is no JSON: likewise", http: `${post("Gift wrap", "create")}\n###\n${postBody('{"name": "Gift message", "value": }', "create")}\n###\n${put("Gift message", created)}`, parseErrors: [12] },
    // Found by the same review: any later request of the name answers `{{create.response.body.…}}` in the POST's place.
    { name: "a later GET of the same name: the record is the one it read, whose name the file does not say", http: `${post("Gift wrap", "create")}\n###\n# @name create\nGET ${record(9)}\n\n###\n${put("Gift message", created)}` },
    { name: "a later PUT of the same name: its response is the record it updated", http: `${post("Gift wrap", "create")}\n###\n# @name create\n${put("Gift message", "9")}\n###\n${put("Gift message", created)}` },
    { name: "a later request of the same name to another call: its response holds no custom data record", http: `${post("Gift wrap", "create")}\n###\n# @name create\nGET https://integration.shopatron.com/api/v2/orderItem/?orderID=555555\n\n###\n${put("Gift message", created)}` },
    { name: "a later POST of the same name to a record's path, which no call takes: its response holds no record it created", http: `${post("Gift wrap", "create")}\n###\n# @name create\nPOST ${record(9)}\nContent-Type: application/json\n\n{"name": "Gift message", "value": "v"}\n\n###\n${put("Gift message", created)}` },
    { name: "Postman: a later request of the same name, its name filled in bare", postman: collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPost('{"name": {{noteName}}, "value": "v"}'), postmanPut("Gift message", created)) },
    { name: "Postman: a later request of the same name that sends no name", postman: collection(postmanPost('{"name": "Gift wrap", "value": "v"}'), postmanPost('{"value": "v"}'), postmanPut("Gift message", created)) },
  ],
  invalid: [
    {
      name: "the record the named request created, sent with another name",
      http: `${post("A", "create")}\n###\n${post("B")}\n###\n${put("B", created)}`,
      errors: [{ messageId: "renamedFromRequest", line: 17, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
    {
      // Found by review: "0555555" was another order to the comparison, and the rename went unreported.
      name: "the created record on its order written with leading zeros (the same integer, as the documents' own URLs send 012345)",
      http: `${post("A", "create")}\n###\n${put("B", created, "0555555")}`,
      errors: [{ messageId: "renamedFromRequest", line: 11, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
    {
      name: "the record ID as a JSONPath of the created response's body",
      http: `${post("A", "create")}\n###\n${put("B", "{{create.response.body.$.orderCustomDataID}}")}`,
      errors: [{ messageId: "renamedFromRequest", line: 11, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
    {
      name: "an item record the named POST created, sent with another name",
      http: `${itemPost("A", "itemPost")}\n###\nPUT https://integration.shopatron.com/api/v2/orderItem/7/customData/{{itemPost.response.body.orderItemCustomDataID}}?orderID=555555\nContent-Type: application/json\n\n{"name": "B", "value": "w"}\n`,
      errors: [{ messageId: "renamedFromRequest", line: 11, messageIncludes: ['request itemPost created it as "A", this PUT sends "B"'] }],
    },
    // Found by the review of the request files: the record was keyed by the segment as written
    // (%35) and the joined query ("5,5"), and the stated rename went unreported.
    {
      name: "the created record on its order written percent-encoded (%35 is 5, as the server reads it)",
      http: `${post("A", "create")}\n###\n${put("B", created, "%35%35%35%35%35%35")}`,
      errors: [{ messageId: "renamedFromRequest", line: 11, messageIncludes: ['request create created it as "A", this PUT sends "B"'] }],
    },
    {
      name: "an item record created on ?orderID=555555, renamed by a PUT that gives orderID=555555 twice",
      http: `${itemPost("A", "itemPost")}\n###\nPUT https://integration.shopatron.com/api/v2/orderItem/7/customData/{{itemPost.response.body.orderItemCustomDataID}}?orderID=555555&orderID=555555\nContent-Type: application/json\n\n{"name": "B", "value": "w"}\n`,
      errors: [{ messageId: "renamedFromRequest", line: 11, messageIncludes: ['request itemPost created it as "A", this PUT sends "B"'] }],
    },
    {
      name: "Postman: the record the item named create created, sent with another name",
      postman: renamedInPostman,
      errors: [{ messageId: "renamedFromRequest", line: positionOf(renamedInPostman, "Gift message").line, messageIncludes: ['request create created it as "Gift wrap", this PUT sends "Gift message"'] }],
    },
  ],
});
