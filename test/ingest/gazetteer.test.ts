// The gazetteer data (seeds/gazetteer/*.yaml) and its lookups across the ways a name is written.
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../../server/ingest/draft/draft.ts';
import { loadGazetteer } from '../../server/ingest/recognise/gazetteer.ts';
import { nameKey } from '../../server/ingest/text.ts';

const gaz = loadGazetteer();
const ids = (form: string) => gaz.lookup(form).map((p) => p.id);

describe('gazetteer lookups', () => {
  it.each([
    // Sino-Vietnamese forms of Chinese names, with and without diacritics
    ['Quảng Tây', 'guangxi'],
    ['Quang Tay', 'guangxi'],
    ['Vân Nam', 'yunnan'],
    ['Sơn Đông', 'shandong'],
    ['Nam Ninh', 'nanning'],
    ['Lai Tân', 'laibin'],
    ['Lai Tan', 'laibin'],
    ['Bắc Kinh', 'beijing'],
    ['Duy Phường', 'weifang'],
    ['Sùng Tả', 'chongzuo'],
    // Chinese characters
    ['广西', 'guangxi'],
    ['广西壮族自治区', 'guangxi'],
    ['来宾', 'laibin'],
    ['潍坊', 'weifang'],
    ['北京', 'beijing'],
    // Vietnamese names: diacritics, ASCII, English forms, capitals
    ['Bắc Ninh', 'bac-ninh'],
    ['Bac Ninh', 'bac-ninh'],
    ['BẮC NINH', 'bac-ninh'],
    ['Hưng Yên', 'hung-yen'],
    ['Haiphong', 'hai-phong'],
    ['Hai Phong', 'hai-phong'],
    ['Thừa Thiên Huế', 'hue'],
    ['Ba Ria - Vung Tau', 'ba-ria-vung-tau'],
    ['Đắk Lắk', 'dak-lak'],
    ['Dak Lak', 'dak-lak'],
    // Lao provinces in their several romanisations
    ['Xaysomboun', 'xaysomboun'],
    ['Xaisomboun', 'xaysomboun'],
    ['Viêng Chăn', 'vientiane-capital'],
    ['Luang Prabang', 'luang-prabang'],
    // Prefecture-level units of the inland provinces: pinyin, Sino-Vietnamese, characters, other names
    ['Mianyang', 'mianyang'],
    ['绵阳', 'mianyang'],
    ['Ngawa', 'aba'],
    ['Ganzi', 'garze'],
    ['Garze', 'garze'],
    ['Xiangfan', 'xiangyang'],
    ['恩施', 'enshi'],
    ['Khai Phong', 'kaifeng'],
    ['驻马店', 'zhumadian'],
    ["Ma'anshan", 'maanshan'],
    ['Maanshan', 'maanshan'],
    ['六安', 'luan'],
    ['Cảnh Đức Trấn', 'jingdezhen'],
    ['Canh Duc Tran', 'jingdezhen'],
    ['景德镇', 'jingdezhen'],
    ["Yan'an", 'yanan'],
    ['安康市', 'ankang'],
    ['Trương Gia Khẩu', 'zhangjiakou'],
    ['Truong Gia Khau', 'zhangjiakou'],
    ['Đan Đông', 'dandong'],
    ['Tửu Tuyền', 'jiuquan'],
    ['Tuu Tuyen', 'jiuquan'],
    ['Lüliang', 'luliang'],
    ['Luliang', 'luliang'],
    ['Da Hinggan Ling', 'da-hinggan-ling'],
    ['Kumul', 'hami'],
    ['Xigazê', 'shigatse'],
    ['Xigaze', 'shigatse'],
    ['Hulun Buir', 'hulunbuir'],
    ['鄂尔多斯', 'ordos'],
    ['齐齐哈尔', 'qiqihar'],
  ])('%s -> %s', (form, id) => {
    expect(ids(form)[0]).toBe(id);
  });

  it('reads a form that is a Vietnamese province and a Sino-Vietnamese name as the province', () => {
    // Henan is "Hà Nam" in Sino-Vietnamese, which is also a Vietnamese province: the province wins.
    expect(ids('Hà Nam')).toEqual(['ha-nam']);
    expect(ids('Henan')).toEqual(['henan']);
  });

  it('keeps both readings of a name two cities share, the first one preferred', () => {
    expect(ids('Taizhou')).toEqual(['taizhou-jiangsu', 'taizhou-zhejiang']);
    expect(ids('台州')).toEqual(['taizhou-zhejiang']);
  });

  it('reads a pinyin name two prefectures share as the one listed first (the border city, the better-known city); characters tell them apart', () => {
    expect(ids('Pingxiang')).toEqual(['pingxiang-guangxi', 'pingxiang-jiangxi']);
    expect(ids('萍乡')).toEqual(['pingxiang-jiangxi']);
    expect(ids('Yulin')).toEqual(['yulin-guangxi', 'yulin-shaanxi']);
    expect(ids('榆林')).toEqual(['yulin-shaanxi']);
    expect(ids('Suzhou')).toEqual(['suzhou', 'suzhou-anhui']);
    expect(ids('宿州')).toEqual(['suzhou-anhui']);
    expect(ids('Fuzhou')).toEqual(['fuzhou', 'fuzhou-jiangxi']);
    expect(ids('抚州')).toEqual(['fuzhou-jiangxi']);
    expect(ids('Yichun')).toEqual(['yichun-jiangxi', 'yichun-heilongjiang']);
    expect(ids('伊春')).toEqual(['yichun-heilongjiang']);
  });

  it("keeps a province's name for the province when a city or prefecture shares it", () => {
    expect(ids('Jilin')).toEqual(['jilin']);
    expect(ids('吉林')).toEqual(['jilin']);
    expect(ids('Jilin City')).toEqual(['jilin-city']);
    expect(ids('吉林市')).toEqual(['jilin-city']);
    expect(ids('Hainan')).toEqual(['hainan']);
    expect(ids('海南')).toEqual(['hainan']);
    expect(ids('Hainan Tibetan Autonomous Prefecture')).toEqual(['hainan-qinghai']);
    expect(ids('海南藏族自治州')).toEqual(['hainan-qinghai']);
    // Plain Chaoyang is usually Beijing's district, which the gazetteer does not hold.
    expect(ids('Chaoyang')).toEqual([]);
    expect(ids('Chaoyang City')).toEqual(['chaoyang-liaoning']);
  });

  it('leaves out name forms that are everyday words, given names or parts of other names', () => {
    // 安康 is "safe and well", Luân, Jian and Ali are given names, 阿里 starts Alibaba, 哈密 the Hami melon.
    expect(ids('安康')).toEqual([]);
    expect(ids('Luan')).toEqual([]);
    expect(ids('Jian')).toEqual([]);
    expect(ids('Ali')).toEqual([]);
    expect(ids('阿里')).toEqual([]);
    expect(ids('哈密')).toEqual([]);
  });

  it('knows demonyms and parents', () => {
    expect(gaz.demonym('Chinese')?.id).toBe('china');
    expect(gaz.demonym('Vietnamese')?.id).toBe('vietnam');
    expect(gaz.ancestors('laibin').map((p) => p.id)).toEqual(['guangxi', 'china']);
    expect(gaz.ancestors('weifang').map((p) => p.id)).toEqual(['shandong', 'china']);
  });
});

