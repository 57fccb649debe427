import { defineRule } from "../../src/engine/rule.js";
import { hasTranslatedShape } from "../../src/requests/translatedBody.js";
import { operationReadAs } from "../../src/requests/recordPath.js";
import { holdsVariable } from "../../src/requests/matchEndpoint.js";
import { isUtf8Encoding } from "../../src/requests/inputFileLine.js";
import type { BuiltFrom } from "../../src/requests/httpBody.js";
import { OwnWords, shorten, shortenList } from "../../src/engine/messageTemplate.js";
import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";

/** How many times, after a file's name: none for once. */
function timesSent(count: number): string {
  return count === 1 ? "" : count === 2 ? " twice" : ` ${count} times`;
}

/**
 * The files a body is built from, each once with how many `<` lines send it (two lines of one
 * file were "the texts of ./good.json one after another"), and the lines of files past those
 * named counted, not hidden (25 files ended at ./f20.json: fix audit).
 */
function namedFiles({ files, fileLines }: BuiltFrom): string {
  const named = shortenList(files.map(({ path, count }) => `${shorten(withoutSecretLookalikes(path))}${timesSent(count)}`));
  const more = fileLines - files.reduce((sum, { count }) => sum + count, 0);
  return more === 0 ? named : `${named} and ${more} more \`<\` line${more === 1 ? "" : "s"}`;
}

export const bodyUnchecked = defineRule({
  meta: {
    id: "request/body-unchecked",
    description:
      "A body oms-lint leaves unchecked: one sent from a file (REST Client's `< ./order.json`, a Postman file body), which it does not read, and a Historic Order Import sent to a translation host whose body has not the v2 import's shape (that host documents another body, whose schema oms-lint does not know). Said, so that no finding is not taken for a clean body (our reading).",
    defaultSeverity: "warning",
    evidence: "inferred",
    target: "request",
    source: {
      document: "Historic Order Import API (seeds/003), Required Parameters",
      passage:
        "These parameters are necessary for the Historic Order Import API to return a successful response. Note that the required parameter “orderStatus” is one of the elements that differs from the standard Create Order call.",
    },
    messages: {
      fromFile: "the body is not checked: it is sent from {{file}}, which is not read as part of the request; lint it on its own (oms-lint --kind {{kind}} {{argument}})",
      notOnDisk:
        "the body is not checked: it is sent from {{file}}, which is not read as part of the request; this document is no file on disk, so which file that path names cannot be told here: save the document in a folder, or lint that file on its own, with --kind {{kind}}",
      variablePath:
        "the body is not checked: it is sent from {{file}}, whose path holds a variable oms-lint cannot fill (the client fills it from its environment), so which file that is cannot be told here; lint that file on its own, with --kind {{kind}}",
      template:
        "the body is not checked: it is sent from {{file}}, a template whose variables REST Client fills (`<@`) before it sends it, and oms-lint reads neither the file nor their values; the file as it stands is not the body sent, so no command lints it: write the body inline to have it checked, or lint a copy with its variables filled, with --kind {{kind}}",
      otherEncoding:
        "the body is not checked: it is sent from {{file}}, which REST Client decodes as {{encoding}} (`<@{{encoding}}`) and fills the variables of before it sends it, and oms-lint reads neither the file nor their values; oms-lint reads a file as UTF-8 text alone, so no command lints the body as sent: write the body inline to have it checked, or lint a UTF-8 copy with its variables filled, with --kind {{kind}}",
      translatedFile:
        "the body is not checked: it is sent from {{file}}, which is not read as part of the request; on a translation host the vendor documents another body for {{path}} (status FULFILLED or CANCELED, among others; not in the five documents), whose schema oms-lint does not know, and the file may hold that body, which oms-lint does not check; if it holds the v2 import, lint it on its own with --kind {{kind}}",
      builtFromLines:
        "the body is not checked: REST Client builds it from its lines, each `<` line replaced by its file's text ({{files}}), and oms-lint reads none of those files; no one file holds the body, so none can be linted on its own: write the body inline, or whole in one file, to have it checked",
      builtFromFiles:
        "the body is not checked: REST Client sends the texts of its {{fileLines}} `<` lines' files one after another ({{files}}), and oms-lint reads none of them; no one file holds the body, so none can be linted on its own: write the body inline, or whole in one file, to have it checked",
      unchecked:
        "the body is not checked: on a translation host the vendor documents another body for {{path}} (status FULFILLED or CANCELED, among others; not in the five documents), whose schema oms-lint does not know, and this one has not the v2 import's shape (orderStatus; or externalOrderID, manufacturerID, orderItems or orderPayments without status). If it is the v2 import, it lacks orderStatus, which the Historic Order Import document requires",
    },
  },
  checkRequest({ request, method, body, match, operation, hasBodyText, report }) {
    const { bodyFile } = request;
    if (bodyFile !== undefined) {
      // The operation the request is read as (a PUT without the record ID is the record's PUT): one whose body is checked as a kind.
      // The command names that kind: run on the file alone, the content would tell it (an import's body without orderStatus passed as a Create Order).
      const kind = operationReadAs(match.endpoint, method)?.bodyKind;
      if (kind === undefined) return;
      const { builtFrom } = bodyFile;
      if (builtFrom !== undefined) {
        report({ part: "bodyFile", messageId: builtFrom.lines ? "builtFromLines" : "builtFromFiles", data: { files: new OwnWords(namedFiles(builtFrom)), fileLines: String(builtFrom.fileLines) } });
        return;
      }
      // REST Client fills a `<@` file's variables and decodes it in the encoding named: the command linted the file as it stands,
      // as UTF-8, and failed (a parse error at {{mid}}, "the file is not UTF-8 text") on bodies REST Client sends fine (fix audit).
      const { reading } = bodyFile;
      if (reading !== undefined && !isUtf8Encoding(reading.encoding)) {
        report({ part: "bodyFile", messageId: "otherEncoding", data: { file: bodyFile.path, kind, encoding: reading.encoding as string } });
        return;
      }
      if (reading?.processVariables === true) {
        report({ part: "bodyFile", messageId: "template", data: { file: bodyFile.path, kind } });
        return;
      }
      // On a translation host the file may hold the body the vendor documents there, which no kind checks: a command with the
      // v2 import's kind failed on a body the tool itself declines to judge inline (fix audit). The kind is said, with no command.
      if (match.url.hostFamily === "translated" && operation?.translatedBodyShape) {
        report({ part: "bodyFile", messageId: "translatedFile", data: { file: bodyFile.path, kind, path: match.endpoint?.path ?? "" } });
        return;
      }
      // What the file variables and the collection left of `{{name}}`: the client fills it from an environment oms-lint does not read.
      if (holdsVariable(bodyFile.path)) {
        report({ part: "bodyFile", messageId: "variablePath", data: { file: bodyFile.path, kind } });
        return;
      }
      // No argument: the request file is no file on disk (an editor's vscode-vfs:// document), so nothing places the path.
      if (bodyFile.argument === undefined) {
        report({ part: "bodyFile", messageId: "notOnDisk", data: { file: bodyFile.path, kind } });
        return;
      }
      report({ part: "bodyFile", messageId: "fromFile", data: { file: bodyFile.path, kind, argument: bodyFile.argument } });
      return;
    }
    if (match.url.hostFamily !== "translated" || !hasBodyText || !operation?.translatedBodyShape) return;
    if (hasTranslatedShape(body, operation)) return;
    report({ part: "body", messageId: "unchecked", data: { path: match.endpoint?.path ?? "" } });
  },
});
