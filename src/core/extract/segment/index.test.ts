import { describe, expect, it } from 'vitest';
import { splitSentences } from './index.ts';

const texts = (t: string, lang: 'en' | 'vi' = 'en') =>
  splitSentences(t, lang).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on stops before capitals and keeps offsets', () => {
    const t = 'The two leaders met in Hanoi. They agreed on trade! Will it hold? Yes.';
    expect(texts(t)).toEqual([
      'The two leaders met in Hanoi.',
      'They agreed on trade!',
      'Will it hold?',
      'Yes.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    const t =
      'Gen. Phan Van Giang met U.S. officials on Jan. 5 with Mr. John F. Kennedy Jr. present. Then they left.';
    expect(texts(t)).toHaveLength(2);
  });

  it('treats every line as its own paragraph and marks captions', () => {
    const t = 'Headline here\nA photo caption\nBody text. More body.';
    const s = splitSentences(t, 'en', [{ start: 14, end: 29 }], 'Headline here');
    expect(s.map((x) => [x.paragraph, x.caption, x.headline])).toEqual([
      [0, false, true],
      [1, true, false],
      [2, false, false],
      [2, false, false],
    ]);
  });

  it('splits Vietnamese text', () => {
    expect(texts('Hai bên nhất trí tăng cường hợp tác. Đây là chuyến thăm quan trọng.', 'vi')).toHaveLength(
      2,
    );
  });
});
