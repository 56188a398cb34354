/**
 * Text from an imported file is only ever text: it is decoded, stripped of
 * characters that could hide or reorder what the reader sees, and capped.
 * Nothing from the file is evaluated or interpreted as markup.
 */

/** The schema's limit on a display name (schema.ts `label`). */
export const MAX_NAME_CHARS = 120;

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes XML's five predefined entities and numeric character references in
 * one pass, so `&amp;lt;` stays `&lt;`. The parser's own entity expansion is
 * off (DOCTYPE entities can expand exponentially); these five and numeric
 * references are fixed-size and cannot.
 */
export function decodeXmlReferences(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, body: string) => {
    if (body[0] !== '#') return PREDEFINED_ENTITIES[body] ?? whole;
    const codePoint = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : '';
  });
}

// C0 and C1 controls, DEL, and the bidirectional embedding, override and
// isolate marks, which can make a name display as something it is not
// (Unicode TR #36, "Bidirectional text spoofing").
// eslint-disable-next-line no-control-regex
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A display name: decoded, controls removed, whitespace collapsed, and at most
 * `maxChars` UTF-16 units long (what the schema's maxLength counts), cut
 * between characters, never inside a surrogate pair.
 */
export function cleanName(raw: string, maxChars = MAX_NAME_CHARS): string {
  // Work on a bounded prefix: a reference is at most 10 characters, so this
  // keeps every character that could survive the cap.
  const prefix = raw.slice(0, maxChars * 16);
  const text = decodeXmlReferences(prefix).replace(INVISIBLE_OR_CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  let cut = '';
  for (const character of text) {
    if (cut.length + character.length > maxChars - 1) break;
    cut += character;
  }
  return `${cut.trimEnd()}…`;
}
