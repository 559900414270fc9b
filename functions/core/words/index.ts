import { de } from './de.ts';
import { en } from './en.ts';
import type { Phrasebook } from './phrasebook.ts';

/**
 * Words at the edge: every sentence a person reads is made here, from the report's facts, in their
 * language. One file a locale; adding a language is one file plus its tests, and one line below.
 */
export const PHRASEBOOKS = { en, de } as const satisfies Record<string, Phrasebook>;
export type Lang = keyof typeof PHRASEBOOKS;
export const LANGS = Object.keys(PHRASEBOOKS) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(PHRASEBOOKS, value);
}

export function phrasebook(lang: Lang = DEFAULT_LANG): Phrasebook {
  return PHRASEBOOKS[lang];
}

/** The best of our languages for an Accept-Language header or `navigator.languages` ("de-AT" → de). */
export function langFrom(preferences: readonly string[] | string | null | undefined): Lang {
  const list = typeof preferences === 'string' ? preferences.split(',') : (preferences ?? []);
  for (const item of list) {
    const base = item.trim().split(';')[0]?.split('-')[0]?.toLowerCase();
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

export type { Phrasebook, Said } from './phrasebook.ts';
export {
  noteWords,
  type PersonWords,
  personWords,
  type WordsContext,
  warningWords,
  wordsContext,
} from './render.ts';
