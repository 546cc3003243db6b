// Word lists the synthetic network draws its names from. Real place names where a list is short
// enough to write out (Vietnam's provinces, China's provincial divisions, the prefecture cities most
// often in Vietnam–China news); the rest are built from pinyin syllables so that 300 cities and
// 50,000 officials still read like names and exercise diacritic folding in search.

/** Vietnam's 63 provinces and centrally-run cities (pre-2025 division), hubs of cross-border news first. */
export const VN_PROVINCES = [
  'Hà Nội', 'Thành phố Hồ Chí Minh', 'Quảng Ninh', 'Lào Cai', 'Lạng Sơn', 'Hải Phòng', 'Cao Bằng', 'Hà Giang',
  'Bắc Ninh', 'Bắc Giang', 'Đà Nẵng', 'Điện Biên', 'Lai Châu', 'Thái Nguyên', 'Vĩnh Phúc', 'Hải Dương',
  'Hưng Yên', 'Cần Thơ', 'Bình Dương', 'Đồng Nai', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Thái Bình',
  'Nam Định', 'Ninh Bình', 'Hà Nam', 'Phú Thọ', 'Tuyên Quang', 'Yên Bái', 'Sơn La', 'Hòa Bình',
  'Bắc Kạn', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên',
  'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng',
  'Bình Phước', 'Tây Ninh', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long',
  'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
] as const;

/** China's 31 provincial-level divisions, border provinces first. */
export const CN_PROVINCES = [
  'Guangxi', 'Yunnan', 'Guangdong', 'Hainan', 'Guizhou', 'Sichuan', 'Chongqing', 'Hunan', 'Fujian', 'Zhejiang',
  'Jiangsu', 'Shanghai', 'Beijing', 'Tianjin', 'Hubei', 'Jiangxi', 'Anhui', 'Shandong', 'Henan', 'Hebei',
  'Shanxi', 'Shaanxi', 'Gansu', 'Qinghai', 'Ningxia', 'Xinjiang', 'Xizang', 'Inner Mongolia', 'Heilongjiang',
  'Jilin', 'Liaoning',
] as const;

/** Real prefecture-level cities, [name, province]; the generator adds made-up ones up to the size asked. */
export const CN_CITIES: readonly (readonly [string, string])[] = [
  ['Nanning', 'Guangxi'], ['Kunming', 'Yunnan'], ['Chongzuo', 'Guangxi'], ['Fangchenggang', 'Guangxi'],
  ['Honghe', 'Yunnan'], ['Wenshan', 'Yunnan'], ['Baise', 'Guangxi'], ['Qinzhou', 'Guangxi'], ['Beihai', 'Guangxi'],
  ['Guangzhou', 'Guangdong'], ['Shenzhen', 'Guangdong'], ['Haikou', 'Hainan'], ['Zhanjiang', 'Guangdong'],
  ['Guilin', 'Guangxi'], ['Liuzhou', 'Guangxi'], ['Yuxi', 'Yunnan'], ['Wuzhou', 'Guangxi'], ['Yulin', 'Guangxi'],
  ['Dongguan', 'Guangdong'], ['Foshan', 'Guangdong'], ['Zhuhai', 'Guangdong'], ['Sanya', 'Hainan'],
  ['Chengdu', 'Sichuan'], ['Guiyang', 'Guizhou'], ['Changsha', 'Hunan'], ['Xiamen', 'Fujian'], ['Fuzhou', 'Fujian'],
  ['Hangzhou', 'Zhejiang'], ['Ningbo', 'Zhejiang'], ['Suzhou', 'Jiangsu'], ['Nanjing', 'Jiangsu'], ['Wuhan', 'Hubei'],
  ['Qujing', 'Yunnan'], ['Dali', 'Yunnan'], ['Lijiang', 'Yunnan'], ['Baoshan', 'Yunnan'], ["Pu'er", 'Yunnan'],
  ['Lincang', 'Yunnan'], ['Zhaotong', 'Yunnan'], ['Guigang', 'Guangxi'], ['Hezhou', 'Guangxi'], ['Hechi', 'Guangxi'],
  ['Laibin', 'Guangxi'], ['Shantou', 'Guangdong'], ['Zhongshan', 'Guangdong'], ['Jiangmen', 'Guangdong'],
  ['Huizhou', 'Guangdong'], ['Maoming', 'Guangdong'], ['Zhaoqing', 'Guangdong'], ['Shaoguan', 'Guangdong'],
  ['Meizhou', 'Guangdong'], ['Quanzhou', 'Fujian'], ['Wenzhou', 'Zhejiang'], ['Wuxi', 'Jiangsu'], ['Hefei', 'Anhui'],
  ['Jinan', 'Shandong'], ['Qingdao', 'Shandong'], ['Zhengzhou', 'Henan'], ["Xi'an", 'Shaanxi'], ['Zunyi', 'Guizhou'],
  ['Nanchang', 'Jiangxi'], ['Shijiazhuang', 'Hebei'], ['Taiyuan', 'Shanxi'], ['Lanzhou', 'Gansu'], ['Harbin', 'Heilongjiang'],
  ['Changchun', 'Jilin'], ['Shenyang', 'Liaoning'], ['Dalian', 'Liaoning'], ['Hohhot', 'Inner Mongolia'],
  ['Urumqi', 'Xinjiang'], ['Lhasa', 'Xizang'], ['Xining', 'Qinghai'], ['Yinchuan', 'Ningxia'],
];

