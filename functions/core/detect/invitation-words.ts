import { companyKey } from '../normalise/company-key.ts';

/**
 * What the engine reads in an invitation's message, and nothing more: which company it names, and
 * whether it speaks of working together. The page's reduced upload keeps exactly these facts in
 * place of the text (reduce-export.ts), so both read them here.
 */
const WORKED_TOGETHER = /\b(work|worked|working|team|teammates?|colleagues?|together|onboarding|project)\b/i;
const ALUMNI_WORDS = /\b(alum|alumni|alumnus|alumna|fellow|ex-|former)\b/i;

/** The message as company keys are searched in: normalised like a company name, padded with spaces. */
export function mentionText(message: string): string {
  return message ? ` ${companyKey(message)} ` : '';
}

/** An employer's keys as they are searched for in `mentionText` (too short to mean anything: none). */
export function mentionKeysOf(keys: string[]): string[] {
  return keys.filter((k) => k.length >= 3).map((k) => ` ${k} `);
}

/** "Great working with you at Acme" speaks of working together; "fellow Acme alum" only of Acme. */
export function speaksOfWorkingTogether(message: string): boolean {
  return WORKED_TOGETHER.test(message) && !ALUMNI_WORDS.test(message);
}

/**
 * The message reduced to the facts above: the employer names it mentions, and "worked together"
 * when it speaks of it ("alumni" when the names alone would read as if it did). Read by the engine,
 * it gives the same evidence as the whole text.
 */
export function invitationFacts(
  message: string,
  employerNames: string[],
  keyOf: (name: string) => string,
): string {
  const text = mentionText(message);
  if (!text) return '';
  const named = employerNames.filter((name) => mentionKeysOf([keyOf(name)]).some((k) => text.includes(k)));
  if (named.length === 0) return '';
  const names = named.join(' ');
  if (speaksOfWorkingTogether(message)) return `${names} worked together`;
  return speaksOfWorkingTogether(names) ? `${names} alumni` : names;
}
