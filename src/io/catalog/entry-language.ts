/** Whether an entry is written in Finnish or Swedish, by franc's trigram model; Finnish when unsure. */
import { franc } from 'franc';

// The beginning tells the language as well as the whole, and franc's time grows with the text.
const SAMPLE_LENGTH = 250;

export function entryLanguage(text: string): 'fi' | 'sv' {
  return franc(text.slice(0, SAMPLE_LENGTH), { only: ['fin', 'swe'] }) === 'swe' ? 'sv' : 'fi';
}
