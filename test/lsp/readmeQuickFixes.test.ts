import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CodeAction } from "vscode-languageserver";
import { createOrder, importOrder, orderWithPayments, orderPayment } from "../support/payloads.js";
import { scratchServer } from "./scratchServer.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** README's bullet on quick fixes, up to fix-all: the actions it names as safe fixes, then as suggestions ("not preferred"). */
function readmeQuickFixNames(): { safe: string[]; suggestions: string[] } {
  const bullet = (/^- Quick fixes for the findings that have a safe fix[\s\S]*?`source\.fixAll\.oms-lint`/m.exec(readme)?.[0] ?? "").replace(/\s+/g, " ");
  const [safe = "", suggestions = ""] = bullet.split("not preferred");
  const names = (text: string) => [...text.matchAll(/\*([^*]+)\*/g)].map((m) => m[1]!);
  return { safe: names(safe), suggestions: names(suggestions) };
}

/**
 * The README names the quick fixes a user will see: a name it gives as a safe fix must be the
 * title of a preferred action (one `--fix` makes), and a suggestion's the title of one that is
 * not. It named "Remove orderID" a safe fix, where a Create Order's is "Set orderID to null" and
 * "Remove orderID" only a custom data body's suggestion, which --fix leaves (found by the editor audit).
 */
describe("the README's quick fixes are the server's", () => {
  const server = scratchServer("readme-quick-fixes", {
    files: (dir) => {
      mkdirSync(join(dir, "imports"));
      mkdirSync(join(dir, "customData"));
      writeFileSync(join(dir, "oms-lint.config.json"), JSON.stringify({ files: [{ glob: "order.json", kind: "createOrder" }, { glob: "imports/*.json", kind: "importOrder" }, { glob: "customData/*.json", kind: "orderCustomData" }] }));
    },
  });
  const payloads: Record<string, unknown> = {
    "order.json": orderWithPayments([orderPayment({}, { maxAmount: -1 })], { orderID: 555555 }),
    "imports/priced.json": importOrder({ shippingMethod: { shippingType: "standard", price: 5.99 } }),
    "customData/gift.json": { orderID: 555555, name: "gift", value: "wrap" },
  };

  it("names as safe fixes only preferred actions, and as suggestions only the others", async () => {
    const { client } = server;
    const actions: CodeAction[] = [];
    for (const [name, payload] of Object.entries(payloads)) {
      const text = JSON.stringify(payload, null, 2);
      const document = await client.open(server.uri(name), "json", text);
      await client.diagnosticsOf(document.uri, 1);
      const whole = { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } };
      actions.push(...(await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: document.uri }, range: whole, context: { diagnostics: [], only: ["quickfix"] } })));
      await client.close(document.uri);
    }
    const titles = (preferred: boolean) => actions.filter((a) => a.edit !== undefined && (a.isPreferred === true) === preferred).map((a) => a.title);
    const { safe, suggestions } = readmeQuickFixNames();
    expect(safe.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const name of safe) expect(titles(true).filter((title) => title.startsWith(name)), `safe fix *${name}*`).not.toEqual([]);
    for (const name of suggestions) expect(titles(false).filter((title) => title.startsWith(name)), `suggestion *${name}*`).not.toEqual([]);
  });
});
