/**
 * The inflected forms of a Finnish municipality name as they appear in running text: "Lahti" →
 * "Lahden", "Lahdessa", "Lahteen"…; "Seinäjoki" → "Seinäjoen"; "Kauniainen" → "Kauniaisten",
 * "Kauniaisiin". No Finnish morphology package is published for Node, and a stemmer misses consonant
 * gradation (see STACK-NOTES), but the names are a closed set of 309: the rules below, plus a few
 * irregular names, cover them. The forms only ever recognise a name, so a rule may produce a form no one
 * writes ("Kemen") as long as it is no other municipality's form or a common word (tested).
 */

const CASE_ENDINGS = ['n', 'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi'];
const VOWELS = 'aeiouyäö';

// The final syllable's consonants in the weak grade, used before a closed syllable ("Turku" → "Turun").
const GRADATION: [RegExp, string][] = [
  [/kk$/, 'k'], [/pp$/, 'p'], [/tt$/, 't'],
  [/nk$/, 'ng'], [/mp$/, 'mm'], [/nt$/, 'nn'], [/lt$/, 'll'], [/rt$/, 'rr'], [/ht$/, 'hd'],
  [/rk$/, 'r'], [/lk$/, 'l'], [/hk$/, 'h'],
  [/([aeiouyäö])k$/, '$1'], [/([aeiouyäö])p$/, '$1v'], [/([aeiouyäö])t$/, '$1d'],
];

interface Stems {
  /** Before the case endings -n, -ssa, -lla…: "lahde", "turu". */
  weak: string[];
  /** Before the essive, illative and partitive: "lahte", "turku". */
  strong: string[];
  /** Forms no rule gives, such as the partitive of "Alavus". */
  extra?: string[];
}

/** Names whose stems the general rules get wrong. */
const IRREGULAR: Record<string, Stems> = {
  alavus: { weak: ['alavude'], strong: ['alavute'], extra: ['alavutta'] },
  varkaus: { weak: ['varkaude'], strong: ['varkaute'], extra: ['varkautta'] },
  kannus: { weak: ['kannukse'], strong: ['kannukse'], extra: ['kannusta'] },
  muhos: { weak: ['muhokse'], strong: ['muhokse'], extra: ['muhosta'] },
  nurmes: { weak: ['nurmekse'], strong: ['nurmekse'], extra: ['nurmesta'] },
  punkalaidun: { weak: ['punkalaitume'], strong: ['punkalaitume'], extra: ['punkalaidunta'] },
  // A plural name: "Virtain kaupunki", "Virroilla".
  virrat: { weak: ['virroi'], strong: ['virtoi'], extra: ['virtain', 'virtoihin', 'virtoja'] },
  // Both parts of these compounds inflect: "Uudenkaupungin", "Uudessakaarlepyyssä".
  uusikaupunki: {
    weak: ['uusikaupungi', 'uusikaupunge'],
    strong: ['uusikaupunki'],
    extra: ['uudenkaupungin', 'uudessakaupungissa', 'uudestakaupungista', 'uuteenkaupunkiin', 'uutenakaupunkina'],
  },
  uusikaarlepyy: {
    weak: ['uusikaarlepyy'],
    strong: ['uusikaarlepyy'],
    extra: ['uudenkaarlepyyn', 'uudessakaarlepyyssä', 'uudestakaarlepyystä', 'uuteenkaarlepyyhyn'],
  },
};

// Compounds take the harmony of their last part: "Kiuruvedellä", "Rovaniemellä".
const FRONT_FINAL_PARTS = ['vesi', 'niemi'];

/** Vowel harmony follows the last vowel that is not e or i ("Seinäjoella", "Kemijärvellä", "Kemissä"). */
function isBackVowelWord(word: string): boolean {
  if (FRONT_FINAL_PARTS.some((part) => word.endsWith(part))) return false;
  for (let index = word.length - 1; index >= 0; index -= 1) {
    const char = word[index]!;
    if ('aou'.includes(char)) return true;
    if ('äöy'.includes(char)) return false;
  }
  return false;
}

function harmonise(ending: string, back: boolean): string {
  return back ? ending : ending.replace(/a/g, 'ä').replace(/o/g, 'ö').replace(/u/g, 'y');
}

function weakGrade(word: string): string {
  const final = word.slice(-1);
  const body = word.slice(0, -1);
  for (const [pattern, weak] of GRADATION) {
    if (pattern.test(body)) return body.replace(pattern, weak) + final;
  }
  return word;
}

const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);
const endsInLongVowel = (word: string) => word.length >= 2 && isVowel(word.at(-1)) && word.at(-1) === word.at(-2);

function regularStems(name: string): Stems {
  if (name.endsWith('nen')) {
    // "Kaustinen" → "Kaustisen" (singular); "Kauniainen" → "Kauniaisten", "Kauniaisissa" (plural).
    const base = name.slice(0, -3);
    return { weak: [`${base}se`, `${base}si`], strong: [`${base}se`, `${base}si`], extra: [`${base}sten`, `${base}sta`] };
  }
  if (name.endsWith('vesi')) {
    const base = name.slice(0, -4);
    return { weak: [`${base}vede`], strong: [`${base}vete`], extra: [`${base}vettä`] };
  }
  const final = name.at(-1);
  // Foreign names ending in a consonant take -i- in Finnish: "Saltvikissa", "Korsnäsin".
  if (!isVowel(final)) return { weak: [`${name}i`], strong: [`${name}i`] };
  if (endsInLongVowel(name)) return { weak: [name], strong: [name] };
  if (final === 'i') {
    // Old Finnish words change -i to -e ("järvi" → "järven"), newer names keep it ("Kemi" → "Kemin").
    const eStem = `${name.slice(0, -1)}e`;
    return { weak: [weakGrade(name), weakGrade(eStem)], strong: [name, eStem] };
  }
  // E-stems lengthen ("Tampere" → "Tampereen") except loans such as "Raahe" → "Raahen".
  if (final === 'e') return { weak: [name, `${name}e`], strong: [name, `${name}e`] };
  return { weak: [weakGrade(name)], strong: [name] };
}

function strongForms(stem: string, back: boolean): string[] {
  const last = stem.at(-1)!;
  if (endsInLongVowel(stem)) {
    // "Porvooseen", "Järvenpäähän", "Porvoota".
    return [`${stem}${harmonise('na', back)}`, `${stem}seen`, `${stem}h${last}n`, `${stem}${harmonise('ta', back)}`];
  }
  if (!isVowel(last)) return [];
  return [`${stem}${harmonise('na', back)}`, `${stem}${last}n`, `${stem}${harmonise('a', back)}`];
}

/** Every form of a Finnish municipality name, lowercase, the name itself first. */
export function finnishNameForms(name: string): string[] {
  const lower = name.toLocaleLowerCase('fi');
  const stems = IRREGULAR[lower] ?? regularStems(lower);
  const back = isBackVowelWord(lower);
  const forms = [
    lower,
    ...stems.weak.flatMap((stem) => CASE_ENDINGS.map((ending) => stem + harmonise(ending, back))),
    ...stems.strong.flatMap((stem) => strongForms(stem, back)),
    ...(stems.extra ?? []),
  ];
  return [...new Set(forms)];
}