describe('gazetteer coverage', () => {
  const all = [...gaz.byId.values()];
  const vn = all.filter((p) => p.parent === 'vietnam' && (p.kind === 'Province' || p.kind === 'City'));

  it('has the 63 Vietnamese units before 1 July 2025 and the 34 after, each old unit mapped to one new unit', () => {
    expect(vn).toHaveLength(63);
    const after = gaz.vietnam2025();
    expect(after).toHaveLength(34);
    const absorbed = after.flatMap((u) => u.mergedFrom);
    // Every old unit is in exactly one new unit, and every ceased unit points at the one that absorbed it.
    expect(new Set(absorbed).size).toBe(absorbed.length);
    expect(absorbed.sort()).toEqual(vn.map((p) => p.id).sort());
    for (const p of vn.filter((x) => !x.since2025)) {
      const into = after.find((u) => u.id === p.mergedInto);
      expect(into?.mergedFrom, `${p.id} -> ${p.mergedInto}`).toContain(p.id);
    }
    expect(after.find((u) => u.id === 'bac-ninh')?.mergedFrom).toEqual(['bac-ninh', 'bac-giang']);
    // The six centrally-run cities are first-level units: Province in rank, like every tỉnh.
    expect(after.filter((u) => gaz.get(u.id)!.kind !== 'Province').map((u) => u.id)).toEqual([]);
    for (const id of ['can-tho', 'da-nang', 'hai-phong', 'hanoi', 'ho-chi-minh-city', 'hue'])
      expect(after.map((u) => u.id)).toContain(id);
  });

  it('has the 34 Chinese provincial-level divisions and the 18 Lao provinces, all with coordinates', () => {
    const cnTop = all.filter(
      (p) => (p.parent === 'china' || p.id === 'taiwan') && (p.kind === 'Province' || p.kind === 'City'),
    );
    expect(cnTop).toHaveLength(34);
    expect(all.filter((p) => p.country === 'LA' && p.kind !== 'Country')).toHaveLength(18);
    expect(all.filter((p) => p.parent === 'guangxi')).toHaveLength(14);
    expect(all.filter((p) => p.parent === 'shandong')).toHaveLength(16);
    expect(all.filter((p) => p.parent === 'guangdong')).toHaveLength(21);
    expect(all.filter((p) => p.parent === 'yunnan')).toHaveLength(16);
    for (const [province, n] of [
      ['jiangsu', 13],
      ['zhejiang', 11],
      ['fujian', 9],
      ['guizhou', 9],
      ['hunan', 14],
    ] as const) {
      expect(
        all.filter((p) => p.parent === province && p.kind === 'City'),
        province,
      ).toHaveLength(n);
    }
    for (const p of all.filter((x) => x.kind === 'Province' || x.kind === 'City')) {
      expect(p.lat, p.id).toBeTypeOf('number');
      expect(p.lon, p.id).toBeTypeOf('number');
    }
  });
});

