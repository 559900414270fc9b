/**
 * The key that joins one person across files. Connections.csv percent-encodes non-ASCII slugs, other
 * files write them raw, endorsements drop the scheme: `https://www.linkedin.com/in/Jos%C3%A9-x/` and
 * `www.linkedin.com/in/josé-x` are both `josé-x`.
 */
const PROFILE_PATH = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/?#\s]+)/i;
const BARE_SLUG = /^[^/:?#\s]+$/;

export function profileSlug(raw: string | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const m = PROFILE_PATH.exec(text);
  const slug = m ? m[1] : BARE_SLUG.test(text) && !text.includes('.') ? text : null;
  if (!slug) return null;
  return safeDecode(slug).normalize('NFC').toLowerCase();
}

function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The only profile link the report ever carries: built from the slug, never copied from a cell. */
export function profileUrlOf(slug: string | null): string | null {
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : null;
}
