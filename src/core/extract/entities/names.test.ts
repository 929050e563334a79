import { describe, expect, it } from 'vitest';
import { run } from './fixtures.ts';

describe('known names', () => {
  it('match with case, diacritics and đ folded', () => {
    expect(run('Talks were held by To Lam and by NGUYEN PHU TRONG in the capital.').names).toEqual([
      'Tô Lâm',
      'Nguyễn Phú Trọng',
    ]);
  });

  it('match when the text glued two words of the name', () => {
    expect(run('Prime Minister NguyenXuan Phuc chaired the session.').names).toEqual(['Nguyễn Xuân Phúc']);
    expect(run('The session heard NguyenXuanPhuc speak.').names).toEqual(['Nguyễn Xuân Phúc']);
  });

  it('see through honorifics and line breaks inside a name', () => {
    const e = run('The visit of Samdech Techo\nHun Sen ended on Friday with a dinner offered to the guests.');
    expect(e.names).toEqual(['Hun Sen']);
  });

  it('keep two persons introduced by two titles apart', () => {
    const e = run(
      'Attending were Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man.',
    );
    expect(e.names).toEqual(['Phạm Minh Chính', 'Trần Thanh Mẫn']);
    expect(e.persons.map((p) => p.claimedOffice)).toEqual(['prime_minister', 'na_chair']);
  });

  it('read a spelling variant of a known foreign name as that person', () => {
    expect(run('Lao Prime Minister Thonglun Sisoulith arrived in the morning.').names).toEqual([
      'Thongloun Sisoulith',
    ]);
  });

  it('read a name written differently in brackets as one person', () => {
    const e = run('The Lao leader Thonglounh Xixulit (Thongloun Sisoulith) arrived.');
    expect(e.names).toEqual(['Thongloun Sisoulith']);
  });

  it('are not persons when they name a thing', () => {
    expect(run('Visitors walked along the Ho Chi Minh Trail on Sunday.').names).toEqual([]);
    expect(run('Ho Chi Minh City hosted the fair.').names).toEqual([]);
  });
});

describe('names the base does not know', () => {
  it('are persons when an office title introduces them', () => {
    const e = run(
      'Deputy Minister of Planning and Investment Trần Quốc Phương received Lao Ambassador Sengphet Houngboungnuang.',
    );
    expect(e.names).toEqual(['Trần Quốc Phương', 'Sengphet Houngboungnuang']);
    expect(e.persons[1]).toMatchObject({
      personId: 'new:sengphet houngboungnuang',
      via: 'new',
      country: 'LA',
    });
  });

  it('are persons after a role, an honorific or a title in apposition', () => {
    expect(run('Mr. Somphet Keola, director of the provincial trade office, spoke first.').names).toEqual([
      'Somphet Keola',
    ]);
    expect(
      run('The head of the provincial customs office, Bounmy Phanthavong, said trade rose.').names,
    ).toEqual(['Bounmy Phanthavong']);
    expect(
      run('Laos’ minister of public works and transport, Viengsavanh Siphandone, visited.').names,
    ).toEqual(['Viengsavanh Siphandone']);
  });

  it('are persons when a Vietnamese name stands in English text', () => {
    expect(run('Hoang Van Tuan, a trader in the border town, said sales doubled.').names).toEqual([
      'Hoang Van Tuan',
    ]);
  });

  it('are not persons in photo credits and bylines', () => {
    const e = run(
      'The delegates pose for a photo. Photo: VNA/Nguyen Van An\nThe talks went well.\nBy Tran Thi Binh',
    );
    expect(e.names).toEqual([]);
    expect(run('Leaders at the ceremony. VNA/VNS Photo Huỳnh Ngọc Sơn').names).toEqual([]);
  });

  it('are not bodies, places or agencies', () => {
    const e = run(
      'The Ministry of Foreign Affairs and Vietnam News Agency said the Friendship Hospital in Le Loi Street opened. The Hoang Anh Gia Lai Group invested.',
    );
    expect(e.names).toEqual([]);
  });

  it('are not the capitalised words of a headline', () => {
    expect(
      run('Lao Deputy PM Urges Stronger Border Trade Ties\nThe meeting took place on Monday.').names,
    ).toEqual([]);
  });

  it('are not months or institution words after a title', () => {
    expect(run('He was elected General Secretary of the Party Central Committee in January.').names).toEqual(
      [],
    );
    expect(run('The Prime Minister Office released a statement.').names).toEqual([]);
  });
});

describe('partial names', () => {
  it('resolve after a title, to the person the article names or the holder of the title', () => {
    expect(run('PM Chính met the press.', { ref: '2025-01-10' }).names).toEqual(['Phạm Minh Chính']);
    expect(run('General Secretary Lâm spoke.', { ref: '2025-01-10' }).names).toEqual(['Tô Lâm']);
  });

  it('resolve ambiguous short names to the person already named', () => {
    const e = run('Defence Minister Phan Văn Giang met the press. Minister Giang said cooperation grew.');
    expect(e.persons.map((p) => p.personId)).toEqual(['phan-van-giang', 'phan-van-giang']);
  });

  it('resolve a short name without title only when named before, or distinctive', () => {
    expect(run('Lâm visited the school.').names).toEqual([]);
    const e = run('Talks with To Lam ended. Lam said the visit went well.');
    expect(e.persons.map((p) => p.via)).toEqual(['name', 'short']);
    expect(run('Sonexay welcomed the delegation.').names).toEqual(['Sonexay Siphandone']);
  });

  it('resolve the short form of a new person named before', () => {
    const e = run('Vietnamese Ambassador Nguyen Ba Hung opened the school. Hung said 300 pupils enrolled.');
    expect(e.persons.map((p) => p.personId)).toEqual(['new:nguyen ba hung', 'new:nguyen ba hung']);
  });

  it('keep a lone partial name the base knows as written when it speaks', () => {
    expect(run('Cuong said the visit would deepen ties.').names).toEqual(['Cuong']);
  });
});

describe('Vietnamese text', () => {
  it('finds names after titles and honorifics, not bylines', () => {
    const text =
      'Thủ tướng Chính phủ Phạm Minh Chính tiếp đồng chí Khamphanh Phommathat, Bí thư Tỉnh ủy, và Thứ trưởng Lê Văn Thành.\nNGUYỄN HÀ';
    expect(run(text, { lang: 'vi' }).names).toEqual([
      'Phạm Minh Chính',
      'Khamphanh Phommathat',
      'Lê Văn Thành',
    ]);
  });

  it('sees through honorifics before titles', () => {
    const text = 'Thủ tướng Phạm Minh Chính điện đàm với Samdech Techo Thủ tướng Hun Sen.';
    expect(run(text, { lang: 'vi' }).names).toEqual(['Phạm Minh Chính', 'Hun Sen']);
  });

  it('does not take organisation words for names', () => {
    const text = 'Bộ Ngoại giao cho biết Thủ tướng Lào và Phu nhân sẽ thăm Việt Nam.';
    expect(run(text, { lang: 'vi', ref: '2025-01-10' }).names).toEqual([]);
  });
});

describe('Lao text', () => {
  it('finds known names written in Lao script, without word spaces', () => {
    const e = run('ທ່ານ ທອງລຸນ ສີສຸລິດ ຢ້ຽມຢາມປະເທດລາວ', { lang: 'lo' });
    expect(e.names).toEqual(['Thongloun Sisoulith']);
    expect(e.countries.map((c) => c.code)).toEqual(['LA']);
  });
});
