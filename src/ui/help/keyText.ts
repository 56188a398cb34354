/** A piece of a key combination as the help overlay shows it: a key (in <kbd>) or the words between keys. */
export type KeyPart = { readonly key: string } | { readonly text: string };

/**
 * Splits a combination as keymap.ts writes it ("Shift+Ctrl+Z or Ctrl+Y",
 * "→ or Space / ←") into keys and the words between them, so each key can
 * be drawn as a key cap.
 */
export function keyParts(keys: string): KeyPart[] {
  const parts: KeyPart[] = [];
  // Alternatives first (" or ", " / "), then the keys of a chord ("+" between two names).
  keys.split(/( or | \/ )/).forEach((piece) => {
    if (piece === ' or ' || piece === ' / ') {
      parts.push({ text: piece });
      return;
    }
    piece.split(/(?<=\S)\+(?=\S)/).forEach((key, i) => {
      if (i > 0) parts.push({ text: '+' });
      parts.push({ key });
    });
  });
  return parts;
}