export const PINYIN_SYLLABLES = [
  'an', 'bai', 'bao', 'chang', 'cheng', 'da', 'dong', 'feng', 'fu', 'gui', 'hai', 'he', 'hong', 'hua', 'huai',
  'jia', 'jian', 'jin', 'jing', 'kai', 'lan', 'le', 'li', 'lian', 'lin', 'long', 'lu', 'mei', 'ming', 'nan',
  'ning', 'ping', 'qian', 'qing', 'rui', 'shan', 'shang', 'shao', 'tai', 'tian', 'tong', 'wen', 'xi', 'xin',
  'xing', 'yan', 'yang', 'yi', 'yong', 'yu', 'yuan', 'yun', 'zhang', 'zhao', 'zhen', 'zhong', 'zhou',
] as const;

export const CN_SURNAMES = [
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
  'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Liang', 'Zheng', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng',
] as const;

export const VN_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trịnh', 'Lương', 'Mai',
] as const;
export const VN_MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Xuân', 'Công', 'Ngọc', 'Đình', 'Anh'] as const;
export const VN_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn',
  'Thắng', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hòa', 'Khánh', 'Linh', 'Đạt', 'Hiếu', 'Hà', 'Hạnh', 'Tâm',
  'Phúc', 'Thành', 'Huy', 'Kiên', 'Lộc', 'Nghĩa', 'Tùng', 'Yến',
] as const;

export const OFFICIAL_TITLES = [
  'Chairman of the Provincial People\'s Committee', 'Vice Chairman of the Provincial People\'s Committee',
  'Secretary of the Provincial Party Committee', 'Director of the Department of Industry and Trade',
  'Director of the Department of Foreign Affairs', 'Mayor', 'Vice Mayor', 'Party Secretary',
  'Director of the Commerce Bureau', 'Deputy Director of the Foreign Affairs Office', 'Consul General',
  'Head of the Border Gate Management Board',
] as const;

export const INDUSTRIES = [
  'Electronics', 'Steel', 'Textile', 'Logistics', 'Rubber', 'Agricultural Products', 'Solar Energy', 'Cement',
  'Machinery', 'Auto Parts', 'Footwear', 'Real Estate', 'Seafood', 'Mining', 'Pharmaceutical', 'Furniture',
] as const;

export const COUNTRIES: readonly (readonly [string, string])[] = [
  ['VN', 'Việt Nam'], ['CN', 'China'], ['LA', 'Laos'], ['KH', 'Cambodia'], ['TH', 'Thailand'], ['KR', 'South Korea'],
  ['JP', 'Japan'], ['SG', 'Singapore'], ['US', 'United States'], ['TW', 'Taiwan'],
];

export const EVENT_SERIES = [
  'China-ASEAN Expo', 'Vietnam-China International Trade Fair', 'Kunming Import and Export Commodities Fair',
  'Border Trade Cooperation Conference', 'Joint Working Committee Meeting', 'Lao Cai-Yunnan Investment Forum',
  'Spring Friendship Meeting', 'Economic Corridor Conference', 'Cross-border Logistics Summit', 'Agricultural Trade Forum',
] as const;

/** [document, docKind] pairs for SIGNED edges. */
export const DOCUMENTS: readonly (readonly [string, 'MoU' | 'agreement' | 'minutes' | 'joint statement' | 'plan'])[] = [
  ['MoU on border trade cooperation', 'MoU'], ['agreement on cross-border logistics', 'agreement'],
  ['minutes of the joint working group', 'minutes'], ['joint statement on the economic corridor', 'joint statement'],
  ['plan for smart border gates', 'plan'], ['MoU on tourism promotion', 'MoU'],
  ['agreement on agricultural exports', 'agreement'], ['plan for a cross-border economic zone', 'plan'],
];

export const OUTLETS = ['VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'VietnamPlus', 'Xinhua', 'Guangxi Daily', 'Yunnan Daily', 'Nhân Dân'] as const;
