/**
 * RFC 4180 CSV: comma-separated fields, CRLF or LF between records, fields in double quotes
 * may hold commas, line breaks and doubled quotes (""). Blank lines are skipped.
 */

export interface CsvError {
  code: 'ERR_CSV_UNTERMINATED_QUOTE' | 'ERR_CSV_TEXT_AFTER_QUOTE';
  /** 1-based line where the problem was seen. */
  line: number;
  message: string;
}

export type CsvResult = { ok: true; records: string[][] } | { ok: false; error: CsvError };

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  const endRecord = (): void => {
    record.push(field);
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          return { ok: false, error: { code: 'ERR_CSV_UNTERMINATED_QUOTE', line: openedAt, message: `quoted field opened on line ${openedAt} never closes` } };
        }
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        return { ok: false, error: { code: 'ERR_CSV_TEXT_AFTER_QUOTE', line, message: `text after a closing quote on line ${line}` } };
      }
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      line++;
      i += 2;
    } else if (ch === '\n') {
      endRecord();
      line++;
      i++;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return { ok: true, records };
}
