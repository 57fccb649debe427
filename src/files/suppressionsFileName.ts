/** The suppressions file's default name (--suppressions-location): what the CLI reads and writes, and a folder walk never lints (notPayload.ts). */
export const suppressionsFileName = "oms-lint-suppressions.json";
