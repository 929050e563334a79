import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCopied, toRaw, toRawOffset } from '../../text/offsets.ts';
import { clean } from './index.ts';

const text = (raw: string, mode: 'text' | 'markdown' | 'plain' = 'text') => clean(raw, { mode }).text;
const captionsOf = (raw: string, mode: 'text' | 'markdown' | 'plain' = 'text') => {
  const c = clean(raw, { mode });
  return c.captions.map((s) => c.text.slice(s.start, s.end));
};

describe('clean: whitespace and lines', () => {
  it('collapses spaces, trims lines and turns blank-line runs into one break', () => {
    expect(text('  The  leaders\tmet.  \n\n\n   Talks   followed.\n')).toBe(
      'The leaders met.\nTalks followed.',
    );
  });

  it('drops zero-width characters, soft hyphens and non-breaking spaces become spaces', () => {
    expect(text('co\u00adoper\u200bation\u00a0pact')).toBe('cooperation pact');
  });

  it('returns empty text for markup only', () => {
    expect(text('![]() |\n |\n|\n')).toBe('');
  });

  it('joins a hard-wrapped sentence whose next line starts in lower case', () => {
    expect(text('The two sides agreed to\nexpand trade.\nA new line.')).toBe(
      'The two sides agreed to expand trade.\nA new line.',
    );
  });

  it('keeps short lines that end without punctuation apart when the next starts a sentence', () => {
    expect(text('A Headline Here\nThe story starts.')).toBe('A Headline Here\nThe story starts.');
  });
});

describe('clean: scraped markup and captions', () => {
  it('turns `| caption |` lines into marked captions and drops empty image lines', () => {
    const raw = 'Headline of a story\n![]() |\n| Two ministers shake hands. |\nBody text here.';
    expect(text(raw)).toBe('Headline of a story\nTwo ministers shake hands.\nBody text here.');
    expect(captionsOf(raw)).toEqual(['Two ministers shake hands.']);
  });

  it('treats `caption |` after a lone pipe line as a caption', () => {
    expect(captionsOf(' |\nA school in a village |\nThe school opened.')).toEqual(['A school in a village']);
  });

  it('keeps the alt text of an image as a caption and drops the URL', () => {
    const raw = 'Intro line.\n![Delegates at the signing](https://x.example/a.jpg)\nMore.';
    expect(text(raw)).toBe('Intro line.\nDelegates at the signing\nMore.');
    expect(captionsOf(raw)).toEqual(['Delegates at the signing']);
  });

  it('removes `leftcenterrightdel` and lone pipes inside lines', () => {
    expect(text('leftcenterrightdel\n10:30 | 01/02/2025')).toBe('10:30 01/02/2025');
  });

  it('marks photo-credit lines as captions but keeps the credit in the text', () => {
    const raw = 'The ministers (R) review troops. Photo: VNA\nThey then held talks.';
    expect(text(raw)).toBe(raw);
    expect(captionsOf(raw)).toEqual(['The ministers (R) review troops. Photo: VNA']);
    expect(captionsOf('Hai bộ trưởng tại lễ ký. Ảnh: TTXVN\nNội dung.')).toEqual([
      'Hai bộ trưởng tại lễ ký. Ảnh: TTXVN',
    ]);
    expect(captionsOf('A ship in port — VNA/VNS Photo Some Name\nBody.')).toEqual([
      'A ship in port — VNA/VNS Photo Some Name',
    ]);
  });

  it('does not take a sentence mentioning a photo for a caption', () => {
    expect(captionsOf('They opened a photo exhibition on the war years.\nMore.')).toEqual([]);
  });

  it('drops an immediately repeated line and marks the first copy as a caption', () => {
    const raw = 'Officials at the ceremony\nOfficials at  the ceremony\nThe ceremony ended.';
    expect(text(raw)).toBe('Officials at the ceremony\nThe ceremony ended.');
    expect(captionsOf(raw)).toEqual(['Officials at the ceremony']);
  });

  it('drops page furniture: counters, navigation words, breadcrumbs', () => {
    expect(text('Latest\n0\n7440\nTrang chủ Thời sự Đối ngoại\nA real sentence.')).toBe('A real sentence.');
  });
});

