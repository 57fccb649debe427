import { defineRule } from "../../src/engine/rule.js";
import { hasTranslatedShape } from "../../src/requests/translatedBody.js";
import { operationReadAs } from "../../src/requests/recordPath.js";
import { holdsVariable } from "../../src/requests/matchEndpoint.js";
import { isUtf8Encoding, writesBytesAsText } from "../../src/requests/inputFileLine.js";
import type { BuiltFrom } from "../../src/requests/httpBody.js";
import type { BodyFile } from "../../src/requests/bodyFile.js";
import { OwnWords, namedWithin, shorten } from "../../src/engine/messageTemplate.js";
import { withoutSecretLookalikes } from "../../src/domain/secretLookalikes.js";

/** How many times, after a file's name: none for once. */
function timesSent(count: number): string {
  return count === 1 ? "" : count === 2 ? " twice" : ` ${count} times`;
}

/**
 * The files a body is built from, each named once with how many `<` lines send it (two lines of
 * one file were "the texts of ./good.json one after another"), as many as a line's quote holds,
 * and every other file counted: 25 files read "./f1.json, …, ./f10.json, …, ./f20.json and 5 more
 * `<` lines", f11 to f19 behind "…" uncounted and f20 read as the last (audit of 7e8b8826).
 */
function namedFiles({ files, fileCount }: BuiltFrom): string {
  const named = namedWithin(files.map(({ path, count }) => `${shorten(withoutSecretLookalikes(path))}${timesSent(count)}`));
  const more = fileCount - named.length;
  return more === 0 ? named.join(", ") : `${named.join(", ")} and ${more} more file${more === 1 ? "" : "s"}`;
}

/** The caveat of a file sent to a translation host: it may hold the body the vendor documents there, which oms-lint does not check. */
function translatedHostWords(path: string): string {
  return `; on a translation host the vendor documents another body for ${shorten(path)} (status FULFILLED or CANCELED, among others; not in the five documents), whose schema oms-lint does not know, and the file may hold that body, which oms-lint does not check`;
}

/**
 * How to lint the file on its own where it holds the body as sent: the command fromFile gives where the file is placed; where
 * its path holds a variable oms-lint cannot fill, or the request file is no file on disk, the kind alone, and why.
 */
