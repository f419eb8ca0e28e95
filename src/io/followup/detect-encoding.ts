/**
 * Which encoding a report's bytes are in, told by evidence a person can check: a byte order mark;
 * the zero bytes of UTF-16 beside ASCII characters; valid UTF-8; else bytes that read as
 * Windows-1252 text (the Latin-1 files of older Office versions). Bytes that are none of these are
 * not text. Decoding is iconv-lite's: Node's TextDecoder reads "windows-1252" as Latin-1.
 */
import iconv from 'iconv-lite';
import type { DetectedEncoding } from '../../domain/followup.ts';

const SAMPLE_BYTES = 64 * 1024;
// Text has almost no control bytes other than tab, line feed, form feed and carriage return.
const MAX_CONTROL_SHARE = 0.02;
// Finnish and Swedish text in Windows-1252 has a few ä, ö, å and dashes; random bytes half high bytes.
const MAX_HIGH_BYTE_SHARE = 0.3;
const ICONV_NAMES = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', 'windows-1252': 'windows1252' } as const;

function byteOrderMark(bytes: Uint8Array): DetectedEncoding['name'] | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte order mark: a zero byte on one side of most pairs and almost never on the other. */
function zeroBytePattern(sample: Uint8Array): DetectedEncoding['name'] | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let zerosFirst = 0;
  let zerosSecond = 0;
  for (let at = 0; at + 1 < sample.length; at += 2) {
    if (sample[at] === 0) zerosFirst += 1;
    if (sample[at + 1] === 0) zerosSecond += 1;
  }
  const mostly = (zeros: number) => zeros / pairs >= 0.3;
  const rarely = (zeros: number) => zeros / pairs <= 0.05;
  if (mostly(zerosSecond) && rarely(zerosFirst)) return 'utf-16le';
  if (mostly(zerosFirst) && rarely(zerosSecond)) return 'utf-16be';
  return null;
}

function controlShare(sample: Uint8Array): number {
  let controls = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls += 1;
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Characters of UTF-8 sequences that are valid, against the bytes that are not (each read as U+FFFD). */
function utf8Counts(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (const char of iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'utf8')) {
    if (char === '\uFFFD') invalid += 1;
    else if (char.codePointAt(0)! >= 0x80) valid += 1;
  }
  return { valid, invalid };
}

/** Every high byte is a defined Windows-1252 character, and most of them are letters. */
function readsAsWindows1252(sample: Uint8Array): boolean {
  const high = sample.filter((byte) => byte >= 0x80);
  if (high.length > sample.length * MAX_HIGH_BYTE_SHARE) return false;
  const chars = [...iconv.decode(Buffer.from(high), 'windows1252')];
  if (chars.some((char) => char === '\uFFFD' || /\p{Cc}/u.test(char))) return false;
  return chars.filter((char) => /\p{L}/u.test(char)).length >= chars.length / 2;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The encoding of a report's bytes, or null when they are not text. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | null {
  const marked = byteOrderMark(bytes);
  if (marked) return { name: marked, by: 'byte_order_mark' };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = zeroBytePattern(sample);
  if (utf16) return { name: utf16, by: 'zero_byte_pattern' };
  if (controlShare(sample) > MAX_CONTROL_SHARE) return null;
  if (isValidUtf8(bytes)) return { name: 'utf-8', by: 'valid_utf8' };
  const { valid, invalid } = utf8Counts(bytes);
  if (valid > invalid) return { name: 'utf-8', by: 'mostly_utf8' };
  if (readsAsWindows1252(bytes)) return { name: 'windows-1252', by: 'windows_1252_text' };
  return null;
}

/** The text of the bytes, without the byte order mark; bytes invalid in the encoding become U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: DetectedEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), ICONV_NAMES[encoding.name]);
}
