import type { MetaEntry } from './types.ts';

export interface Option {
  value: string;
  en: string | null;
  ar: string | null;
}

/** A /meta entry as a choice of a filter dropdown. */
export function toOption(entry: MetaEntry): Option | null {
  if (typeof entry === 'string') return { value: entry, en: null, ar: null };
  const value = entry.id ?? entry.kind ?? entry.admin1_en;
  if (!value) return null;
  return { value, en: entry.name_en ?? (entry.admin1_en && entry.admin1_en !== value ? entry.admin1_en : null), ar: entry.name_ar ?? null };
}

export function toOptions(entries: readonly MetaEntry[] | undefined): Option[] {
  return (entries ?? []).map(toOption).filter((o): o is Option => o !== null);
}
