import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { parseHttpFile } from "../../src/requests/httpFile.js";

/**
 * Found by the audit of request files: `# @prompt orderID` above a request (REST Client asks for
 * the value when the request is sent) was not read, so with `@orderID = ORDER_ID_HERE` earlier in
 * the file `{{orderID}}` was filled from the file variable and drew request/path-parameter's error.
 * REST Client's prompted value wins (Selector.getRequest passes the prompted values first to
 * processRawRequest): the name is filled by the client, a value oms-lint cannot know.
 */
const customData = "https://integration.shopatron.com/api/v2/order/{{orderID}}/customData";
const findings = (text: string) => lintHttpFile(text, "t.http").messages.map((m) => m.ruleId);

describe("a name a request prompts for (# @prompt) is the client's to fill", () => {
  const table: { readonly name: string; readonly text: string; readonly found: readonly string[] }[] = [
    { name: "the file variable alone fills it: its placeholder is refused", text: `@orderID = ORDER_ID_HERE\n\nGET ${customData}\n`, found: ["request/path-parameter"] },
    { name: "# @prompt above the request: the prompted value wins", text: `@orderID = ORDER_ID_HERE\n\n# @prompt orderID\nGET ${customData}\n`, found: [] },
    { name: "// @prompt, with a description", text: `@orderID = ORDER_ID_HERE\n\n// @prompt orderID The order to read\nGET ${customData}\n`, found: [] },
    { name: "among the request's other comment lines", text: `@orderID = ORDER_ID_HERE\n\n# @name read\n# @prompt orderID\n# a note\nGET ${customData}\n`, found: [] },
    { name: "a file variable that uses it reads the prompted value too", text: `@orderID = ORDER_ID_HERE\n@url = https://integration.shopatron.com/api/v2/order/{{orderID}}/customData\n\n# @prompt orderID\nGET {{url}}\n`, found: [] },
    { name: "another name prompted for: the file variable still fills this one", text: `@orderID = ORDER_ID_HERE\n\n# @prompt note\nGET ${customData}\n`, found: ["request/path-parameter"] },
    { name: "the prompt holds for its request alone, not the next", text: `@orderID = ORDER_ID_HERE\n\n# @prompt orderID\nGET ${customData}\n\n###\n\nGET ${customData}\n`, found: ["request/path-parameter"] },
  ];
  for (const { name, text, found } of table) it(name, () => expect(findings(text)).toEqual(found));

  it("the URL keeps the prompted name unfilled, as the client fills it", () => {
    const file = parseHttpFile(`@orderID = 5\n\n# @prompt orderID\nGET ${customData}\n`);
    expect(file.requests[0]?.url).toBe(customData);
  });
});
