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
