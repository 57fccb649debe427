/** Fills `{{name}}` placeholders of a rule's message template. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}
