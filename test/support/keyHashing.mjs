// Imported by test/support/countedWork.mjs, the child process test/hostile/linearWork.test.ts runs:
// counts the characters of the string keys handed to a Map's or a Set's get, has, set, add and
// delete while the built CLI runs in process. A key is hashed by all its characters (and a joined string is
// first made flat, a copy of all of it): a walk that looked up each container it opened by its
// whole path hashed a square of characters on a deep text, which no array step and no String
// search shows. The builtins are replaced for the whole process: hence a process of its own. The
// replacements hand their arguments on as they came (Reflect.apply), not spread: a spread is an
// array iteration, which arraySteps.mjs counts in the same process.

let characters = 0;
for (const [type, names] of [[Map, ["get", "has", "set", "delete"]], [Set, ["has", "add", "delete"]]]) {
  for (const name of names) {
    const method = type.prototype[name];
    type.prototype[name] = function counted(key) {
      if (typeof key === "string") characters += key.length;
      return Reflect.apply(method, this, arguments);
    };
  }
}
export const keyHashing = () => characters;
