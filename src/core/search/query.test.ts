import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightWords, parseQuery, toFts5Match, toTsQuery } from './query.ts';

const texts = (input: string) => {
  const q = parseQuery(input);
  return q && { all: q.all.map((g) => g.map((t) => t.text)), none: q.none.map((t) => t.text) };
};

describe('parseQuery', () => {
  it('folds words and phrases like the index', () => {
    expect(texts('Tô Lâm "Đà  Nẵng"')).toEqual({ all: [['to'], ['lam'], ['da nang']], none: [] });
  });

  it('reads negations, OR groups and an unterminated quote', () => {
    expect(texts('lao OR laos visit -"prime minister" -x "open phrase')).toEqual({
      all: [['lao', 'laos'], ['visit'], ['open phrase']],
      none: ['prime minister', 'x'],
    });
  });

  it('treats a dangling or leading OR, and lower-case or, as words or nothing', () => {
    expect(texts('OR visit OR')).toEqual({ all: [['visit']], none: [] });
    expect(texts('this or that')).toEqual({ all: [['this'], ['or'], ['that']], none: [] });
  });

  it('keeps hyphenated words whole but drops terms without letters or digits', () => {
    expect(texts("co-operation '; -- ?! 3.5")).toEqual({ all: [['co-operation'], ['3.5']], none: [] });
  });

  it('is null when nothing positive is left', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery("'; -- !!")).toBeNull();
    expect(parseQuery('-visit')).toBeNull();
    expect(parseQuery('a\u0000')).not.toBeNull();
  });

  it('gives folded words for highlighting', () => {
    expect(highlightWords(parseQuery('"Tô Lâm" OR lam -visit')!)).toEqual(['to', 'lam']);
  });
});

describe('renderers', () => {
  it('quote every term for FTS5', () => {
    expect(toFts5Match(parseQuery('lao OR laos "to lam" -visit')!)).toBe(
      '(("lao" OR "laos") AND "to lam") NOT ("visit")',
    );
    expect(toFts5Match(parseQuery('say "hi"there')!)).toBe('"say" AND "hi" AND "there"');
    expect(toFts5Match(parseQuery('a"b')!)).toBe('"a" AND "b"');
  });

  it('quote and escape every term for to_tsquery', () => {
    expect(toTsQuery(parseQuery("lao OR laos don't -a\\b")!)).toBe("('lao' | 'laos') & 'don''t' & !'a\\\\b'");
  });

  it('never leave a quote open', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const q = parseQuery(s);
        if (q === null) return;
        expect(toFts5Match(q).replaceAll('""', '').split('"').length % 2).toBe(1);
        expect(toTsQuery(q).replaceAll("''", '').split("'").length % 2).toBe(1);
      }),
    );
  });
});
