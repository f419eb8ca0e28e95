/**
 * Ideas gathered elsewhere (a survey, participatory budgeting) as CSV: a header row naming the columns
 * `title`, `description`, `beneficiaries` (optional) and `lang` (fi, sv or en), separated by `;` (Finnish
 * and Swedish Excel) or `,`, quoted as RFC 4180 says. Every problem is reported with its row; nothing is
 * returned as ideas unless every row is good.
 */
import { IDEA_LIMITS } from '../../domain/idea.ts';
import { isLang, type Lang } from '../../domain/language.ts';

export interface CsvIdea {
  /** The row in the file, the header being row 1. */
  row: number;
  title: string;
  description: string;
  beneficiaries: string;
  lang: Lang;
}

export interface CsvProblem {
  row: number;
  field: string;
  problem: 'required' | 'too_long' | 'invalid' | 'missing_column' | 'unclosed_quote';
}

export const IDEA_CSV_COLUMNS = ['title', 'description', 'beneficiaries', 'lang'] as const;
const REQUIRED_COLUMNS = ['title', 'description', 'lang'] as const;
export const MAX_IMPORT_ROWS = 2000;

/** Records of RFC 4180 CSV; null for a quote left open. */
function records(text: string, delimiter: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false; else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) { row.push(cell); cell = ''; }
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) return null;
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

export function parseIdeaCsv(input: string): { ideas: CsvIdea[]; problems: CsvProblem[] } {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = records(text, delimiter);
  if (!rows) return { ideas: [], problems: [{ row: 0, field: '', problem: 'unclosed_quote' }] };
  const [header = [], ...body] = rows;
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ideas: [], problems: missing.map((field) => ({ row: 1, field, problem: 'missing_column' as const })) };
  if (body.length > MAX_IMPORT_ROWS) return { ideas: [], problems: [{ row: MAX_IMPORT_ROWS + 2, field: '', problem: 'too_long' }] };
  const ideas: CsvIdea[] = [];
  const problems: CsvProblem[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    const value = (column: string) => (cells[columns.indexOf(column)] ?? '').trim();
    const checked = (column: 'title' | 'description' | 'beneficiaries', max: number, required: boolean) => {
      const text = value(column);
      if (required && !text) problems.push({ row, field: column, problem: 'required' });
      else if (text.length > max) problems.push({ row, field: column, problem: 'too_long' });
      return text;
    };
    const title = checked('title', IDEA_LIMITS.title, true);
    const description = checked('description', IDEA_LIMITS.description, true);
    const beneficiaries = checked('beneficiaries', IDEA_LIMITS.beneficiaries, false);
    const lang = value('lang').toLowerCase();
    if (!isLang(lang)) problems.push({ row, field: 'lang', problem: lang ? 'invalid' : 'required' });
    else ideas.push({ row, title, description, beneficiaries, lang });
  });
  return problems.length > 0 ? { ideas: [], problems } : { ideas, problems };
}
