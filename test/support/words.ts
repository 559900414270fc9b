import type { Person, Report } from '../../functions/core/index.ts';
import {
  type Lang,
  type PersonWords,
  personWords,
  phrasebook,
  wordsContext,
} from '../../functions/core/words/index.ts';

/** A report's people in words, as the CLI, the page and the API show them: for tests that read sentences. */
export function wordsOf(report: Report, lang: Lang = 'en'): (person: Person) => PersonWords {
  const context = wordsContext(report);
  const book = phrasebook(lang);
  const memo = new Map<Person, PersonWords>();
  return (person) => {
    let words = memo.get(person);
    if (!words) {
      words = personWords(person, context, book);
      memo.set(person, words);
    }
    return words;
  };
}
