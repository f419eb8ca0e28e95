/** Whether an entry is written in Finnish or Swedish, by franc's trigram model; Finnish when unsure. */
import { franc } from 'franc';

export function entryLanguage(text: string): 'fi' | 'sv' {
  return franc(text, { only: ['fin', 'swe'] }) === 'swe' ? 'sv' : 'fi';
}
