// Imported by test/support/countedWork.mjs, the child process test/hostile/linearWork.test.ts runs:
// counts the characters JSON.stringify returns while the built CLI runs in process. Redaction built each secret's
// quoted and cut forms (JSON.stringify of the whole secret) again for every message: a thousand
// 5,000-character secrets over 2,000 messages took 23.7 s, a square no array step shows.
// JSON.stringify is replaced for the whole process: hence a process of its own.

let characters = 0;
const { stringify } = JSON;
JSON.stringify = function counted(...args) {
  const text = stringify.apply(JSON, args);
  if (typeof text === "string") characters += text.length;
  return text;
};
export const stringifiedCharacters = () => characters;
