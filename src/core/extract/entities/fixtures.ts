/**
 * Test helpers: a tiny knowledge base built from a few schema records (so
 * unit tests do not move when the real data grows), and a one-call runner.
 */
import { buildKnowledgeBase, type KnowledgeBase } from '../../../kb/build.ts';
import { Country, KnowledgeBaseFiles, OfficeType, Organisation, Person, Place } from '../../../kb/schema.ts';
import type { KnownLanguage } from '../../model/document.ts';
import { splitSentences } from '../segment/index.ts';
import { type Entities, findEntities, personNames } from './index.ts';

const office = (key: string, rank: number, en: string[], vi: string[] = []) =>
  OfficeType.parse({ key, rank, titles: { en, vi } });

const held = (office: string, country: string, start: string, end: string | null = null) => ({
  office,
  country,
  start,
  end,
});

export function tinyKb(): KnowledgeBase {
  const files = KnowledgeBaseFiles.parse({
    countries: [
      Country.parse({
        code: 'VN',
        name: 'Vietnam',
        names: { en: ['Vietnam', 'Viet Nam'], vi: ['Việt Nam'] },
        adjectives: { en: ['Vietnamese'] },
      }),
      Country.parse({
        code: 'LA',
        name: 'Laos',
        names: { en: ['Laos'], vi: ['Lào'], lo: ['ລາວ'] },
        adjectives: { en: ['Lao', 'Laotian'] },
      }),
      Country.parse({
        code: 'KH',
        name: 'Cambodia',
        names: { en: ['Cambodia'], vi: ['Campuchia'] },
        adjectives: { en: ['Cambodian'] },
      }),
    ],
    offices: [
      office('general_secretary', 1, ['General Secretary', 'Party General Secretary'], ['Tổng Bí thư']),
      office('president', 2, ['President', 'State President'], ['Chủ tịch nước']),
      office('prime_minister', 3, ['Prime Minister', 'PM'], ['Thủ tướng', 'Thủ tướng Chính phủ']),
      office('na_chair', 4, ['National Assembly Chairman', 'NA Chairman'], ['Chủ tịch Quốc hội']),
      office('vice_president', 6, ['Vice President'], ['Phó Chủ tịch nước']),
      office('deputy_prime_minister', 6, ['Deputy Prime Minister', 'Deputy PM'], ['Phó Thủ tướng']),
      office(
        'defence_minister',
        8,
        ['Defence Minister', 'Minister of National Defence'],
        ['Bộ trưởng Quốc phòng'],
      ),
      office('minister', 9, ['Minister'], ['Bộ trưởng']),
      office('deputy_minister', 10, ['Deputy Minister'], ['Thứ trưởng']),
      office('ambassador', 13, ['Ambassador'], ['Đại sứ']),
    ],
    persons: [
      Person.parse({
        id: 'to-lam',
        name: 'Tô Lâm',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [
          held('president', 'VN', '2024-05-22', '2024-10-21'),
          held('general_secretary', 'VN', '2024-08-03'),
        ],
      }),
      Person.parse({
        id: 'pham-minh-chinh',
        name: 'Phạm Minh Chính',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('prime_minister', 'VN', '2021-04-05')],
      }),
      Person.parse({
        id: 'tran-thanh-man',
        name: 'Trần Thanh Mẫn',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('na_chair', 'VN', '2024-05-20')],
      }),
      Person.parse({
        id: 'luong-cuong',
        name: 'Lương Cường',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('president', 'VN', '2024-10-21')],
      }),
      Person.parse({
        id: 'nguyen-xuan-phuc',
        name: 'Nguyễn Xuân Phúc',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('prime_minister', 'VN', '2016-04-07', '2021-04-05')],
      }),
      Person.parse({
        id: 'nguyen-phu-trong',
        name: 'Nguyễn Phú Trọng',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('general_secretary', 'VN', '2011-01-19', '2024-07-19')],
      }),
      Person.parse({
        id: 'phan-van-giang',
        name: 'Phan Văn Giang',
        country: 'VN',
        nameOrder: 'vietnamese',
        offices: [held('defence_minister', 'VN', '2021-04-08')],
      }),
      Person.parse({
        id: 'nguyen-van-giang',
        name: 'Nguyễn Văn Giang',
        country: 'VN',
        nameOrder: 'vietnamese',
      }),
      Person.parse({
        id: 'thongloun-sisoulith',
        name: 'Thongloun Sisoulith',
        aliases: ['Thongloun Sisoulit', 'ທອງລຸນ ສີສຸລິດ'],
        country: 'LA',
        nameOrder: 'lao',
        offices: [
          held('prime_minister', 'LA', '2016-04-20', '2021-03-22'),
          held('general_secretary', 'LA', '2021-01-15'),
          held('president', 'LA', '2021-03-22'),
        ],
      }),
      Person.parse({
        id: 'sonexay-siphandone',
        name: 'Sonexay Siphandone',
        country: 'LA',
        nameOrder: 'lao',
        offices: [held('prime_minister', 'LA', '2022-12-30')],
      }),
      Person.parse({
        id: 'hun-sen',
        name: 'Hun Sen',
        country: 'KH',
        nameOrder: 'khmer',
        offices: [held('prime_minister', 'KH', '1985-01-14', '2023-08-22')],
      }),
      Person.parse({
        id: 'ho-chi-minh',
        name: 'Hồ Chí Minh',
        country: 'VN',
        nameOrder: 'vietnamese',
        historical: true,
      }),
    ],
    places: [
      Place.parse({
        id: 'vn-ha-noi',
        name: 'Hà Nội',
        aliases: ['Hanoi', 'Ha Noi'],
        country: 'VN',
        kind: 'capital',
      }),
      Place.parse({
        id: 'la-vientiane',
        name: 'Vientiane',
        aliases: ['Viêng Chăn'],
        country: 'LA',
        kind: 'capital',
      }),
      Place.parse({
        id: 'vn-ho-chi-minh-city',
        name: 'Ho Chi Minh City',
        country: 'VN',
        kind: 'municipality',
      }),
      Place.parse({
        id: 'vn-quang-binh',
        name: 'Quảng Bình',
        aliases: ['Quang Binh'],
        country: 'VN',
        kind: 'province',
        validTo: '2025-06-30',
        mergedInto: 'vn-quang-tri-2025',
      }),
      Place.parse({
        id: 'vn-quang-tri',
        name: 'Quảng Trị',
        aliases: ['Quang Tri'],
        country: 'VN',
        kind: 'province',
        validTo: '2025-06-30',
        mergedInto: 'vn-quang-tri-2025',
      }),
      Place.parse({
        id: 'vn-quang-tri-2025',
        name: 'Quảng Trị',
        aliases: ['Quang Tri'],
        country: 'VN',
        kind: 'province',
        validFrom: '2025-07-01',
      }),
    ],
    organisations: [
      Organisation.parse({
        id: 'cpv',
        name: 'Communist Party of Vietnam',
        acronyms: ['CPV'],
        country: 'VN',
        kind: 'party',
      }),
      Organisation.parse({
        id: 'vna',
        name: 'Vietnam News Agency',
        acronyms: ['VNA'],
        country: 'VN',
        kind: 'news_agency',
      }),
      Organisation.parse({
        id: 'mofa_vn',
        name: 'Ministry of Foreign Affairs',
        aliases: ['Bộ Ngoại giao'],
        country: 'VN',
        kind: 'ministry',
      }),
      Organisation.parse({
        id: 'na_vn',
        name: 'National Assembly of Vietnam',
        acronyms: ['NA'],
        country: 'VN',
        kind: 'legislature',
      }),
      Organisation.parse({
        id: 'na_la',
        name: 'Lao National Assembly',
        acronyms: ['NA'],
        country: 'LA',
        kind: 'legislature',
      }),
    ],
  });
  return buildKnowledgeBase(files);
}

let shared: KnowledgeBase | undefined;

/** Entities of `text` against the tiny base. */
export function run(
  text: string,
  options: { lang?: KnownLanguage; ref?: string | null; kb?: KnowledgeBase } = {},
): Entities & { names: string[] } {
  const language = options.lang ?? 'en';
  shared ??= tinyKb();
  const kb = options.kb ?? shared;
  const input = { id: 't', title: null, published: null, source: null, language, text, captions: [] };
  const entities = findEntities(input, splitSentences(text, language), kb, options.ref ?? null);
  return { ...entities, names: personNames(entities) };
}
