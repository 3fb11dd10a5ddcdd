// Breaks a sentence into lines no wider than a limit, by whole words, given a function that
// measures text; SVG text does not wrap by itself.

/** Width in pixels of `text` at font size `px` and weight `weight`. */
export type MeasureText = (text: string, px: number, weight: number) => number;

export function wrapText(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
