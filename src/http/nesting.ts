/**
 * The nesting of a query document counted on its raw text, before the parser sees it:
 * graphql-js parses selections, lists and input objects recursively, and a document nested
 * ~1,900 deep (`{a{a{…}}}`, or `[[[…]]]` in an argument or a variable's default) overflows its
 * stack. Every `{`, `[` and `(` outside strings and comments opens a level. The count is a
 * single pass and never recurses.
 */

const OPEN = new Set([0x7b, 0x5b, 0x28]); // { [ (
const CLOSE = new Set([0x7d, 0x5d, 0x29]); // } ] )

/** The deepest nesting of brackets of any kind in `text`, strings and comments skipped. */
export function maxNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (OPEN.has(c)) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (CLOSE.has(c)) {
      if (depth > 0) depth--;
    } else if (c === 0x23) {
      // # comment, to the end of the line
      while (i + 1 < n && text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d) i++;
    } else if (c === 0x22) {
      if (text.startsWith('"""', i)) {
        // Block string: ends at the next """ not escaped as \"""
        i += 3;
        while (i < n && !(text.startsWith('"""', i) && !text.startsWith('\\"""', i - 1))) i++;
        i += 2;
      } else {
        // String: ends at the next unescaped " or at the end of the line (a syntax error the parser reports)
        i++;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 0x5c) i += 2;
          else if (d === 0x22 || d === 0x0a || d === 0x0d) break;
          else i++;
        }
      }
    }
  }
  return deepest;
}
