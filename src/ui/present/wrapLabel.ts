/**
 * Breaks a label into lines of at most `width` characters at spaces, for SVG
 * text (which does not wrap). A word longer than a line stands alone; past
 * `maxLines` the last line ends in an ellipsis.
 */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,;:]+$/, '')}…`;
  return kept;
}
