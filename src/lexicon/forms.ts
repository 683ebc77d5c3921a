/**
 * Surface forms of lexicon entries. A form "v:PAST/PRESENT" is a verb given by its past and present stems
 * (قصف/قصف, استهدف/ستهدف, اعلن/علن); its conjugations are generated here so data files list a verb once.
 * Words after the verb ("v:اقام قاعدة/قيم قاعدة") are kept as they are.
 */
import { normalise } from '../text/normalise.ts';

export type Tense = 'past' | 'present' | 'future';

export interface SurfaceForm {
  /** Normalised words of the phrase. */
  words: string[];
  /** For generated verb forms: the tense the form shows. */
  tense?: Tense;
}

// No bare -ه: with ة folded to ه, "اضافه" would read the noun الإضافة as a verb.
const PAST_SUFFIXES = ['', 'ت', 'وا', 'و', 'نا', 'ا', 'تا', 'ن', 'تم', 'ها', 'هم', 'ته', 'تها', 'تهم', 'وه', 'وها', 'وهم', 'ناه'];
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ن', 'وا', 'ين', 'ه', 'ها', 'هم', 'ونه', 'ونها', 'ونهم'];

function words(phrase: string): string[] {
  return normalise(phrase).split(/[\s\-]+/).filter((w) => w !== '');
}

export function expandForm(form: string): SurfaceForm[] {
  if (!form.startsWith('v:')) return [{ words: words(form) }];
  const [past = '', present = ''] = form.slice(2).split('/');
  const [pastStem = '', ...pastRest] = words(past);
  const [presentStem = '', ...presentRest] = words(present);
  const out: SurfaceForm[] = [];
  for (const s of PAST_SUFFIXES) out.push({ words: [pastStem + s, ...pastRest], tense: 'past' });
  for (const p of PRESENT_PREFIXES) {
    for (const s of PRESENT_SUFFIXES) {
      // "I ... him" is rare in news, and with ة folded to ه it reads a noun ("اسلحه" is الأسلحة, not "I arm him").
      if (p === 'ا' && s === 'ه') continue;
      out.push({ words: [p + presentStem + s, ...presentRest], tense: 'present' });
      out.push({ words: ['س' + p + presentStem + s, ...presentRest], tense: 'future' });
    }
  }
  return out;
}
