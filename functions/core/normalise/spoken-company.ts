import { LEGAL_SUFFIXES } from './company-key.ts';
import { unshout } from './unshout.ts';

/**
 * The legal suffixes of company keys that are also part of what people say, or of names: "Smith &
 * Co.", "The Coca-Cola Company", "Virgin Group", "San Diego Zoo", "Bliss Spa". The rest ("Inc.",
 * "B.V.", "GmbH", "plc") nobody says aloud.
 */
const SAID_ALOUD = new Set([
  'co',
  'company',
  'group',
  'holding',
  'holdings',
  'com',
  'private',
  'spa',
  'zoo',
  'as',
]);

const isUnsaid = (word: string) => {
  const bare = word.replace(/[.,]/g, '').toLowerCase();
  return LEGAL_SUFFIXES.has(bare) && !SAID_ALOUD.has(bare);
};

/**
 * A company as a person says it in a message: "our Aperture days", not "our Aperture plc days";
 * "at Amber Markets", not "at AMBER MARKETS". Reasons keep the name as the export wrote it.
 */
export function spokenCompany(name: string): string {
  const words = name.trim().split(/\s+/);
  // Legal forms, and marks left alone at the end ("Acme , Inc." leaves a lone ",").
  while (words.length > 1 && (isUnsaid(words.at(-1) ?? '') || !/[\p{L}\p{N}]/u.test(words.at(-1) ?? ''))) {
    words.pop();
  }
  // "Acme, Inc." leaves "Acme,". A leading "The" would give "my The Boston Consulting Group years".
  const spoken = words
    .join(' ')
    .replace(/,$/, '')
    .replace(/^the\s+(?=\S)/i, '');
  return unshout(spoken);
}
