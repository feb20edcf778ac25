/**
 * Text the service stores and shows back (persons' names, fee items' names, idempotency keys,
 * reversal reasons, key labels): no control characters and no invisible bidirectional
 * formatting. Such characters end strings early in C libraries (NUL), break lines and logs
 * (C0, C1, U+2028/2029), or make a name read differently from what it is (U+202E RIGHT-TO-LEFT
 * OVERRIDE and the other bidi embeddings, overrides, isolates and marks). Chinese, Latin,
 * Uyghur, Tibetan and every other script's letters, digits and punctuation are fine.
 */

/**
 * C0 controls and DEL, C1 controls, the bidi marks and embeddings/overrides/isolates
 * (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), the line and paragraph separators,
 * and lone surrogates.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The position of the first forbidden character in `text`, or -1. */
export function forbiddenCharacterAt(text: string): number {
  const m = FORBIDDEN.exec(text);
  return m ? m.index : -1;
}

/** How a forbidden character is named in an error message: "U+202E". */
export function describeCharacterAt(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The error message for `what` (e.g. "The name") holding a forbidden character. */
export function forbiddenCharacterMessage(what: string, text: string, index: number): string {
  return `${what} contains the control or bidirectional formatting character ${describeCharacterAt(text, index)} at position ${index + 1}; remove it.`;
}
