import { bodyUnchecked } from "../../../rules/request/body-unchecked.js";
import { requestRuleTester } from "../../support/ruleTester.js";
import { collectionOf as collection } from "./postmanRequests.js";

const translated = "POST https://acme-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n";
const classic = "POST https://integration.shopatron.com/api/v2/importOrder/\ncontent-type: application/json\n\n";
const createOrder = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n";
const customDataPost = "POST https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n";

requestRuleTester(bodyUnchecked, {
  valid: [
    { name: "a v2 import body on a translation host (orderStatus): checked", http: `${translated}{"orderStatus": "SHIPPED"}\n` },
    { name: "orderStatus beside the translated body's status: the v2 shape, checked", http: `${translated}{"orderStatus": "SHIPPED", "status": "FULFILLED"}\n` },
    { name: "the v2 import's names without orderStatus or status: the v2 import missing orderStatus, checked", http: `${translated}{"externalOrderID": "A1", "orderItems": []}\n` },
    { name: "any body on the classic host: checked as importOrder", http: `${classic}{"status": "FULFILLED"}\n` },
    // Found by review: a body that is one variable may hold either shape; it was said to have the translated one.
    { name: "a body that is one variable ({{importBody}}): a placeholder, as everywhere in a request file", http: `${translated}{{importBody}}\n` },
    { name: "no body: request/body-required's", http: "POST https://acme-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\n" },
    { name: "Create Order on a translation host: one body shape, checked", http: "POST https://acme-translation.mozu.com/api/v2/createOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n{\"status\": \"FULFILLED\"}\n" },
    // Found by the audit of request files: a body sent from a file drew nothing. An inline body and a GET stay as they were.
    { name: "an inline Create Order body: checked as createOrder, nothing of this rule", http: `${createOrder}{"currency": 123}\n` },
    { name: "a search (GET, no body): nothing", http: "GET https://integration.shopatron.com/api/v2/orderItem/?orderID=5\n" },
    { name: "a GET of custom data with a body from a file: request/body-not-allowed's, no body to check", http: "GET https://integration.shopatron.com/api/v2/order/5/customData\n\n< ./note.json\n" },
    { name: "a body from a file to a URL that names no endpoint: no body kind to check it as", http: "POST https://example.com/orders\nContent-Type: application/json\n\n< ./order.json\n" },
    { name: "<./order.json (no blank after <): REST Client sends the line as written, no file", http: `${createOrder}<./order.json\n`, parseErrors: [4] },
    { name: "an indented < ./order.json: sent as written, no file", http: `${createOrder}   < ./order.json\n`, parseErrors: [4] },
    { name: "a form body (urlencoded Content-Type): sent as written, not from a file", http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/x-www-form-urlencoded\n\nname=a&value=b\n" },
    // Found by the audit of the body-file fix: a form's < line drew the warning, with a command linting the file as the body.
    {
      name: "a multipart/form-data body with boundary lines around a < line: the file is one part the user framed, no finding",
      http: 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n--b\nContent-Disposition: form-data; name="order"; filename="order.json"\nContent-Type: application/json\n\n< ./order.json\n--b--\n',
    },
    {
      name: "a quoted boundary (boundary=\"b\") and its line --b above the < line: framed, no finding",
      http: 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary="b"\n\n--b\nContent-Disposition: form-data; name="order"\n\n< ./order.json\n--b--\n',
    },
    // Found by the audit of 2146a587: RFC 2046 §5.1.1 lets spaces and tabs follow a delimiter ("transport padding"), which receivers must handle.
    ...["--b ", "--b\t", "--b \t "].map((line) => ({
      name: `the boundary line written ${JSON.stringify(line)} (padded) above the < line: framed, no finding`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n${line}\nContent-Disposition: form-data; name="order"\n\n< ./order.json\n--b--\n`,
    })),
    // Found by the audit of request files: multipart/mixed or related with its --b line above the file drew builtFromLines, where
    // form-data drew none. RFC 2046 §5.1.1 gives every multipart subtype the one boundary syntax ("The Content-Type field for
    // multipart entities requires one parameter, \"boundary\""), and REST Client builds no envelope for any: the user framed the file.
    ...["multipart/mixed; boundary=b", 'multipart/related; boundary="b"; type="application/json"', "Multipart/Mixed; boundary=b", "multipart/x-custom; boundary=b"].map((type) => ({
      name: `${type}, its boundary line above the < line: the file is one part the user framed, no finding`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: ${type}\n\n--b\nContent-Type: application/json\n\n< ./order.json\n--b--\n`,
    })),
    { name: "a Postman raw body: checked", postman: collection("POST", "/api/v2/createOrder/", '        "mode": "raw", "raw": "{}"') },
    { name: "a Postman file body with no src: no body (request/body-required's)", postman: collection("POST", "/api/v2/createOrder/", '        "mode": "file", "file": {}') },
    { name: "a Postman formdata body: no file named", postman: collection("POST", "/api/v2/order/5/customData", '        "mode": "formdata", "formdata": [{ "key": "name", "value": "n" }]') },
    { name: "a Postman GET's file body: pruned, not sent", postman: collection("GET", "/api/v2/orderItem/?orderID=5", '        "mode": "file", "file": { "src": "./search.json" }') },
  ],
  invalid: [
    {
      name: "the translated body (status FULFILLED): not checked, and said so",
      http: `${translated}{"status": "FULFILLED", "externalId": "A1"}\n`,
      errors: [{ messageId: "unchecked", line: 5, messageIncludes: ["the body is not checked: on a translation host the vendor documents another body for /api/v2/importOrder/", "not in the five documents"] }],
    },
    {
      name: "v2 names beside the translated body's status: not checked",
      http: `${translated}{"status": "CANCELED", "orderItems": []}\n`,
      errors: [{ messageId: "unchecked", line: 5 }],
    },
    {
      name: "a body with none of either body's names",
      http: `${translated}{"note": "x"}\n`,
      errors: [{ messageId: "unchecked", line: 5, messageIncludes: ["If it is the v2 import, it lacks orderStatus"] }],
    },
    {
      name: "a Create Order body sent from a file (< ./bad.json): not checked, and said so at the < line",
      http: `${createOrder}< ./bad.json\n`,
      errors: [{ messageId: "fromFile", line: 4, column: 1, messageIncludes: ["the body is not checked: it is sent from ./bad.json, which is not read as part of the request", "lint it on its own (oms-lint --kind createOrder bad.json)"] }],
    },
    // Found by the fix audit: the command linted the file as it stands, as UTF-8, and failed on bodies REST Client sends fine.
    // Found by the audit of fd60de1c: "the file as it stands is not the body sent, so no command lints it", where a file holding
    // no variable is sent exactly as it stands; oms-lint does not read the file, so it cannot tell which.
    {
      name: "<@ ./tmpl.json (REST Client fills the variables in the file): the file may not be the body sent, the command for one that holds none",
      http: `${createOrder}<@ ./tmpl.json\n`,
      errors: [
        {
          messageId: "template",
          line: 4,
          messageIncludes: ["sent from ./tmpl.json, a template whose variables REST Client fills (`<@`)", "the file may not be the body sent (REST Client fills the variables it holds)", "if it holds none, it is sent as it stands: lint it on its own (oms-lint --kind createOrder tmpl.json)", "lint a copy with its variables filled"],
          messageExcludes: ["no command lints it"],
        },
      ],
    },
    {
      name: "<@UTF8 (UTF8 in any case, Node's name for UTF-8): a template, the command for a file with no variable",
      http: `${createOrder}<@UTF8 ./tmpl.json\n`,
      errors: [{ messageId: "template", line: 4, messageIncludes: ["(oms-lint --kind createOrder tmpl.json)"] }],
    },
    // Found by the audit of fd60de1c: "REST Client decodes as foo", where Buffer#toString('foo') throws "Unknown encoding" and nothing is sent.
    {
      name: "<@foo ./t.json (an encoding Node does not know): the request fails to send",
      http: `${createOrder}<@foo ./t.json\n`,
      errors: [{ messageId: "unknownEncoding", line: 4, messageIncludes: ["the request fails to send", "REST Client cannot read ./t.json in the encoding foo"], messageExcludes: ["decodes as foo", "(oms-lint"] }],
    },
    // Found by the audit of 835c082e: a <@foo line in a GraphQL body, or inside a multipart body's boundary lines, drew nothing,
    // though REST Client's buffer.toString throws there too; and "fails to send" holds only if the file exists (else the line is sent as text).
    {
      name: "<@foo in a GraphQL body: the request fails to send if the file exists",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\nX-Request-Type: graphql\n\n<@foo ./q.graphql\n",
      errors: [{ messageId: "unknownEncoding", line: 5, messageIncludes: ["if the file exists, the request fails to send", "REST Client cannot read ./q.graphql in the encoding foo", "sends the line as text"] }],
    },
    {
      name: "<@foo inside a multipart body's boundary lines: the request fails to send if the file exists",
      http: 'POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n--b\nContent-Disposition: form-data; name="order"; filename="order.json"\n\n<@foo ./order.json\n--b--\n',
      errors: [{ messageId: "unknownEncoding", line: 7, messageIncludes: ["if the file exists, the request fails to send", "./order.json in the encoding foo"] }],
    },
    // Found by the audit of 2c586993: a <@foo line past the first (or the first of several) read as builtFromFiles, where REST Client
    // throws "Unknown encoding" on any such line and sends nothing.
    {
      name: "< ./tmpl.json then <@foo ./tmpl.json: the request fails to send, at the <@foo line",
      http: `${createOrder}< ./tmpl.json\n<@foo ./tmpl.json\n`,
      errors: [{ messageId: "unknownEncoding", line: 5, messageIncludes: ["the request fails to send", "REST Client cannot read ./tmpl.json in the encoding foo"], messageExcludes: ["one after another"] }],
    },
    {
      name: "<@foo ./a.json then < ./b.json: the request fails to send",
      http: `${createOrder}<@foo ./a.json\n< ./b.json\n`,
      errors: [{ messageId: "unknownEncoding", line: 4, messageIncludes: ["REST Client cannot read ./a.json in the encoding foo"] }],
    },
    {
      name: "lines around <@latin1 then <@bar: the first unknown encoding is said",
      http: `${createOrder}{"a":\n<@latin1 ./a.json\n,"b":\n<@bar ./b.json\n}\n`,
      errors: [{ messageId: "unknownEncoding", line: 7, messageIncludes: ["`<@bar` names an encoding Node does not know", "./b.json"], messageExcludes: ["builds it from its lines"] }],
    },
    // Found by the audit of fd60de1c: where a translation host and a <@ line (or a variable in the path) both apply, one caveat was dropped.
    {
      name: "<@ ./tr.json to a translation host: a template, and the file may hold the translated body",
      http: "POST https://t1-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n<@ ./tr.json\n",
      // Found by the audit of 2c586993: "if it holds none, it is sent as it stands: lint it on its own (oms-lint --kind importOrder tr.json)",
      // a command that fails on the translated body the same message says the file may hold.
      errors: [
        {
          messageId: "template",
          line: 5,
          messageIncludes: ["the file may not be the body sent", "on a translation host the vendor documents another body for /api/v2/importOrder/", "if it holds no variable and holds the v2 import, it is sent as it stands: lint it on its own (oms-lint --kind importOrder tr.json)"],
          messageExcludes: ["if it holds none,"],
        },
      ],
    },
    {
      name: "<@latin1 ./tr.json to a translation host: decoded so, and the file may hold the translated body",
      http: "POST https://t1-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n<@latin1 ./tr.json\n",
      errors: [{ messageId: "otherEncoding", line: 5, messageIncludes: ["decodes as latin1", "on a translation host the vendor documents another body for /api/v2/importOrder/"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "< {{dir}}/tr.json to a translation host: the translated body's caveat, and the path's variable",
      http: "POST https://t1-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n< {{dir}}/tr.json\n",
      errors: [{ messageId: "translatedFile", line: 5, messageIncludes: ["on a translation host the vendor documents another body", "its path holds a variable oms-lint cannot fill"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "<@latin1 ./latin.json (decoded from Latin-1): no command",
      http: `${createOrder}<@latin1 ./latin.json\n`,
      errors: [{ messageId: "otherEncoding", line: 4, messageIncludes: ["sent from ./latin.json, which REST Client decodes as latin1 (`<@latin1`)", "oms-lint reads a file as UTF-8 text alone", "with --kind createOrder"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "a path with a blank, in a folder beside the file's: quoted for a shell",
      http: `${createOrder}<   ../orders/bad order.json  \n`,
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["sent from ../orders/bad order.json,", "(oms-lint --kind createOrder '../orders/bad order.json')"] }],
    },
    {
      name: "an absolute path: named as written where no working folder is known",
      http: `${createOrder}< /srv/orders/bad.json\n`,
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["(oms-lint --kind createOrder /srv/orders/bad.json)"] }],
    },
    {
      name: "a file variable in the path: the path REST Client reads, filled",
      http: `@dir = fixtures\n${createOrder}< ./{{dir}}/bad.json\n`,
      errors: [{ messageId: "fromFile", line: 5, messageIncludes: ["sent from ./fixtures/bad.json", "(oms-lint --kind createOrder fixtures/bad.json)"] }],
    },
    // Found by the audit of the body-file fix: a variable left in the path gave a command naming no file (oms-lint '{{dir}}/bad.json').
    {
      name: "a variable REST Client fills from its environment ({{dir}}): the path holds a variable oms-lint cannot fill, no command",
      http: `${createOrder}< {{dir}}/bad.json\n`,
      errors: [{ messageId: "variablePath", line: 4, messageIncludes: ["sent from {{dir}}/bad.json", "holds a variable oms-lint cannot fill"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "a system variable ({{$processEnv HOME}}): the same",
      http: `${createOrder}< {{$processEnv HOME}}/orders/bad.json\n`,
      errors: [{ messageId: "variablePath", line: 4, messageIncludes: ["sent from {{$processEnv HOME}}/orders/bad.json"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "a Postman src with a variable the collection does not define: the same",
      postman: collection("POST", "/api/v2/importOrder/", '        "mode": "file",\n        "file": { "src": "{{fixtures}}/import.json" }'),
      errors: [{ messageId: "variablePath", line: 9, messageIncludes: ["sent from {{fixtures}}/import.json", "--kind importOrder"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "comment lines above the < line: the finding stands at the < line",
      http: `${createOrder}# the order under test\n// from the fixtures\n< ./bad.json\n`,
      errors: [{ messageId: "fromFile", line: 6 }],
    },
    // Found by the audit of the body-file fix: such a body was said "sent from ./value.json", and the command linting value.json alone failed.
    {
      name: "a body of lines and files (REST Client puts each file's text in place of its line): built from both, no command, at the first < line",
      http: `${customDataPost}{"name": "giftMessage", "value":\n< ./value.json\n< ./more.json\n}\n`,
      errors: [{ messageId: "builtFromLines", line: 5, messageIncludes: ["REST Client builds it from its lines", "(./value.json, ./more.json)"], messageExcludes: ["oms-lint --kind", "sent from"] }],
    },
    {
      name: "a line of text and a file, comments between: built from both",
      http: `${customDataPost}# the note\n{"name": "giftMessage", "value": 1,\n// its value\n< ./rest.json\n`,
      errors: [{ messageId: "builtFromLines", line: 7, messageExcludes: ["oms-lint --kind"] }],
    },
    {
      name: "a variable whose value holds a line of text beside the < line: built from both",
      http: `@head = {"name": "n", "value":\n${customDataPost}{{head}}\n< ./value.json\n}\n`,
      errors: [{ messageId: "builtFromLines", line: 6 }],
    },
    {
      name: "two < lines and nothing else: the files' texts one after another, no command",
      http: `${createOrder}< ./head.json\n< ./tail.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["the texts of its 2 `<` lines' files one after another (./head.json, ./tail.json)"], messageExcludes: ["oms-lint --kind"] }],
    },
    // Found by the fix audit: "the texts of ./good.json one after another" for one file sent twice.
    {
      name: "two < lines of one file: its text sent twice, the file named once with its count",
      http: `${createOrder}< ./good.json\n< ./good.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["the texts of its 2 `<` lines' files one after another (./good.json twice)"] }],
    },
    {
      name: "three lines, two files: each named once with its count",
      http: `${createOrder}< ./a.json\n< ./b.json\n< ./a.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["the texts of its 3 `<` lines' files one after another (./a.json twice, ./b.json)"] }],
    },
    // Found by the fix audit: 20 files were kept, and the message ended "…, ./f20.json one after another", hiding f21 to f25.
    // Found by the audit of 7e8b8826: "(./f1.json, …, ./f10.json, …, ./f20.json and 5 more `<` lines)" dropped f11 to f19
    // uncounted behind "…", and "./f20.json and 5 more" read as if f20 were the last file. Each file is now named or counted.
    {
      name: "25 < lines of 25 files: the first named (within a line's quote), every other counted, none behind an ellipsis",
      http: `${createOrder}${Array.from({ length: 25 }, (_, i) => `< ./f${i + 1}.json\n`).join("")}`,
      errors: [
        {
          messageId: "builtFromFiles",
          line: 4,
          messageIncludes: ["the texts of its 25 `<` lines' files one after another (./f1.json, ./f2.json, ./f3.json, ./f4.json, ./f5.json, ./f6.json, ./f7.json, ./f8.json, ./f9.json, ./f10.json and 15 more files)"],
          messageExcludes: ["…", "`<` lines)"],
        },
      ],
    },
    {
      name: "26 < lines of 25 files, the first sent twice: named with its count, the 15 files past those named counted once each",
      http: `${createOrder}${Array.from({ length: 25 }, (_, i) => `< ./f${i + 1}.json\n`).join("")}< ./f1.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["its 26 `<` lines' files one after another (./f1.json twice, ./f2.json, ", "and 15 more files)"], messageExcludes: ["…"] }],
    },
    {
      name: "23 < lines of 22 files, the last of them sent twice: a file past those named is counted once, however often it is sent",
      http: `${createOrder}${Array.from({ length: 22 }, (_, i) => `< ./f${i + 1}.json\n`).join("")}< ./f22.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["its 23 `<` lines' files one after another (./f1.json, ", "./f10.json and 12 more files)"], messageExcludes: ["…"] }],
    },
    {
      name: "3 < lines of 3 files with long names: those past a line's quote counted, not cut",
      http: `${createOrder}${["a", "b", "c"].map((letter) => `< ./${letter.repeat(70)}.json\n`).join("")}`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: [`(./${"a".repeat(70)}.json and 2 more files)`], messageExcludes: ["…"] }],
    },
    // Found by the fix audit: a line of a no-break space was taken for blank (/\s/), but REST Client sends it and JSON refuses it.
    {
      name: "a line of a no-break space between two < lines: a line sent as written, so built from lines and files",
      http: `${createOrder}< ./head.json\n\u00a0\n< ./tail.json\n`,
      errors: [{ messageId: "builtFromLines", line: 4 }],
    },
    {
      name: "a line of JSON whitespace alone (a tab) between two < lines: blank, the files' texts",
      http: `${createOrder}< ./head.json\n\t\n< ./tail.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4 }],
    },
    {
      name: "one < line between comments and blank lines: the file alone is sent, the command given",
      http: `${createOrder}# the order\n\n< ./bad.json\n\n// done\n`,
      errors: [{ messageId: "fromFile", line: 6, messageIncludes: ["(oms-lint --kind createOrder bad.json)"] }],
    },
    {
      name: "a custom data PUT without the record ID: the record's PUT, whose body is checked, so said unchecked",
      http: "PUT https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/json\n\n< ./note.json\n",
      errors: [{ messageId: "fromFile", line: 4 }],
    },
    {
      // Found by the fix audit: the command (--kind importOrder) failed on a translated body, which inline draws only this warning.
      name: "an import to a translation host from a file: the file may hold the translated body; the command for one that holds the v2 import",
      http: "POST https://t1-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n< ./tr.json\n",
      errors: [
        {
          messageId: "translatedFile",
          line: 5,
          messageIncludes: ["sent from ./tr.json, which is not read", "on a translation host the vendor documents another body for /api/v2/importOrder/", "the file may hold that body, which oms-lint does not check", "if it holds the v2 import, lint it on its own (oms-lint --kind importOrder tr.json)"],
        },
      ],
    },
    {
      name: "a Create Order to a translation host from a file: one body shape, the command given",
      http: "POST https://t1-translation.mozu.com/api/v2/createOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n< ./order.json\n",
      errors: [{ messageId: "fromFile", line: 5, messageIncludes: ["(oms-lint --kind createOrder order.json)"] }],
    },
    // Found by the audit of the body-file fix: the command named no kind, so a Create Order's body behind an import's < line passed as createOrder.
    {
      name: "an import's body from a file: the command checks it as importOrder, whose orderStatus a Create Order has not",
      http: `${classic}< ./good.json\n`,
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["(oms-lint --kind importOrder good.json)"] }],
    },
    {
      name: "an order item's custom data from a file: the command checks it as orderItemCustomData, not the order's",
      http: "PUT https://integration.shopatron.com/api/v2/orderItem/7/customData/3?orderID=5\nContent-Type: application/json\n\n< ./note.json\n",
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["(oms-lint --kind orderItemCustomData note.json)"] }],
    },
    {
      name: "a Postman import's file body: the same kind in the command",
      postman: collection("POST", "/api/v2/importOrder/", '        "mode": "file",\n        "file": { "src": "orders/good.json" }'),
      errors: [{ messageId: "fromFile", line: 9, messageIncludes: ["(oms-lint --kind importOrder orders/good.json)"] }],
    },
    // Found by the fix audit: REST Client's parseBody sends the file's bytes whenever a line is a < line, whatever the
    // Content-Type (form encoding is for string bodies alone); the finding had been left out for urlencoded bodies.
    // Found by the audit of 2c586993: "REST Client decodes as hex … lint a UTF-8 copy", where buffer.toString('hex') writes the
    // file's bytes as hex text: the body sent is never the JSON in the file, and no copy of it lints the body sent.
    ...["hex", "base64", "base64url", "HEX"].map((encoding) => ({
      name: `<@${encoding} ./order.json: the body sent is the file's bytes written as ${encoding} text, no command`,
      http: `${createOrder}<@${encoding} ./order.json\n`,
      errors: [
        {
          messageId: "encodedAsText",
          line: 4,
          messageIncludes: [`if the file exists, the body sent is the file's bytes written as ${encoding} text, not the JSON in the file`, "./order.json"],
          messageExcludes: ["decodes as", "(oms-lint", "UTF-8 copy"],
        },
      ],
    })),
    {
      name: "<@base64 to a translation host: the bytes as text, whatever body the file holds",
      http: "POST https://t1-translation.mozu.com/api/v2/importOrder/\nx-vol-tenant: 1\ncontent-type: application/json\n\n<@base64 ./tr.json\n",
      errors: [{ messageId: "encodedAsText", line: 5, messageIncludes: ["written as base64 text"], messageExcludes: ["(oms-lint"] }],
    },
    // Found by the audit of fb596df1: REST Client builds no multipart envelope; it joins the body's lines, each file's bytes in
    // place of its `<` line, so a multipart body that is a `<` line alone sends the file as the body.
    {
      name: "a multipart/form-data body that is a < line alone (no boundary line): the file is the body sent, the finding and its command",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n< ./order.json\n",
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["sent from ./order.json", "(oms-lint --kind createOrder order.json)"] }],
    },
    // Found by the audit of 835c082e: any line starting with `--` was taken for a boundary framing the file, wherever it stood.
    // Only a line equal to `--` and the Content-Type's boundary, above the first `<` line, opens a part the file is in.
    ...[
      ["--not-a-boundary", "a line starting with -- that is not the boundary"],
      ["--b--", "the closing delimiter alone"],
      ["--b", "the boundary line below the file"],
    ].map(([below, what]) => ({
      name: `a multipart/form-data body: < ./order.json then ${below} (${what}): not framed, the lines and the file are the body`,
      http: `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n< ./order.json\n${below}\n`,
      errors: [{ messageId: "builtFromLines", line: 4, messageIncludes: ["each `<` line replaced by its file's text (./order.json)"] }],
    })),
    {
      name: "a multipart/form-data body: --c above the < line where the boundary is b: not framed",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data; boundary=b\n\n--c\n< ./order.json\n",
      errors: [{ messageId: "builtFromLines", line: 5, messageIncludes: ["(./order.json)"] }],
    },
    {
      name: "a multipart/mixed body: --c above the < line where the boundary is b: not framed, as under form-data",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/mixed; boundary=b\n\n--c\n< ./order.json\n",
      errors: [{ messageId: "builtFromLines", line: 5, messageIncludes: ["(./order.json)"] }],
    },
    {
      name: "a multipart/mixed body that is a < line alone: the file is the body sent, the finding and its command",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/mixed; boundary=b\n\n< ./order.json\n",
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["(oms-lint --kind createOrder order.json)"] }],
    },
    {
      name: "a multipart/form-data body of two < lines (no boundary line): the files one after another",
      http: "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: multipart/form-data\n\n< ./a.json\n< ./b.json\n",
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["./a.json, ./b.json"] }],
    },
    // Found by the audit of c77deeba: `< ./f1.json` and `< f1.json` alternating read "(./f1.json 30 times, f1.json 30 times)",
    // one file named twice; REST Client reads both against the request file's folder.
    {
      name: "one file written as ./f1.json and f1.json, 30 times each: named once, 60 times",
      http: `${createOrder}${"< ./f1.json\n< f1.json\n".repeat(30)}`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["its 60 `<` lines' files", "(./f1.json 60 times)"], messageExcludes: ["30 times"] }],
    },
    {
      name: "one file as ./f1.json, sub/../f1.json and f1.json, beside ./f2.json: two files",
      http: `${createOrder}< ./f1.json\n< sub/../f1.json\n< f1.json\n< ./f2.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["(./f1.json 3 times, ./f2.json)"] }],
    },
    // Found by the audit of 835c082e: `{{dir}}/../f.json` normalized to f.json through a variable left unfilled, so two
    // files read "./f.json twice"; what `{{dir}}` holds (a path of any depth) is not known, so that path is keyed as written.
    {
      name: "< ./f.json and < {{dir}}/../f.json, dir undefined: two files, not ./f.json twice",
      http: `${createOrder}< ./f.json\n< {{dir}}/../f.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["(./f.json, {{dir}}/../f.json)"], messageExcludes: ["twice"] }],
    },
    {
      name: "< {{dir}}/f.json twice, dir undefined: one path written alike, named once, twice",
      http: `${createOrder}< {{dir}}/f.json\n< {{dir}}/f.json\n`,
      errors: [{ messageId: "builtFromFiles", line: 4, messageIncludes: ["({{dir}}/f.json twice)"] }],
    },
    {
      name: "an x-www-form-urlencoded body with a < line: the file's bytes are the body, the finding and its command",
      http: "POST https://integration.shopatron.com/api/v2/order/5/customData\nContent-Type: application/x-www-form-urlencoded\n\n< ./note.json\n",
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["sent from ./note.json", "(oms-lint --kind orderCustomData note.json)"] }],
    },
    {
      name: "each request its own finding",
      http: `${createOrder}< ./a.json\n\n###\n${createOrder}< ./b.json\n`,
      errors: [
        { messageId: "fromFile", line: 4, messageIncludes: ["./a.json"] },
        { messageId: "fromFile", line: 10, messageIncludes: ["./b.json"] },
      ],
    },
    {
      name: "a Postman file body (src): at the body's mode",
      postman: collection("POST", "/api/v2/createOrder/", '        "mode": "file",\n        "file": { "src": "./bad.json" }'),
      errors: [{ messageId: "fromFile", line: 9, column: 17, messageIncludes: ["sent from ./bad.json, which is not read as part of the request", "(oms-lint --kind createOrder ./bad.json)"] }],
    },
    {
      name: "a Postman file body given as its path alone",
      postman: collection("POST", "/api/v2/order/5/customData", '        "mode": "file",\n        "file": "fixtures/note.json"'),
      errors: [{ messageId: "fromFile", line: 9, messageIncludes: ["(oms-lint --kind orderCustomData fixtures/note.json)"] }],
    },
    // Found by the audit of request files: the command quoted its file redacted or shortened, and named another file or
    // none (`[redacted]` is a glob's bracket, a path cut at "…" names nothing): no message quotes a secret (SPEC §5), so
    // where the path cannot stand whole, the kind alone, and why.
    {
      name: "a file whose name reads as an email address: the kind alone, no command",
      http: `${createOrder}< ./orders/jane.doe@example.com.json\n`,
      errors: [{ messageId: "noCommand", line: 4, messageIncludes: ["lint that file on its own, with --kind createOrder (its path holds what reads as a secret (a card number, an email address, a phone number), which no message quotes, so no command names it here)"], messageExcludes: ["(oms-lint", "jane.doe"] }],
    },
    {
      name: "a file named by a card number: the kind alone, no command",
      http: `${createOrder}< ./orders/4111111111111111.json\n`,
      errors: [{ messageId: "noCommand", line: 4, messageIncludes: ["sent from ./orders/[redacted].json,", "with --kind createOrder (its path holds what reads as a secret"], messageExcludes: ["(oms-lint", "4111111111111111"] }],
    },
    {
      name: "a file whose path is longer than a message quotes: the kind alone, no command",
      http: `${createOrder}< ./${"f".repeat(150)}/order.json\n`,
      errors: [{ messageId: "noCommand", line: 4, messageIncludes: ["with --kind createOrder (its path is longer than a message quotes whole (160 characters), so no command names it here)"], messageExcludes: ["(oms-lint"] }],
    },
    {
      name: "a template named by a card number: its command, too, is the kind alone",
      http: `${createOrder}<@ ./orders/4111111111111111.json\n`,
      errors: [{ messageId: "template", line: 4, messageIncludes: ["if it holds none, it is sent as it stands: lint that file on its own, with --kind createOrder (its path holds what reads as a secret"], messageExcludes: ["(oms-lint", "4111111111111111"] }],
    },
    {
      name: "a Postman src named by a card number: the kind alone, at the body's mode",
      postman: collection("POST", "/api/v2/createOrder/", '        "mode": "file",\n        "file": { "src": "orders/4111111111111111.json" }'),
      errors: [{ messageId: "noCommand", line: 9, messageIncludes: ["with --kind createOrder (its path holds what reads as a secret"], messageExcludes: ["(oms-lint"] }],
    },
    // oms-lint reads a target that names no file as a glob: 'order[1].json' linted order1.json (test/requests/bodyFileCommand.test.ts runs them).
    {
      name: "a file whose name holds a glob's bracket: escaped as the command line reads it",
      http: `${createOrder}< ./order[1].json\n`,
      errors: [{ messageId: "fromFile", line: 4, messageIncludes: ["(oms-lint --kind createOrder 'order\\[1\\].json')"] }],
    },
    {
      name: "a file whose name holds a brace: no escape names it alone, the kind alone",
      http: `${createOrder}< ./order{1,2}.json\n`,
      errors: [{ messageId: "noCommand", line: 4, messageIncludes: ["with --kind createOrder (its path holds a backslash or a brace"], messageExcludes: ["(oms-lint"] }],
    },
  ],
});
