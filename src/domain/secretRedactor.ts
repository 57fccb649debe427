import { secretForms } from "./secretFields.js";

/**
 * A file's secrets redacted from many messages, as redact() does for one (each form, longest
 * first, where it stands as a token of its own), built once: redact() scans a message for every
 * form, and n secrets over n findings were n² scans (4,000 secret variables each filled once, 16M;
 * audit of secret redaction). The forms are kept by length, each length's in a Map, so a message
 * asks at each token start one lookup per length a form has: its work grows with the message, not
 * with the secrets. (One alternation of every form in a RegExp would still try each at every
 * place, and a thousand 5,000-character secrets make a pattern of megabytes.)
 */
export function secretRedactor(secrets: ReadonlySet<string>): (message: string) => string {
  const byLength = new Map<number, Map<string, string>>();
  for (const [form, replacement] of secretForms(secrets)) {
    if (form.length === 0) continue;
    let forms = byLength.get(form.length);
    if (forms === undefined) byLength.set(form.length, (forms = new Map()));
    if (!forms.has(form)) forms.set(form, replacement);
  }
  // Longest first, as redact() replaces them.
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const alnum = (text: string, at: number) => at >= 0 && at < text.length && /[A-Za-z0-9]/.test(text[at]!);
  return (message) => {
    if (lengths.length === 0) return message;
    const parts: string[] = [];
    let kept = 0;
    for (let at = 0; at < message.length; ) {
      let matched = 0;
      if (!alnum(message, at - 1)) {
        // The longest length that fits from here, by one binary search: no length is asked past the message's end.
        let [low, high] = [0, lengths.length];
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (lengths[middle]! > message.length - at) low = middle + 1;
          else high = middle;
        }
        for (let i = low; i < lengths.length; i++) {
          const length = lengths[i]!;
          if (alnum(message, at + length)) continue;
          const replacement = byLength.get(length)!.get(message.slice(at, at + length));
          if (replacement === undefined) continue;
          parts.push(message.slice(kept, at), replacement);
          matched = length;
          break;
        }
      }
      if (matched > 0) kept = at += matched;
      else at++;
    }
    return kept === 0 ? message : parts.join("") + message.slice(kept);
  };
}
