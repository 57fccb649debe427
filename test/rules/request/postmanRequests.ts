/**
 * A collection of one request, one member a line (so that a finding's line is told by eye): its
 * method, its path on the classic host, a JSON Content-Type, and its body's members as given.
 */
export function collectionOf(method: string, path: string, body: string): string {
  return [
    "{",
    '  "info": { "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },',
    '  "item": [{',
    '    "request": {',
    `      "method": "${method}",`,
    `      "url": "https://integration.shopatron.com${path}",`,
    '      "header": [{ "key": "Content-Type", "value": "application/json" }],',
    '      "body": {',
    body,
    "      }",
    "    }",
    "  }]",
    "}",
    "",
  ].join("\n");
}
