/** The plugin's name, under which configs.recommended registers it (and its `meta.namespace`, which ESLint 10 matches a renamed plugin by). */
export const pluginName = "oms-lint";

/** The plugin's language, `oms-lint/json`: the one its rules run on (their `meta.languages`). */
export const languageId = `${pluginName}/json`;
