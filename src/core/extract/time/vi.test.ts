import { describe, expect, it } from 'vitest';
import { findTimes } from './index.ts';

function read(text: string, language: 'vi' | 'lo', reference: string | null = '2026-02-02'): string[] {
  return findTimes(text, { reference, language }).map(
    (m) =>
      `[${m.text}] ${m.kind} ${m.from}..${m.to} ${m.precision}${m.relative ? ' rel' : ''}${m.part ? ` ${m.part}` : ''}`,
  );
}

describe('findTimes, Vietnamese: days (day/month order)', () => {
  it.each([
    ['Ngày 5/2/2026, hai đoàn làm việc tại Hà Nội.', '[Ngày 5/2/2026] date 2026-02-05..2026-02-05 day'],
    ['Sáng 5/2, đoàn đại biểu tới Viêng Chăn.', '[Sáng 5/2] date 2026-02-05..2026-02-05 day rel'],
    ['Chiều ngày 9/1, hội nghị khai mạc.', '[Chiều ngày 9/1] date 2026-01-09..2026-01-09 day rel'],
    ['Ngày 23-1, Bộ Công Thương thông báo.', '[Ngày 23-1] date 2026-01-23..2026-01-23 day rel'],
    [
      'Hội chợ khai mạc ngày 5 tháng 2 năm 2026.',
      '[ngày 5 tháng 2 năm 2026] date 2026-02-05..2026-02-05 day',
    ],
    ['Bản tin cập nhật 10/01/2025 lúc sáng.', '[10/01/2025] date 2025-01-10..2025-01-10 day'],
    ['Đoàn về nước (3/2).', '[3/2] date 2026-02-03..2026-02-03 day rel'],
    ['Lễ mít tinh mừng Quốc khánh, 2/12.', '[2/12] date 2025-12-02..2025-12-02 day rel'],
    ['Đoàn sẽ sang thăm ngày 10/12.', '[ngày 10/12] date 2026-12-10..2026-12-10 day rel'],
    ['Hôm qua, hai bên trao đổi thư.', '[Hôm qua] date 2026-02-01..2026-02-01 day rel'],
  ])('%s', (text, expected) => {
    expect(read(text, 'vi')).toEqual([expected]);
  });
});

describe('findTimes, Vietnamese: ranges, months, years, periods, deadlines', () => {
  it.each([
    ['Đoàn thăm tỉnh từ ngày 26 đến 27/1.', '[từ ngày 26 đến 27/1] range 2026-01-26..2026-01-27 day rel'],
    [
      'Hội thảo diễn ra từ ngày 26 đến ngày 27-1.',
      '[từ ngày 26 đến ngày 27-1] range 2026-01-26..2026-01-27 day rel',
    ],
    ['Lớp học mở ngày 26-27/1 tại Huế.', '[ngày 26-27/1] range 2026-01-26..2026-01-27 day rel'],
    ['Kỳ họp diễn ra từ ngày 4 - 6/12/2020.', '[từ ngày 4 - 6/12/2020] range 2020-12-04..2020-12-06 day'],
    [
      'Lễ hội kéo dài từ ngày 30/12/2025 đến ngày 2/1/2026.',
      '[từ ngày 30/12/2025 đến ngày 2/1/2026] range 2025-12-30..2026-01-02 day',
    ],
    ['Tuyến đường thông xe tháng 12/2025.', '[tháng 12/2025] date 2025-12..2025-12 month'],
    ['Văn kiện được ký tháng 12 năm 2025.', '[tháng 12 năm 2025] date 2025-12..2025-12 month'],
    ['Nhà máy khánh thành tháng 9 năm ngoái.', '[tháng 9 năm ngoái] date 2025-09..2025-09 month rel'],
    ['Kế hoạch năm 2025 đã hoàn thành.', '[năm 2025] date 2025..2025 year'],
    ['Hai bên nhất trí vào cuối năm 2025.', '[cuối năm 2025] date 2025..2025 year late'],
    ['Công trình dự kiến xong vào cuối năm.', '[cuối năm] date 2026..2026 year rel late'],
    ['Đầu năm nay, giá tăng.', '[Đầu năm nay] date 2026..2026 year rel early'],
    ['Bầu cử diễn ra đầu tháng 6/2022.', '[đầu tháng 6/2022] date 2022-06..2022-06 month early'],
    ['Phấn đấu đạt mục tiêu đến năm 2030.', '[đến năm 2030] deadline 2030..2030 year'],
    ['Hiệp định có hiệu lực đến hết năm 2024.', '[đến hết năm 2024] deadline 2024..2024 year'],
    ['Kim ngạch 6 tháng đầu năm 2024 tăng mạnh.', '[6 tháng đầu năm 2024] period 2024-01..2024-06 month'],
    ['Kim ngạch 5 tháng đầu năm tăng 9%.', '[5 tháng đầu năm] period 2026-01..2026-05 month rel'],
    ['Xuất khẩu 9 tháng năm 2024 giảm.', '[9 tháng năm 2024] period 2024-01..2024-09 month'],
    ['Thương mại quý I/2022 tăng.', '[quý I/2022] period 2022-01..2022-03 month'],
    [
      'Sản lượng từ tháng 1 đến tháng 5/2024 tăng.',
      '[từ tháng 1 đến tháng 5/2024] period 2024-01..2024-05 month',
    ],
    ['Kế hoạch giai đoạn 2021-2025 được thông qua.', '[2021-2025] period 2021..2025 year'],
  ])('%s', (text, expected) => {
    expect(read(text, 'vi')).toEqual([expected]);
  });
});

describe('findTimes, Vietnamese: not dates', () => {
  it.each([
    'Dự án chiếm 1/3 diện tích của tỉnh.',
    'Cột mốc 511/1 được cắm trên đỉnh núi.',
    'Kim ngạch tăng 10-15%/năm, dự án chậm 2-4 năm.',
    'Đại hội lần thứ hai thông qua nghị quyết.',
    'Trong những năm qua và nhiều năm trước, quan hệ phát triển.',
    'Hai nước có 40 năm hợp tác.',
  ])('%s', (text) => {
    expect(read(text, 'vi')).toEqual([]);
  });
});

describe('findTimes, Lao', () => {
  it.each([
    ['ວັນທີ28/10, ຢູ່ນະຄອນຫຼວງວຽງຈັນ', '[ວັນທີ28/10] date 2025-10-28..2025-10-28 day rel'],
    ['ວັນທີ ໕/໒/໒໐໒໖ ຄະນະຜູ້ແທນ', '[ວັນທີ ໕/໒/໒໐໒໖] date 2026-02-05..2026-02-05 day'],
    ['ວັນທີ 5 ກຸມພາ 2026 ຢູ່ວຽງຈັນ', '[ວັນທີ 5 ກຸມພາ 2026] date 2026-02-05..2026-02-05 day'],
    ['ໃນເດືອນມັງກອນ 2026', '[ເດືອນມັງກອນ 2026] date 2026-01..2026-01 month'],
    ['ເປົ້າໝາຍຮອດປີ 2030', '[ຮອດປີ 2030] deadline 2030..2030 year'],
  ])('%s', (text, expected) => {
    expect(read(text, 'lo')).toEqual([expected]);
  });
});
