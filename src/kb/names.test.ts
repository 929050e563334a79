import { describe, expect, it } from 'vitest';
import { shortForms } from './names.ts';

describe('partial names by naming convention', () => {
  it.each([
    ['Phạm Minh Chính', 'vietnamese', ['Chính']],
    ['Tô Lâm', 'vietnamese', ['Lâm']],
    ['Thongloun Sisoulith', 'lao', ['Thongloun']],
    ['Sonxay Siphandone', 'lao', ['Sonxay']],
    ['Thoong-lun Xi-xu-lít', 'lao', ['Thoong-lun']],
    ['Sủ - phăn Hả - đao - hương', 'lao', ['Sủ-phăn']],
    ['Hun Manet', 'khmer', ['Manet']],
    ['Abhisit Vejjajiva', 'thai', ['Abhisit', 'Vejjajiva']],
    ['Ferdinand Marcos Jr.', 'western', ['Marcos']],
    ['Xi Jinping', 'east_asian', ['Xi']],
    ['Anwar Ibrahim', 'malay', ['Anwar']],
    ['Min Aung Hlaing', 'none', []],
  ] as const)('%s (%s) → %j', (name, order, expected) => {
    expect(shortForms(name, order)).toEqual(expected);
  });

  it('a one-word name has no partial form', () => {
    expect(shortForms('Souphanouvong', 'lao')).toEqual([]);
  });
});
