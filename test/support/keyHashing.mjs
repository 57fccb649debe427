// Run in a child process by test/hostile/linearWork.test.ts: counts the characters of the string
// keys handed to a Map's or a Set's get, has, set, add and delete while the built CLI runs in
// process, and prints the count. A key is hashed by all its characters (and a joined string is
// first made flat, a copy of all of it): a walk that looked up each container it opened by its
// whole path hashed a square of characters on a deep text, which no array step and no String
// search shows. The builtins are replaced for the whole process: hence a process of its own.
// Argument: the runs as JSON, [{ cwd, args }, …]; prints their counts, in order.
import { printCounts } from "./countedRuns.mjs";

let characters = 0;
for (const [type, names] of [[Map, ["get", "has", "set", "delete"]], [Set, ["has", "add", "delete"]]]) {
  for (const name of names) {
    const method = type.prototype[name];
    type.prototype[name] = function counted(key, ...rest) {
      if (typeof key === "string") characters += key.length;
      return method.call(this, key, ...rest);
    };
  }
}
await printCounts(() => characters);
