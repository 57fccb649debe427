import { withoutByteOrderMark } from "./byteOrderMark.js";

/**
 * Whether JSON.parse accepts the text (after a leading byte order mark, which a file's text may
 * carry): the token walks that find an edit's place read only such a text. Asked of the text
 * alone, under no limits: JSON.parse nests as deep as the text does.
 */
export function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(withoutByteOrderMark(text));
    return true;
  } catch {
    return false;
  }
}
