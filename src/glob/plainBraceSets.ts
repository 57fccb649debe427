/**
 * Whether every brace of a glob opens a flat set of plain names (`*.{json,http}`,
 * `{sub,.cache}/**`), which picomatch inside fast-glob reads as minimatch's brace expansion does:
 * one alternative each. A set that holds a range (`{1..12}`: picomatch writes a class), a
 * wildcard or `**` (`{**\/b,c}`), a slash, parentheses, brackets, a backslash, a nested set, an
 * empty member, a `*` beside it or a `$` before it is read otherwise by one of them, or might be: such a glob
 * is walked and matched as oms-lint reads it (isPlainPicomatchGlob). Taking every brace for
 * one of those made `**\/*.{json,http}` walk every hidden folder (1f430c07).
 */
export function plainBraceSets(glob: string): boolean {
  let alternatives = 1;
  // Beside a `*`, a set is not plain: picomatch reads `**{b,c}` as a globstar, minimatch as a `*` of the name.
  const rest = glob.replace(/([$*]?)\{([^{}]*)\}(\*?)/g, (whole, before: string, body: string, after: string) => {
    if (before !== "" || after !== "" || !isPlainSet(body)) return whole;
    alternatives *= body.split(",").length;
    return "";
  });
  // A set inside a bracket is the bracket's characters to fast-glob (`k/[{a,b}].json` linted k/,.json):
  // with a bracket anywhere, no set is plain.
  return !rest.includes("{") && !rest.includes("}") && alternatives <= maxPlainAlternatives && (alternatives === 1 || !/[[\]]/.test(glob));
}

/**
 * Past this many alternatives, sets are not plain: fast-glob walks one pattern per alternative,
 * and `{a,b}` sixteen times over (65,536 patterns) ran past 20 s and 660 MB where its walk as
 * `<base>/**`, matched as oms-lint reads it, takes a fraction of a second;
 * `orders/{2021,…,2024}/{01,…,12}/{01,…,31}/*.json` took 2.2 s against 0.22 s.
 */
const maxPlainAlternatives = 32;

/** A member that is only `.` is the folder itself to fast-glob: `x/{.,y}/a.json` linted x/a.json. */
const isPlainSet = (body: string): boolean => body.includes(",") && body.split(",").every((member) => /^[\w.-]+$/.test(member) && !member.includes("..") && member !== ".");
