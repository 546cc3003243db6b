// Deterministic synthetic news articles for the ingest benchmark: the seed articles' kind of
// wording (visits, signings, meetings, investments, events) over places drawn from the gazetteer,
// with filler paragraphs and page furniture, about the length of a real article.
import type { Gazetteer, Place } from '../../server/ingest/recognise/gazetteer.ts';
import { MONTHS } from '../../common/text/dates.ts';
import { SeededRandom } from './seeded-random.ts';

const VN_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const VN_MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Xuân'];
const VN_GIVEN = ['Hùng', 'Dũng', 'Lan', 'Hải', 'Nam', 'Bình', 'Tuấn', 'Hòa', 'Sơn', 'Long'];
const CN_FAMILY = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Zhou', 'Huang'];
const CN_GIVEN = ['Wei', 'Jun', 'Ming', 'Hong', 'Jianguo', 'Xiaoping', 'Lei', 'Yan'];
const COMPANIES = ['Sunrise', 'Everbright', 'Jinko', 'Longwell', 'Hengtai', 'Greenfield', 'Huaxin', 'Orient'];
const TOPICS = [
  'trade and investment cooperation',
  'tourism development',
  'border trade',
  'education and training',
  'agriculture',
  'logistics',
];
const FILLER = [
  'The two sides agreed that there is still much room for cooperation in the coming years.',
  'Officials said the locality would continue to improve its business environment and reform administrative procedures.',
  'Trade between the two countries has grown steadily over the past decade, according to customs data.',
  'The province hopes to attract more high-tech and environmentally friendly projects.',
  'Participants discussed infrastructure connectivity, customs clearance and people-to-people exchanges.',
];

export interface SyntheticArticle {
  name: string;
  text: string;
}

export function syntheticArticles(gaz: Gazetteer, count: number, seed = 42): SyntheticArticle[] {
  const random = SeededRandom.fromState(seed);
  const rand = () => random.next();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const places = [...gaz.byId.values()];
  const vn = places.filter((p) => p.country === 'VN' && (p.kind === 'Province' || p.kind === 'City'));
  const cn = places.filter((p) => p.country === 'CN' && (p.kind === 'Province' || p.kind === 'City'));
  const la = places.filter((p) => p.country === 'LA' && p.kind !== 'Country');
  const vnName = () => `${pick(VN_FAMILY)} ${pick(VN_MIDDLE)} ${pick(VN_GIVEN)}`;
  const cnName = () => `${pick(CN_FAMILY)} ${pick(CN_GIVEN)}`;
  const nameOf = (p: Place) => (rand() < 0.5 ? p.name : (p.aliases[0] ?? p.name));

  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2015 + Math.floor(rand() * 11);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 27);
    const home = pick(vn);
    const abroad = rand() < 0.8 ? pick(cn) : pick(la);
    const host = nameOf(home);
    const guest = nameOf(abroad);
    const leader = vnName();
    const foreigner = cnName();
    const company = pick(COMPANIES);
    const monthName = MONTHS[month - 1]!;
    const paras = [
      `date ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${host.toUpperCase()} — A delegation from the northern province of ${host} led by ${leader}, Secretary of the provincial Party Committee, has paid a working visit to ${guest} to explore opportunities for enhancing ties.`,
      `During ${monthName} ${day}-${day + 1} stay, ${leader.split(' ').at(-1)} held talks with ${foreigner}, Secretary of the Party Committee of ${guest}, and a working session with leaders from the People's Government of ${guest}.`,
      `The People's Committee of ${host} Province and the People's Government of ${guest} signed a Memorandum of Understanding on ${pick(TOPICS)}. ${pick(FILLER)}`,
      `${company} Group from ${guest} accounts for over US$${10 + Math.floor(rand() * 900)} million of investment in ${host}, employing ${1 + Math.floor(rand() * 30)},000 workers across ${2 + Math.floor(rand() * 5)} projects.`,
      `${pick(FILLER)} ${pick(FILLER)}`,
      `Last year, ${host} signed a cooperation agreement with ${nameOf(pick(la))} province in Laos, and the cooperation between ${host} and ${guest} has made significant progress.`,
      `The ${2 + Math.floor(rand() * 15)}th Vietnam-China Border Trade Fair, involving ${host}, ${nameOf(pick(vn))} and ${guest}, was held in ${host} from ${monthName} ${day} to ${day + 2}, ${year}.`,
      `${pick(FILLER)}`,
      'Related news',
      `${host} steps up cooperation with foreign localities`,
      'Tin mới của ngày hôm nay và các bài viết được quan tâm nhất trong tuần này cho bạn đọc.',
    ];
    out.push({ name: `synthetic_${String(i).padStart(4, '0')}.txt`, text: paras.join('\n\n') });
  }
  return out;
}
