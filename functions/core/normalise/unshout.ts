const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', 'on', 'by']);

/**
 * "SENIOR SOFTWARE ENGINEER" as "Senior Software Engineer", "HEAD OF DATA" as "Head of Data": text in
 * capitals only, with a word too long to be an acronym (or two of four letters). "KPMG" alone, and
 * short words anywhere (VP, CTO, IBM), stay as they are.
 */
export function unshout(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const long = text.match(/\p{Lu}{4,}/gu) ?? [];
  if (!long.some((word) => word.length >= 5) && long.length < 2) return text;
  return text.replace(/\p{L}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower)) return at > 0 ? lower : word.charAt(0) + lower.slice(1);
    return word.length <= 3 ? word : word.charAt(0) + lower.slice(1);
  });
}