function lintItWords(bodyFile: BodyFile, kind: string): OwnWords {
  if (holdsVariable(bodyFile.path)) return new OwnWords(`lint that file on its own, with --kind ${kind} (its path holds a variable oms-lint cannot fill, which the client fills from its environment)`);
  // A path no message can quote whole, or the CLI would read as another file: the kind alone, and why (bodyFileArgument).
  if (bodyFile.noCommand !== undefined) return new OwnWords(`lint that file on its own, with --kind ${kind} (${bodyFile.noCommand}, so no command names it here)`);
  if (bodyFile.argument === undefined) return new OwnWords(`lint that file on its own, with --kind ${kind} (this document is no file on disk, so which file its path names cannot be told here)`);
  // bodyFileArgument gives an argument only where a message quotes it whole, unredacted.
  return new OwnWords(`lint it on its own (oms-lint --kind ${kind} ${bodyFile.argument})`);
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
      noCommand:
        "the body is not checked: it is sent from {{file}}, which is not read as part of the request; lint that file on its own, with --kind {{kind}} ({{why}}, so no command names it here)",
      variablePath:
        "the body is not checked: it is sent from {{file}}, whose path holds a variable oms-lint cannot fill (the client fills it from its environment), so which file that is cannot be told here; lint that file on its own, with --kind {{kind}}",
      template:
        "the body is not checked: it is sent from {{file}}, a template whose variables REST Client fills (`<@`) before it sends it, and oms-lint reads neither the file nor their values, so the file may not be the body sent (REST Client fills the variables it holds){{translatedHost}}; {{ifSentAsItStands}}, it is sent as it stands: {{lintIt}}; if it holds some, write the body inline to have it checked, or lint a copy with its variables filled, with --kind {{kind}}",
      otherEncoding:
        "the body is not checked: it is sent from {{file}}, which REST Client decodes as {{encoding}} (`<@{{encoding}}`) and fills the variables of before it sends it, and oms-lint reads neither the file nor their values{{translatedHost}}; oms-lint reads a file as UTF-8 text alone, so no command lints the body as sent: write the body inline to have it checked, or lint a UTF-8 copy with its variables filled, with --kind {{kind}}",
      encodedAsText:
        "the body is not checked: it is sent from {{file}}, which REST Client reads with `<@{{encoding}}` (buffer.toString('{{encoding}}')), so if the file exists, the body sent is the file's bytes written as {{encoding}} text, not the JSON in the file, and the endpoint's JSON body is not sent; no command lints it: to send the file's JSON, write `<@` (its variables filled) or `<` (as it stands)",
      unknownEncoding:
        "if the file exists, the request fails to send: `<@{{encoding}}` names an encoding Node does not know, and REST Client cannot read {{file}} in the encoding {{encoding}} (Buffer#toString throws \"Unknown encoding\"); if it does not, REST Client sends the line as text: name one it knows (`<@latin1`), or none (`<@`, UTF-8)",
      translatedFile:
        "the body is not checked: it is sent from {{file}}, which is not read as part of the request{{translatedHost}}; if it holds the v2 import, {{lintIt}}",
      builtFromLines:
        "the body is not checked: REST Client builds it from its lines, each `<` line replaced by its file's text ({{files}}), and oms-lint reads none of those files; no one file holds the body, so none can be linted on its own: write the body inline, or whole in one file, to have it checked",
      builtFromFiles:
        "the body is not checked: REST Client sends the texts of its {{fileLines}} `<` lines' files one after another ({{files}}), and oms-lint reads none of them; no one file holds the body, so none can be linted on its own: write the body inline, or whole in one file, to have it checked",
      unchecked:
        "the body is not checked: on a translation host the vendor documents another body for {{path}} (status FULFILLED or CANCELED, among others; not in the five documents), whose schema oms-lint does not know, and this one has not the v2 import's shape (orderStatus; or externalOrderID, manufacturerID, orderItems or orderPayments without status). If it is the v2 import, it lacks orderStatus, which the Historic Order Import document requires",
    },
  },
  checkRequest({ request, method, body, match, operation, hasBodyText, report }) {
    const { bodyFile, unknownEncoding } = request;
    // The operation the request is read as (a PUT without the record ID is the record's PUT): one whose body is checked as a kind.
    // The command names that kind: run on the file alone, the content would tell it (an import's body without orderStatus passed as a Create Order).
    const kind = bodyFile === undefined && unknownEncoding === undefined ? undefined : operationReadAs(match.endpoint, method)?.bodyKind;
    // Buffer#toString throws "Unknown encoding" for a name Node does not know (`<@foo`), on whichever line: REST Client sends
    // nothing, however the body is built (audit of fd60de1c; of 2c586993 for a line past the first), a GraphQL body or a
    // multipart body's boundary lines around it too (audit of 835c082e), if the file exists.
    if (unknownEncoding !== undefined) {
      if (kind !== undefined) report({ part: "bodyFile", messageId: "unknownEncoding", data: { file: unknownEncoding.path, kind, encoding: unknownEncoding.encoding } });
      return;
    }
    if (bodyFile !== undefined) {
      if (kind === undefined) return;
      const { builtFrom } = bodyFile;
      if (builtFrom !== undefined) {
        report({ part: "bodyFile", messageId: builtFrom.lines ? "builtFromLines" : "builtFromFiles", data: { files: new OwnWords(namedFiles(builtFrom)), fileLines: String(builtFrom.fileLines) } });
        return;
      }
      // REST Client fills a `<@` file's variables and decodes it in the encoding named: the command linted the file as it stands,
      // as UTF-8, and failed (a parse error at {{mid}}, "the file is not UTF-8 text") on bodies REST Client sends fine (fix audit).
      const { reading } = bodyFile;
      // On a translation host the file may hold the body the vendor documents there, which no kind checks: a command with the
      // v2 import's kind failed on a body the tool itself declines to judge inline (fix audit). Said with every other caveat.
      const translated = match.url.hostFamily === "translated" && operation?.translatedBodyShape !== undefined;
      const translatedHost = new OwnWords(translated ? translatedHostWords(match.endpoint?.path ?? "") : "");
      const lintIt = lintItWords(bodyFile, kind);
      const encoding = reading?.encoding;
      // buffer.toString('hex'/'base64') spells the bytes out rather than decoding them: "decodes as hex … lint a UTF-8 copy"
      // named a body never sent (audit of 2c586993). Still this rule's warning: oms-lint reads no file, so no parse finding has text to point in.
      if (writesBytesAsText(encoding)) {
        report({ part: "bodyFile", messageId: "encodedAsText", data: { file: bodyFile.path, kind, encoding: encoding as string } });
        return;
      }
      if (!isUtf8Encoding(encoding)) {
        report({ part: "bodyFile", messageId: "otherEncoding", data: { file: bodyFile.path, kind, encoding: encoding as string, translatedHost } });
        return;
      }
      if (reading?.processVariables === true) {
        // On a translation host the file that holds no variable may still hold the translated body, on which the command fails:
        // the command is for one that holds the v2 import, as translatedFile says (audit of 2c586993).
        const ifSentAsItStands = new OwnWords(translated ? "if it holds no variable and holds the v2 import" : "if it holds none");
        report({ part: "bodyFile", messageId: "template", data: { file: bodyFile.path, kind, translatedHost, lintIt, ifSentAsItStands } });
        return;
      }
      if (translated) {
        report({ part: "bodyFile", messageId: "translatedFile", data: { file: bodyFile.path, kind, translatedHost, lintIt } });
        return;
      }
      // What the file variables and the collection left of `{{name}}`: the client fills it from an environment oms-lint does not read.
      if (holdsVariable(bodyFile.path)) {
        report({ part: "bodyFile", messageId: "variablePath", data: { file: bodyFile.path, kind } });
        return;
      }
      // A path no message can quote whole (a secret's look-alike, past maxQuoted), or the CLI would read as another file (bodyFileArgument).
      if (bodyFile.noCommand !== undefined) {
        report({ part: "bodyFile", messageId: "noCommand", data: { file: bodyFile.path, kind, why: new OwnWords(bodyFile.noCommand) } });
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
