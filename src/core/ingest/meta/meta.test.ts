import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.ts';
import { normaliseSource } from './agencies.ts';
import { findDate, normaliseDate } from './dates.ts';
import { readMeta } from './index.ts';
import { detectLanguage, toLanguage } from './language.ts';

/** Metadata of a small text, cleaned as a scraped text file would be. */
const metaOf = (raw: string) => {
  const c = clean(raw, { mode: 'text' });
  return readMeta(c.text, c.captions, c.dateLine);
};

describe('dates', () => {
  it.each([
    ['2025-12-04T08:00:00+07:00', '2025-12-04'],
    ['06:30 11/09/2024', '2024-09-11'],
    ['Thứ Hai, 11/9/2024', '2024-09-11'],
    ['December 2, 2025', '2025-12-02'],
    ['2 December 2025', '2025-12-02'],
    ['Thu, 05 Feb 2026 18:10:00 +0700', '2026-02-05'],
    ['May 24 2018', '2018-05-24'],
    ['July, 10/2013 - 09:07', '2013-07-10'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['ngày 5 tháng 2 năm 2018', '2018-02-05'],
    ['12/31/2024', '2024-12-31'],
  ])('reads %s', (written, value) => {
    expect(findDate(written)?.value).toBe(value);
  });

  it('rejects impossible dates and years out of range', () => {
    expect(findDate('31/02/2024')).toBeNull();
    expect(findDate('01/01/1066')).toBeNull();
    expect(findDate('on 9/1 in Vientiane')).toBeNull();
  });

  it('keeps the precision of partial dates', () => {
    expect(normaliseDate('2022-07')).toBe('2022-07');
    expect(normaliseDate('2017')).toBe('2017');
    expect(normaliseDate('2022-13')).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });
});

describe('published', () => {
  it('prefers the date line, then a labelled stamp, then a date-only header line', () => {
    expect(metaOf(' date 2026-01-02 A title here now\nBody on 5 March 2020.').published).toBe('2026-01-02');
    expect(
      metaOf('Monday, May 4 2020\nSome headline words\nUpdate: June, 10/2013 - 09:07\nBody.').published,
    ).toBe('2013-06-10');
    expect(metaOf('Cập nhật: 05/12/2020\nNội dung bài viết ở đây.').published).toBe('2020-12-05');
    expect(metaOf('14:34 | 10/01/2025 GMT+7\nA headline for the story\nBody.').published).toBe('2025-01-10');
  });

  it('reads a date closing the headline and drops it from the title', () => {
    const meta = metaOf('Leaders Agree to Widen Trade Links (13/12/2010)\nThe leaders met.');
    expect(meta.published).toBe('2010-12-13');
    expect(meta.title).toBe('Leaders Agree to Widen Trade Links');
  });

  it('ignores dates in the body and in captions', () => {
    expect(metaOf('The talks were held on December 2, 2025 in Hanoi and went well.').published).toBeNull();
    expect(
      metaOf('Two leaders in Hanoi, December 8, 2025 - Photo: VGP\nThe talks went well.').published,
    ).toBeNull();
  });
});

describe('source', () => {
  it.each([
    ['Hanoi (VNA) – The two sides met.', 'VNA'],
    ['NGHE AN (VNS)— A marker was unveiled.', 'VNS'],
    ['(VOV5) -Hội nghị diễn ra tại Hà Nội.', 'VOV5'],
    ['(vovworld)- ວັນທີ 28/10 ລາວ', 'VOVworld'],
    ['VGP - The Prime Minister held talks.', 'VGP'],
    ['The ministers met.\nSource: VNA', 'VNA'],
    ['The talks ended.\nTheo TTXVN, hai bên đã ký.', 'VNA'],
    ['Trade rose sharply last year and wood.-VNA', 'VNA'],
    ['The leaders talked about trade.\nVNA/VNS', 'VNA'],
    ['Trade rose.\nReporter Name/VOV online', 'VOV'],
    ['Leaders at the talks. Photo: Xinhua\nThe talks were held.', 'Xinhua'],
    ['The talks were held.\nSource: FN', 'FN'],
  ])('reads %j', (raw, code) => {
    expect(metaOf(raw).source).toBe(code);
  });

  it('gives no source for a dateline without an agency or an unknown photo credit', () => {
    expect(metaOf('VIENTIANE — The ministers met on Monday.').source).toBeNull();
    expect(metaOf('Leaders at the talks (Photo: Some Daily)\nThe talks were held.').source).toBeNull();
  });

  it('normalises written names to short codes', () => {
    expect(normaliseSource('Viet Nam News')).toBe('VNS');
    expect(normaliseSource('TTXVN')).toBe('VNA');
    expect(normaliseSource('Lao News Agency')).toBe('KPL');
    expect(normaliseSource('  Mekong   Herald ')).toBe('Mekong Herald');
    expect(normaliseSource('')).toBeNull();
  });
});

describe('title', () => {
  it('takes a short first line without a final period', () => {
    expect(metaOf('Ministers Open New Border Gate\nThe gate opened on Monday.').title).toBe(
      'Ministers Open New Border Gate',
    );
  });

  it('skips date lines, furniture and captions above the headline', () => {
    expect(metaOf('06:30 11/09/2024\nTalks held between the two leaders\nBody.').title).toBe(
      'Talks held between the two leaders',
    );
    expect(metaOf('Trong nước\nCắm mốc biên giới cuối cùng giữa hai tỉnh\nNội dung.').title).toBe(
      'Cắm mốc biên giới cuối cùng giữa hai tỉnh',
    );
  });

  it('gives no title for a first sentence, a dateline lead or a caption', () => {
    expect(metaOf('The ministers met in Hanoi on Monday to discuss trade.\nMore.').title).toBeNull();
    expect(metaOf('HANOI — Ministers met on Monday to talk\nMore.').title).toBeNull();
    expect(
      metaOf('| Ministers at the talks |\nThe ministers met in Hanoi on Monday to discuss trade.').title,
    ).toBeNull();
  });

  it('accepts a Vietnamese headline with a hyphenated pair of countries', () => {
    expect(metaOf('Việt Nam - Lào tăng cường hợp tác quốc phòng\nNội dung.').title).toBe(
      'Việt Nam - Lào tăng cường hợp tác quốc phòng',
    );
  });
});

describe('language', () => {
  it('tells English, Vietnamese and Lao apart', () => {
    expect(
      detectLanguage('The two ministers said that the talks on trade and investment were a success.'),
    ).toBe('en');
    expect(
      detectLanguage('Hai bộ trưởng cho biết các cuộc hội đàm về thương mại và đầu tư đã thành công.'),
    ).toBe('vi');
    expect(detectLanguage('ສອງລັດຖະມົນຕີໄດ້ປຶກສາຫາລືກ່ຽວກັບການຄ້າ ແລະ ການລົງທຶນ')).toBe('lo');
  });

  it('keeps English with Vietnamese names English', () => {
    expect(
      detectLanguage(
        'Prime Minister Phạm Minh Chính met Lao Prime Minister Sonexay Siphandone in Hà Nội on Friday.',
      ),
    ).toBe('en');
  });

  it('is undetermined for too little text', () => {
    expect(detectLanguage('VNA 2025')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it('maps language tags', () => {
    expect(toLanguage('vi-VN')).toBe('vi');
    expect(toLanguage('en_US')).toBe('en');
    expect(toLanguage('fr')).toBe('und');
    expect(toLanguage(null)).toBe('und');
  });
});
