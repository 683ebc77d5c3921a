import { createContext, useContext } from 'react';
import type { Lang } from '../state/view.ts';
import { ar } from './ar.ts';
import { en, type Dict } from './en.ts';

export type { Dict };

const DICTIONARIES: Record<Lang, Dict> = { en, ar };

export function dictionary(lang: Lang): Dict {
  return DICTIONARIES[lang];
}

export interface I18n {
  lang: Lang;
  t: Dict;
  /** The name in the interface language: Arabic where known, else English (and the reverse). */
  name: (en: string | null | undefined, ar: string | null | undefined) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: DICTIONARIES[lang],
    name: (nameEn, nameAr) => (lang === 'ar' ? nameAr || nameEn : nameEn || nameAr) ?? '',
  };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));

export const useI18n = (): I18n => useContext(I18nContext);

/** A label for an id the dictionary may not know (target kinds grow with the data). */
export function labelOf(table: Record<string, string>, id: string): string {
  return table[id] ?? id.replace(/_/g, ' ');
}
