// What can be added around an exported picture: title, caption, legend, numbered sources.
export interface Annotations {
  title?: string;
  caption?: string;
  legend: boolean;
  sources: boolean;
}

/** Greedy word wrap for a fixed character budget (SVG has no text wrapping of its own). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
