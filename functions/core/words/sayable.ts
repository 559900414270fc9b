/**
 * Text from the export that a sentence can hold as it is: a skill name ("  ", "🚀🚀", a paragraph)
 * is said only when it is a short phrase with a letter in it; otherwise the sentence leaves it out.
 */
export function sayableSkill(skill: string): string {
  // Marks around a word are no part of it ("!Java", "Python,"); ".NET", "C++" and "C#" keep theirs.
  const text = skill
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}.]+/u, '').replace(/[^\p{L}\p{N}+#)]+$/u, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .join(' ');
  return /\p{L}/u.test(text) && text.length <= 40 ? text : '';
}