describe('clean: the date line', () => {
  it('reads and removes a leading ` date YYYY-MM-DD`', () => {
    const c = clean(' date 2025-03-04 Leaders meet in Hanoi\nBody.', { mode: 'text' });
    expect(c.dateLine).toBe('2025-03-04');
    expect(c.text).toBe('Leaders meet in Hanoi\nBody.');
  });

  it('accepts month precision and ignores `date` later in the text', () => {
    expect(clean(' date 2019-01\nBody.', { mode: 'text' }).dateLine).toBe('2019-01');
    expect(clean('Body.\nMore.\nEven more.\n date 2019-01-02', { mode: 'text' }).dateLine).toBeNull();
    const below = clean('A Headline Without a Period\n date 2026-01-26\nBody.', { mode: 'text' });
    expect(below.dateLine).toBe('2026-01-26');
    expect(below.text).toBe('A Headline Without a Period\nBody.');
  });
});

describe('clean: Markdown', () => {
  it('strips headings, emphasis, links, lists and quotes, keeping the words', () => {
    const raw = [
      '---',
      'title: A title',
      '---',
      '# Trade in numbers',
      '',
      'The **goal** is *ten* billion, see [the report](https://r.example/x).',
      'It continues here.',
      '',
      '- first `item`',
      '- second item',
      '> quoted words',
    ].join('\n');
    expect(text(raw, 'markdown')).toBe(
      'Trade in numbers\nThe goal is ten billion, see the report. It continues here.\nfirst item\nsecond item\nquoted words',
    );
  });

  it('keeps image alt and title as captions and drops table separators', () => {
    const raw = '![A bridge over the river](b.jpg "Photo: KPL")\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    const c = clean(raw, { mode: 'markdown' });
    expect(c.text).toBe('A bridge over the river\nPhoto: KPL\na b\n1 2');
    expect(c.captions.map((s) => c.text.slice(s.start, s.end))).toEqual([
      'A bridge over the river',
      'Photo: KPL',
    ]);
  });

  it('leaves snake_case and arithmetic stars alone', () => {
    expect(text('Use file_name_here and 2 * 3 * 4.', 'markdown')).toBe('Use file_name_here and 2 * 3 * 4.');
  });
});

describe('clean: plain (from HTML) with caption hints', () => {
  it('marks hinted lines as captions and never joins lines', () => {
    const raw = 'Headline\nA caption line\nlower case start.';
    const c = clean(raw, { mode: 'plain', captionHints: [{ start: 9, end: 23 }] });
    expect(c.text).toBe(raw);
    expect(c.captions).toEqual([{ start: 9, end: 23 }]);
  });
});

const messy = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'Ô',
      'ư',
      'ກ',
      ' ',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '|',
      '| ',
      ' |',
      '![]()',
      '![x](u)',
      'Photo: VNA',
      '\u00a0',
      '\u200b',
      '*',
      '_',
      '#',
      '[',
      ']',
      '(',
      ')',
      ' date 2020-01-02 ',
      'leftcenterrightdel',
      '.',
      'Latest\n',
      'x\r\n',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('clean: offsets (property)', () => {
  for (const mode of ['text', 'markdown', 'plain'] as const) {
    it(`every cleaned character not inserted by the cleaner is the raw character it maps to (${mode})`, () => {
      fc.assert(
        fc.property(messy, (raw) => {
          const c = clean(raw, { mode });
          const segments = c.offsets.segments;
          let lastEnd = 0;
          for (const [cleanAt, rawAt, length] of segments) {
            expect(cleanAt).toBeGreaterThanOrEqual(lastEnd);
            expect(c.text.slice(cleanAt, cleanAt + length)).toBe(raw.slice(rawAt, rawAt + length));
            lastEnd = cleanAt + length;
          }
          for (let i = 0; i < c.text.length; i++) {
            if (isCopied(c.offsets, i)) expect(raw[toRawOffset(c.offsets, i)]).toBe(c.text[i]);
            else expect(c.text[i]).toMatch(/[ \n]/);
          }
          for (const span of c.captions) {
            expect(span.end).toBeLessThanOrEqual(c.text.length);
            const back = toRaw(c.offsets, span);
            expect(back.start).toBeLessThanOrEqual(back.end);
          }
          expect(c.text).toBe(c.text.trim());
          expect(c.text).not.toMatch(/ {2}|\n\n| \n|\n /);
        }),
        { numRuns: 500 },
      );
    });
  }
});