describe('Chinese prefecture-level divisions', () => {
  const all = [...gaz.byId.values()];
  const prefectures = (province: string) =>
    all.filter((p) => p.parent === province && p.kind === 'City').map((p) => p.id);

  // Official counts (prefecture-level cities + autonomous prefectures / leagues / regions).
  it.each([
    ['sichuan', 21], // 18 cities, 3 autonomous prefectures
    ['hubei', 13], // 12 cities, Enshi (the 4 county-level units run by the province are not prefectures)
    ['henan', 17],
    ['anhui', 16],
    ['jiangxi', 11],
    ['shaanxi', 10],
    ['hebei', 11],
    ['shanxi', 11],
    ['liaoning', 14],
    ['jilin', 9], // 8 cities, Yanbian
    ['heilongjiang', 13], // 12 cities, Da Hinggan Ling prefecture
    ['gansu', 14], // 12 cities, 2 autonomous prefectures
    ['inner-mongolia', 12], // 9 cities, 3 leagues
    ['xinjiang', 14], // 4 cities, 5 autonomous prefectures, 5 prefectures
    ['tibet', 7], // 6 cities, Ngari prefecture
    ['qinghai', 8], // 2 cities, 6 autonomous prefectures
    ['ningxia', 5],
  ] as const)('%s has all its %i', (province, n) => {
    expect(prefectures(province)).toHaveLength(n);
  });

  it('has Hainan without Sansha (the PRC administration of disputed islands)', () => {
    expect(prefectures('hainan').sort()).toEqual(['danzhou', 'haikou', 'sanya']);
    expect(ids('Sansha')).toEqual([]);
    expect(ids('三沙')).toEqual([]);
  });

  it('gives each unit its province, its characters and coordinates inside China', () => {
    for (const p of all.filter((x) => x.country === 'CN' && x.kind === 'City')) {
      expect(
        p.aliases.some((a) => /[\u3400-\u9fff]/.test(a)),
        `${p.id} has characters`,
      ).toBe(true);
      expect(p.lat!, p.id).toBeGreaterThan(18);
      expect(p.lat!, p.id).toBeLessThan(54);
      expect(p.lon!, p.id).toBeGreaterThan(73);
      expect(p.lon!, p.id).toBeLessThan(135);
      expect(
        gaz.ancestors(p.id).map((a) => a.id),
        p.id,
      ).toContain('china');
    }
  });
});

