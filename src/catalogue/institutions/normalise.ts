/**
 * Institution name normalisation (机构名称规范化), used to de-duplicate table rows and to
 * search names and aliases by substring. Also splits a restriction suffix such as
 * （限肝病） off a referral table's name cell.
 */

/** Opening and closing brackets of every width and style, unified to ASCII parentheses. */
const OPENING_BRACKETS = /[\[［【〔〖｛{]/g;
const CLOSING_BRACKETS = /[\]］】〕〗｝}]/g;

/** A restriction suffix written after a name: （限肝病）, (限传染病), … */
const RESTRICTION_SUFFIX = /\s*[（(]\s*(限[^（）()]*?)\s*[）)]\s*$/;

/** A unit number written as 第 96604 部队: the ordinal 第 is dropped (96604 部队). */
const ORDINAL_UNIT_NUMBER = /第(\d+)部队/g;

/**
 * The normalised form of a name: NFKC (full-width brackets and digits to half-width),
 * no whitespace, brackets unified to ( ), a restriction suffix dropped, and 第 before a
 * unit number dropped, so 中国人民解放军 第 96604 部队医院 = 中国人民解放军96604部队医院.
 */
export function normaliseInstitutionName(name: string): string {
  return splitRestriction(name)
    .name.normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(ORDINAL_UNIT_NUMBER, '$1部队');
}

/** Splits '兰州市第二人民医院（限肝病）' into name '兰州市第二人民医院' and restriction '限肝病'. */
export function splitRestriction(written: string): { name: string; restriction?: string } {
  const match = RESTRICTION_SUFFIX.exec(written);
  if (!match) return { name: written };
  return { name: written.slice(0, match.index), restriction: match[1] };
}
