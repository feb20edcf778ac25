/**
 * The documents of issue 16's distinct-documents attack: ~28 KB anonymous queries of 3,600
 * unknown field names (under the 32 KiB and 4,000-token limits), distinct per n.
 */
export function distinctDocument(n: number): string {
  const names: string[] = [];
  for (let i = 0; i < 3600; i++) names.push(`f${n.toString(36).padStart(3, '0')}${i.toString(36).padStart(3, '0')}`);
  return `{${names.join(' ')}}`;
}
