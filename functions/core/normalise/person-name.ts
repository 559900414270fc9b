/**
 * A name as a join key, for the files that carry no URL (recommendations, old messages). Names are
 * neither unique nor stable, so callers only trust a key that points to exactly one person.
 */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function personNameKey(firstName: string, lastName = ''): string {
  // "Smith, PhD" and "Smith, MBA" are the same Smith: credentials follow a comma.
  const name = `${firstName} ${lastName}`.split(',')[0] ?? '';
  // Most names are plain letters and single spaces: lower-casing is then all the work there is.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name as a person writes it: case, spaces and credentials aside, but every accent kept. */
export function exactNameKey(firstName: string, lastName = ''): string {
  const name = `${firstName} ${lastName}`.split(',')[0] ?? '';
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
