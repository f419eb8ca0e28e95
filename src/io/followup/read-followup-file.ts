/**
 * Reads a follow-up report from its bytes: refuses a file too large to be one, a binary file (named
 * by what file-type recognises it as, never echoed), and bytes that are not text; reads the text in
 * the encoding it is in, and parses it. The encoding found is part of the result.
 */
import { fileTypeFromBuffer } from 'file-type';
import { MAX_FOLLOWUP_BYTES, type DetectedEncoding, type FileProblem, type ParsedFollowup } from '../../domain/followup.ts';
import { decodeText, detectEncoding } from './detect-encoding.ts';
import { fileProblem } from './file-problem.ts';
import { parseFollowup } from './parse-followup.ts';

export type FileParseResult =
  | { ok: true; followup: ParsedFollowup; encoding: DetectedEncoding }
  | { ok: false; problems: FileProblem[]; encoding: DetectedEncoding | null };

const refused = (problem: FileProblem): FileParseResult => ({ ok: false, problems: [problem], encoding: null });

/** Text formats file-type knows: foreign text, not binary. */
const isTextType = (mime: string) => mime.startsWith('text/') || mime.endsWith('xml');

export async function parseFollowupFile(bytes: Uint8Array): Promise<FileParseResult> {
  if (bytes.length > MAX_FOLLOWUP_BYTES) return refused(fileProblem(1, 'file_too_large', String(bytes.length)));
  const encoding = detectEncoding(bytes);
  if (encoding?.by !== 'byte_order_mark') {
    const type = await fileTypeFromBuffer(bytes);
    if (type) return refused(fileProblem(1, isTextType(type.mime) ? 'not_a_followup_report' : 'binary_file', `${type.ext} (${type.mime})`));
  }
  if (!encoding) return refused(fileProblem(1, 'binary_file'));
  return { ...parseFollowup(decodeText(bytes, encoding)), encoding };
}
