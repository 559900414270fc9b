const HONORIFIC = /^(dr|mr|mrs|ms|mx|miss|prof|sir|dame|rev|herr|frau)\.?$/i;

/**
 * The first name as given, for "Hi …": "Mary Ann" and "María José" whole; "Dr. Jane" as Jane; "Jane,
 * PhD" and "Jane (JJ)" as Jane; emoji dropped; "MARY" and "mary" as Mary; "JP" kept. An initial alone
 * ("J.") or nothing usable is null: each locale greets them its own way ("there").
 */
export function greetingName(firstName: string): string | null {
  // Cut at what follows the name itself: "Jane, PhD", "Jane (JJ)", 'Robert "Bob"', "Jane/Janie".
  const given = (firstName.split(/[,(/"“]|\s['‘]/)[0] ?? '').replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ');
  const words = given
    .split(/\s+/)
    // Marks around a word are no part of a name ("..Ann", "Ann..").
    .map((w) => w.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{M}.]+$|\.{2,}$/u, ''))
    .filter((w) => w && !HONORIFIC.test(w))
    .slice(0, 3);
  const name = words.join(' ');
  // An initial ("J.") is no name to greet by; one Chinese character (娜) is.
  if (!/\p{L}/u.test(name) || /^\p{Script=Latin}\.?$/u.test(name) || name.length > 30) return null;
  return words
    .map((w) =>
      w.length > 2 && (w === w.toUpperCase() || w === w.toLowerCase())
        ? w.toLowerCase().replace(/(^|-)\p{L}/gu, (start) => start.toUpperCase())
        : w,
    )
    .join(' ');
}
