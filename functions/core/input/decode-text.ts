/**
 * Turns file bytes into text. Genuine exports are UTF-8; spreadsheet re-saves add a BOM, or are
 * UTF-16 ("Unicode text"), or are Windows-1252. We read all of them rather than refuse them.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-repaired' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, { partial = false } = {}): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3), partial);
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const guess = guessUtf16(bytes);
  if (guess) return utf16(bytes, guess);
  return utf8(bytes, partial);
}

function utf8(bytes: Uint8Array, partial: boolean): DecodedText {
  try {
    // `partial`: a peek at a file's first bytes may cut a character in two; that is not an error.
    return { text: new TextDecoder('utf-8', { fatal: !partial }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // A stray bad byte in a UTF-8 file: replace it, rather than misread every accented name. The file
    // is UTF-8 if it also holds valid multi-byte characters, which a Windows-1252 file never does.
    const text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (
      let i = text.indexOf('\ufffd');
      i >= 0 && replaced <= text.length / 100;
      i = text.indexOf('\ufffd', i + 1)
    )
      replaced++;
    if (replaced <= text.length / 100 && VALID_NON_ASCII.test(text))
      return { text, encoding: 'utf-8-repaired' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const VALID_NON_ASCII = /[\u0080-\ufffc\ufffe\uffff]/;

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** UTF-16 without a BOM: ASCII text then has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}
