import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  const ok: Array<[string, string, string[][]]> = [
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['no final newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF records', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['comma inside quotes', 'id,text\n1,"قصف، ثم اشتباك, ثم هدوء"\n', [['id', 'text'], ['1', 'قصف، ثم اشتباك, ثم هدوء']]],
    ['doubled quotes', '1,"قال ""نعم"" أمس"\n', [['1', 'قال "نعم" أمس']]],
    ['line break inside quotes', '1,"سطر\nوسطر"\n2,x\n', [['1', 'سطر\nوسطر'], ['2', 'x']]],
    ['empty fields', ',,\n"",x,\n', [['', '', ''], ['', 'x', '']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['byte order mark dropped', '\ufeffid,label\n', [['id', 'label']]],
    ['a quote inside an unquoted field is kept', 'a"b,c\n', [['a"b', 'c']]],
  ];
  for (const [name, input, expected] of ok) {
    it(name, () => assert.deepEqual(parseCsv(input), { ok: true, records: expected }));
  }

  it('reports a quote that never closes, with its line', () => {
    const result = parseCsv('a,b\n1,"open\nstill open\n');
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.code, 'ERR_CSV_UNTERMINATED_QUOTE');
      assert.equal(result.error.line, 2);
    }
  });

  it('reports text after a closing quote', () => {
    const result = parseCsv('1,"a"b,c\n');
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'ERR_CSV_TEXT_AFTER_QUOTE');
  });
});
