import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChars, foldKey } from './fold.ts';

describe('foldChars', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldChars('Tô Lâm')).toBe('to lam');
    expect(foldChars('Đặng Thị Ngọc Thịnh')).toBe('dang thi ngoc thinh');
    expect(foldChars('Phạm Minh Chính, Đà Nẵng')).toBe('pham minh chinh, da nang');
  });

  it('keeps Lao script as it is', () => {
    expect(foldChars('ວຽງຈັນ')).toBe('ວຽງຈັນ');
  });

  it('folds each character as the character-by-character definition does', () => {
    const oneByOne = (text: string) =>
      [...text]
        .flatMap((ch) => (ch.length === 1 ? [ch] : [...ch.split('')]))
        .map((unit) => (unit.charCodeAt(0) < 0x80 ? unit.toLowerCase() : foldChars(unit)))
        .join('');
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '–', 'Đ', 'ặ', 'Ô', 'ວ', '😀', 'İ', 'ß', '.') }),
        (s) => {
          expect(foldChars(s)).toBe(oneByOne(s));
        },
      ),
    );
    expect(foldChars('VIENTIANE – Tô Lâm')).toBe('vientiane – to lam');
  });

  it('preserves length for any NFC input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const nfc = s.normalize('NFC');
        expect(foldChars(nfc).length).toBe(nfc.length);
      }),
    );
  });
});

describe('foldKey', () => {
  it('collapses punctuation like the reference scorer', () => {
    expect(foldKey('  Thongloun   Sisoulith! ')).toBe('thongloun sisoulith');
    expect(foldKey('Nguyễn Phú Trọng')).toBe('nguyen phu trong');
  });
});
