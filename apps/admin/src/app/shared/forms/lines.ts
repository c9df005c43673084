/** What was typed one a line (conditions, controls), trimmed and without blank lines. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
