/** The claimant of an outlet's own narration: "France 24 Arabic" → FRANCE24; an unknown outlet keeps its name. */
import { normalise } from '../text/normalise.ts';
import { readTsv, splitForms } from '../lexicon/tsv.ts';

export interface ClaimantRef {
  id: string;
  name_en: string;
  name_ar?: string | null;
}

const UNKNOWN: ClaimantRef = { id: 'UNKNOWN_OUTLET', name_en: 'Unknown outlet' };

let byForm: Map<string, ClaimantRef> | null = null;

function index(): Map<string, ClaimantRef> {
  if (byForm !== null) return byForm;
  byForm = new Map();
  for (const row of readTsv('lexicon/outlets.tsv')) {
    const ref = { id: row['id']!, name_en: row['name_en']! };
    for (const form of splitForms(row['forms'])) byForm.set(normalise(form).trim(), ref);
  }
  return byForm;
}

export function outletClaimant(outlet: string | null): ClaimantRef {
  if (outlet === null || outlet.trim() === '') return UNKNOWN;
  const known = index().get(normalise(outlet).trim());
  if (known !== undefined) return known;
  const id = outlet.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '').toUpperCase();
  return { id: id === '' ? UNKNOWN.id : id, name_en: outlet };
}
