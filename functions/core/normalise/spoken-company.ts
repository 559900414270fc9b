import { unshout } from '../wording.ts';

/** Legal forms nobody says aloud, compared without dots and case: "Inc.", "B.V.", "GmbH", "plc". */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'llc',
  'llp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'pty',
  'pvt',
  'kk',
]);

/**
 * A company as a person says it in a message: "our Aperture days", not "our Aperture plc days";
 * "at Amber Markets", not "at AMBER MARKETS". Reasons keep the name as the export wrote it.
 */
export function spokenCompany(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && LEGAL_FORMS.has((words.at(-1) ?? '').replace(/[.,]/g, '').toLowerCase())) {
    words.pop();
  }
  // "Acme, Inc." leaves "Acme,".
  const spoken = words.join(' ').replace(/,$/, '');
  return unshout(spoken);
}
