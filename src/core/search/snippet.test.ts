import { describe, expect, it } from 'vitest';
import { findMatches, makeSnippet } from './snippet.ts';

const marked = (s: { text: string; highlights: readonly { start: number; end: number }[] }) =>
  s.highlights.map((h) => s.text.slice(h.start, h.end));

describe('findMatches', () => {
  it('matches whole folded words only', () => {
    expect(findMatches('to lam met tomorrow', ['to'])).toEqual([{ start: 0, end: 2 }]);
  });

  it('falls back to substrings for unspaced scripts', () => {
    expect(findMatches('ທ່ານທອງລຸນສີສຸລິດ', ['ທອງລຸນ'])).toEqual([{ start: 4, end: 10 }]);
  });
});

describe('makeSnippet', () => {
  it('highlights the original spelling of folded matches', () => {
    const s = makeSnippet('Tổng Bí thư Tô Lâm hội đàm với Đặng Thị.', ['to', 'lam', 'dang']);
    expect(s.text).toBe('Tổng Bí thư Tô Lâm hội đàm với Đặng Thị.');
    expect(marked(s)).toEqual(['Tô', 'Lâm', 'Đặng']);
  });

  it('cuts a window around the first match on word boundaries, with ellipses', () => {
    const filler = 'word '.repeat(200);
    const s = makeSnippet(`${filler}Thongloun visited Hanoi. ${filler}`, ['thongloun']);
    expect(s.text.startsWith('…word')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(200 + 2 + 40);
    expect(marked(s)).toEqual(['Thongloun']);
  });

  it('shows the start of the text when nothing matches (a title-only hit)', () => {
    const s = makeSnippet('Short text.', ['absent']);
    expect(s).toEqual({ text: 'Short text.', highlights: [] });
  });
});
