// Word lists the recognisers use: family names (to find people) and the words of titles.
import { fold } from '../text.ts';

const VN_SURNAMES =
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Lương Trương Mai Tạ Hà Lâm Đoàn Cao Chu Trịnh Quách Vương Thái Lưu Tô Tôn Kiều Nông Lò Triệu Văn Giang Hứa Khúc Lại Mạc Nghiêm Ông Phùng Thân Từ Tăng Vi Y'.split(
    ' ',
  );
const CN_SURNAMES =
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Cui Tan Fan Shi Liao Jia Xia Fang Bai Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao Wan Qian Kong Mao Hao Chang You Qi Gu Lan Ni Niu Wen Xing Ouyang Bao Mo Huo Lai Ge Xi'.split(
    ' ',
  );

export const vnSurnames = new Set(VN_SURNAMES.map(fold));
export const cnSurnames = new Set(CN_SURNAMES.map((s) => s.toLowerCase()));

/** Words that head a title ("Secretary", "head", "Deputy Prime Minister"). */
export const TITLE_HEADS = new Set(
  'secretary chairman chairwoman chair chairperson president minister premier director ambassador consul governor mayor head member chief leader commander ceo envoy representative spokesperson spokesman counsellor counselor general-secretary'.split(
    ' ',
  ),
);
/** Words that may open a title before its head ("Deputy", "Vice", "Party", "Prime"). */
export const TITLE_MODIFIERS = new Set(
  'deputy vice party prime permanent standing acting former executive first general provincial municipal senior'.split(
    ' ',
  ),
);
/** Words that describe a place in passing ("the northern border province of"), not part of its name. */
export const PLACE_DESCRIPTORS = new Set(
  'northern southern eastern western central north south east west northeastern northwestern southeastern southwestern north-central south-central border coastal mountainous neighbouring neighboring autonomous'.split(
    ' ',
  ),
);
/** Lower-case words allowed inside a title ("of the", "to", "committee's", "the northern border province of"). */
export const TITLE_CONNECTORS = new Set([
  ..."of the and to for on in provincial municipal city province district county town region prefecture delegation party central government committee's commission's people's".split(
    ' ',
  ),
  ...PLACE_DESCRIPTORS,
]);
export const HONORIFICS = /(?:Mr|Mrs|Ms|Madam|Dr)\.?\s+$/;

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozens: 24,
  hundreds: 200,
  a: 1,
  an: 1,
};
export function readCount(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const n = Number(word.replace(/,/g, ''));
  if (Number.isInteger(n) && n > 0) return n;
  const w = NUMBER_WORDS[word.toLowerCase()];
  return w && w > 0 && !['dozens', 'hundreds'].includes(word.toLowerCase()) ? w : undefined;
}