describe('Sino-Vietnamese forms', () => {
  const all = [...gaz.byId.values()];
  const vnKeys = new Set(
    all
      .filter((p) => p.country === 'VN')
      .flatMap((p) => [p.name, ...p.aliases])
      .map(nameKey),
  );

  it('never spell the name of a Vietnamese unit (old or new province, city), with or without diacritics', () => {
    const clashes = all
      .filter((p) => p.country !== 'VN')
      .flatMap((p) => (p.weakForms ?? []).filter((f) => vnKeys.has(nameKey(f))).map((f) => `${p.id}: ${f}`));
    expect(clashes).toEqual([]);
  });

  it.each([
    // Sino-Vietnamese readings of Chinese cities that are Vietnamese districts or communes, left out.
    ['Trường Sa'], // Changsha; the Spratly Islands
    ['Thái Nguyên'], // Taiyuan
    ['Tây Ninh'], // Xining
    ['Lạc Dương'], // Luoyang; a district of Lâm Đồng
    ['An Dương'], // Anyang; a district of Hải Phòng
    ['Tương Dương'], // Xiangyang; a district of Nghệ An
    ['Lạc Sơn'], // Leshan; a district of Hòa Bình
    ['An Khánh'], // Anqing; a commune of Hanoi
    ['Diên An'], // Yan'an; a commune of Khánh Hòa
    ['Đại Đồng'], // Datong; several communes
  ])('%s reads as no Chinese unit', (form) => {
    expect(gaz.lookup(form).filter((p) => p.country === 'CN')).toEqual([]);
  });
});

describe('new names in running text', () => {
  const found = (text: string) =>
    draftFacts(text, { file: 'gazetteer-probe.txt', date: '2025-06-01' }).entities.map((e) => e.id);

  it('finds a city named like its province apart from the province, and characters inside a sentence', () => {
    const ids = found(
      'Officials of Jilin City (吉林市), Jilin Province and Pingxiang (萍乡) met in Lạng Sơn in May 2025.',
    );
    expect(ids).toEqual(expect.arrayContaining(['jilin-city', 'jilin', 'pingxiang-jiangxi', 'lang-son']));
    // The characters in brackets say which Pingxiang: not the Guangxi one the bare name reads as.
    expect(ids).not.toContain('pingxiang-guangxi');
    expect(found('Officials of Pingxiang met Lạng Sơn leaders in May 2025.')).toContain('pingxiang-guangxi');
  });

  it('does not read a prefecture out of a longer Chinese name that merely contains it', () => {
    const ids = found(
      'Traders from Lạng Sơn met Alibaba (阿里巴巴) staff near Changbai Mountain (长白山) in May 2025.',
    );
    expect(ids).toContain('lang-son');
    expect(ids).not.toContain('ngari');
    expect(ids).not.toContain('baishan');
  });

  it("reads a city name right after a Chinese family name as the person's given name, and the city elsewhere", () => {
    const person = found('Former Premier Zhao Ziyang met Vietnamese officials in Hanoi in 1985.');
    expect(person).toContain('zhao-ziyang');
    expect(person).not.toContain('ziyang');
    const city = found('Officials of Ziyang and Kunming met Lạng Sơn leaders in Hanoi in May 2025.');
    expect(city).toEqual(expect.arrayContaining(['ziyang', 'kunming', 'lang-son']));
  });
});
