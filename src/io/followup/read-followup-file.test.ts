import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FOLLOWUP_BYTES } from '../../domain/followup.ts';
import { DEMO_FOLLOWUP_FILE } from '../demo.ts';
import { parseFollowup } from './parse-followup.ts';
import { parseFollowupFile } from './read-followup-file.ts';

const text = readFileSync(DEMO_FOLLOWUP_FILE, 'utf8');
const expected = parseFollowup(text);

const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();

function zipEntry(name: string, data: string): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name), Buffer.from(data)]);
}

/** The same bytes on every run: SHA-256 of a counter. */
function noise(length: number): Buffer {
  const blocks = Array.from({ length: Math.ceil(length / 32) }, (_, at) => createHash('sha256').update(String(at)).digest());
  return Buffer.concat(blocks).subarray(0, length);
}

describe('a report read from its bytes', () => {
  it.each([
    ['UTF-8', Buffer.from(text), { name: 'utf-8', by: 'valid_utf8' }],
    ['UTF-8 with a byte order mark', Buffer.from(`\uFEFF${text}`), { name: 'utf-8', by: 'byte_order_mark' }],
    ['UTF-16 LE with a byte order mark', Buffer.from(`\uFEFF${text}`, 'utf16le'), { name: 'utf-16le', by: 'byte_order_mark' }],
    ['UTF-16 BE with a byte order mark', utf16be(`\uFEFF${text}`), { name: 'utf-16be', by: 'byte_order_mark' }],
    ['UTF-16 LE without one', Buffer.from(text, 'utf16le'), { name: 'utf-16le', by: 'zero_byte_pattern' }],
    ['UTF-16 BE without one', utf16be(text), { name: 'utf-16be', by: 'zero_byte_pattern' }],
    ['Windows-1252 (Latin-1)', iconv.encode(text, 'windows1252'), { name: 'windows-1252', by: 'windows_1252_text' }],
  ])('reads %s and says which encoding it found', async (_, bytes, encoding) => {
    const result = await parseFollowupFile(bytes);
    expect(result).toEqual({ ...expected, encoding });
  });

  it('names the lines whose bytes are not UTF-8 in a file that otherwise is', async () => {
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('Aurinkoenergiadatan'));
    const bytes = Buffer.concat(lines.map((line, index) => Buffer.concat([Buffer.from(line), index === at ? Buffer.from([0xff, 0xfe, 0x80]) : Buffer.alloc(0), Buffer.from('\n')])));
    const result = await parseFollowupFile(bytes);
    expect(result).toMatchObject({ ok: false, encoding: { name: 'utf-8', by: 'mostly_utf8' }, problems: [{ line: at + 1, code: 'unreadable_character' }] });
  });

  it.each([
    ['a PNG image', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'), 'png (image/png)'],
    ['a spreadsheet', Buffer.concat([
      zipEntry('[Content_Types].xml', '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
      zipEntry('xl/workbook.xml', '<workbook/>'),
    ]), 'xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)'],
    ['a ZIP archive', zipEntry('raportti.txt', text.slice(0, 200)), 'zip (application/zip)'],
    ['a PDF', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), noise(2000)]), 'pdf (application/pdf)'],
  ])('refuses %s, naming what it looks like', async (_, bytes, detail) => {
    expect(await parseFollowupFile(bytes)).toEqual({ ok: false, encoding: null, problems: [{ line: 1, code: 'binary_file', detail }] });
  });

  it('refuses bytes that are not text without echoing them', async () => {
    expect(await parseFollowupFile(noise(4096))).toEqual({ ok: false, encoding: null, problems: [{ line: 1, code: 'binary_file' }] });
  });

  it('tells a foreign text file what the importer reads', async () => {
    expect(await parseFollowupFile(Buffer.from('<?xml version="1.0"?><raportti/>'))).toMatchObject({ problems: [{ code: 'not_a_followup_report', detail: 'xml (application/xml)' }] });
    expect(await parseFollowupFile(Buffer.from('Nimi,Vuosi,Tila\nSähköinen allekirjoitus,2020,Valmis\n'))).toMatchObject({ problems: [{ code: 'not_a_followup_report', detail: 'CSV' }] });
  });

  it(`refuses a file over ${MAX_FOLLOWUP_BYTES} bytes`, async () => {
    const bytes = Buffer.alloc(MAX_FOLLOWUP_BYTES + 1, 'a');
    expect(await parseFollowupFile(bytes)).toEqual({ ok: false, encoding: null, problems: [{ line: 1, code: 'file_too_large', detail: String(MAX_FOLLOWUP_BYTES + 1) }] });
  });

  it('turns any bytes into a result whose details are printable', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
      const result = await parseFollowupFile(bytes);
      if (result.ok) return;
      for (const problem of result.problems) expect(problem.detail ?? '').not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    }), { numRuns: 300 });
  });
});
