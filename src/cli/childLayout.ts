import { textLayoutOf } from "../files/textLayout.js";

/**
 * How the input is written, so that split's children read like it: indentation, line ends, a
 * final newline. JSON.stringify takes at most 10 columns of indentation (a 12-space input gave
 * 10-space children: split audit), so the children are written a tab a level, then each line's
 * tabs made the input's indentation: JSON.stringify escapes every tab and line break inside a
 * string, so the tabs at a line's start are its indentation alone.
 */
export function layoutOf(text: string): (value: unknown) => string {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  const { lineEnd } = textLayoutOf(text);
  const finalNewline = /\n$/.test(text);
  return (value) => {
    const tabbed = JSON.stringify(value, null, indent === undefined ? undefined : "\t");
    const indented = indent === undefined || indent === "\t" ? tabbed : tabbed.replace(/^\t+/gm, (tabs) => indent.repeat(tabs.length));
    const written = indented.replace(/\n/g, lineEnd);
    return finalNewline ? written + lineEnd : written;
  };
}
