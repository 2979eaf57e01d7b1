/**
 * Bytes -> text. Scraped news arrives as UTF-8 mostly, but also as UTF-16 with a byte-order mark (Windows
 * "Unicode" saves) and Windows-1252 (older CMS exports: "Pe\xF1a Nieto"). We trust a BOM, then strict
 * UTF-8, and only then ask chardet, because chardet guesses (it calls short ASCII text ISO-8859-1).
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'empty' }
  | { kind: 'binary'; reason: string };

/** Single-byte encodings we accept from chardet; anything else in that family decodes as Windows-1252. */
const SINGLE_BYTE = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252', 'ISO-8859-2', 'windows-1250']);
// Node's TextDecoder decodes "windows-1252" as Latin-1 (0x93 stays a C1 control instead of the curly quote
// the byte means), so single-byte text goes through iconv-lite, which has the real tables.

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { kind: 'empty' };
  const bom = decodeWithBom(bytes);
  const decoded = bom ?? decodeWithoutBom(bytes);
  if (decoded.kind !== 'text') return decoded;
  if (decoded.text.trim() === '') return { kind: 'empty' };
  const reason = binaryReason(decoded.text);
  return reason ? { kind: 'binary', reason } : decoded;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return text('utf-8', bytes.subarray(3), 'UTF-8');
  if (a === 0xff && b === 0xfe) return text('utf-16le', bytes.subarray(2), 'UTF-16LE');
  if (a === 0xfe && b === 0xff) return text('utf-16be', bytes.subarray(2), 'UTF-16BE');
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  // A NUL in the first few KB of a file without a BOM: an image, a PDF, an archive. UTF-16 without a BOM
  // is rare enough in news scrapes that we refuse rather than guess.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { kind: 'binary', reason: 'it contains NUL bytes (an image, PDF or archive?)' };
  try {
    return text('utf-8', bytes, 'UTF-8', true);
  } catch {
    const guess = chardet.detect(bytes.subarray(0, 65536));
    const label = guess && SINGLE_BYTE.has(guess) ? guess : 'windows-1252';
    // ISO-8859-1 and Windows-1252 differ only in 0x80-0x9F, where 1252 has curly quotes and dashes that
    // news text uses and 8859-1 has control codes it never uses: decode both as 1252.
    const encoding = label === 'ISO-8859-1' ? 'windows-1252' : label;
    return { kind: 'text', text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
}

function text(label: string, bytes: Uint8Array, name: string, fatal = false): Decoded {
  const decoded = new TextDecoder(label, { fatal }).decode(bytes);
  return { kind: 'text', text: decoded, encoding: name };
}

/**
 * Text that decoded but is not prose: many control characters (a binary format that happens to be valid
 * UTF-8) or U+FFFD replacement characters.
 */
function binaryReason(text: string): string | null {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.1 ? 'more than 10% of it is control or undecodable characters' : null;
}
