// The preset dictionary share links are deflated with (format "d1"): words a link is likely to hold, so
// that a link names them in a few bytes: the gazetteer's place and body ids of 29 Nov 2026, common
// parts of other ids, the model's vocabulary and the JSON keys of the link's state, most frequent
// last (deflate reaches back the fewest bytes for them). FROZEN: a link can only be read with the
// dictionary it was written with, so this text is never edited; a better one is added beside it under
// a new format name, and compact.ts keeps reading the old one.
const WORDS = `
nanning liuzhou guilin wuzhou beihai fangchenggang qinzhou guigang yulin-guangxi baise hezhou hechi
laibin chongzuo kunming qujing yuxi baoshan zhaotong lijiang puer lincang honghe wenshan
xishuangbanna dali dehong nujiang diqing chuxiong guangzhou shenzhen zhuhai shantou foshan shaoguan
zhanjiang zhaoqing jiangmen maoming huizhou meizhou shanwei heyuan yangjiang qingyuan dongguan
zhongshan chaozhou jieyang yunfu jinan qingdao zibo zaozhuang dongying yantai weifang jining taian
weihai rizhao linyi dezhou liaocheng binzhou heze shijiazhuang tangshan taiyuan hohhot shenyang
dalian changchun harbin nanjing suzhou wuxi hangzhou ningbo wenzhou hefei fuzhou xiamen quanzhou
nanchang zhengzhou wuhan changsha haikou sanya chengdu guiyang lhasa xian lanzhou xining yinchuan
urumqi xuzhou changzhou nantong lianyungang huaian yancheng yangzhou zhenjiang taizhou-jiangsu
suqian jiaxing huzhou shaoxing jinhua quzhou zhoushan taizhou-zhejiang lishui putian sanming
zhangzhou nanping longyan ningde danzhou zunyi liupanshui anshun bijie tongren qiandongnan qiannan
qianxinan zhuzhou xiangtan hengyang shaoyang yueyang changde zhangjiajie yiyang chenzhou yongzhou
huaihua loudi xiangxi hekou pingxiang-guangxi dongxing fangcheng longzhou jingxi napo malipo zigong
panzhihua luzhou deyang mianyang guangyuan suining neijiang leshan nanchong meishan yibin guangan
dazhou yaan bazhong ziyang aba garze liangshan huangshi shiyan yichang xiangyang ezhou jingmen
xiaogan jingzhou huanggang xianning suizhou enshi kaifeng luoyang pingdingshan anyang hebi xinxiang
jiaozuo puyang xuchang luohe sanmenxia nanyang shangqiu xinyang zhoukou zhumadian wuhu bengbu
huainan maanshan huaibei tongling anqing huangshan chuzhou fuyang suzhou-anhui luan bozhou chizhou
xuancheng jingdezhen pingxiang-jiangxi jiujiang xinyu yingtan ganzhou jian yichun-jiangxi
fuzhou-jiangxi shangrao tongchuan baoji xianyang weinan yanan hanzhong yulin-shaanxi ankang shangluo
qinhuangdao handan xingtai baoding zhangjiakou chengde cangzhou langfang hengshui datong yangquan
changzhi jincheng shuozhou jinzhong yuncheng xinzhou linfen luliang anshan fushun benxi dandong
jinzhou yingkou fuxin liaoyang panjin tieling chaoyang-liaoning huludao jilin-city siping liaoyuan
tonghua baishan songyuan baicheng yanbian qiqihar jixi hegang shuangyashan daqing
yichun-heilongjiang jiamusi qitaihe mudanjiang heihe suihua da-hinggan-ling jiayuguan jinchang
baiyin tianshui wuwei zhangye pingliang jiuquan qingyang dingxi longnan linxia gannan baotou wuhai
chifeng tongliao ordos hulunbuir bayannur ulanqab hinggan xilingol alxa karamay turpan hami changji
bortala bayingolin kizilsu ili aksu kashgar hotan tacheng altay shigatse chamdo nyingchi shannan
nagqu ngari haidong haibei huangnan hainan-qinghai golog yushu haixi shizuishan wuzhong guyuan
zhongwei beijing tianjin shanghai chongqing guangxi inner-mongolia tibet ningxia xinjiang hebei
shanxi liaoning jilin heilongjiang jiangsu zhejiang anhui fujian jiangxi shandong henan hubei hunan
guangdong hainan sichuan guizhou yunnan shaanxi gansu qinghai taiwan hong-kong macau
vientiane-capital vientiane-province attapeu bokeo bolikhamxai champasak houaphanh khammouane
luang-namtha luang-prabang oudomxay phongsaly salavan savannakhet xaignabouli sekong xiangkhouang
xaysomboun vietnam china laos cambodia thailand japan south-korea singapore united-states france
australia india russia germany united-kingdom indonesia malaysia philippines myanmar
cpv-central-committee cpv-politburo cpc-central-committee cpc-international-liaison-commission
national-assembly-of-vietnam ministry-of-planning-and-investment ministry-of-foreign-affairs
ministry-of-industry-and-trade ministry-of-finance ministry-of-public-security ministry-of-transport
ministry-of-agriculture-and-rural-development ministry-of-commerce-china vcci asean ha-long mong-cai
cam-pha uong-bi dien-bien-phu viet-tri vinh-yen phuc-yen tu-son chi-linh song-cong pho-yen phu-ly
tam-diep sam-son vinh dong-hoi dong-ha tam-ky hoi-an quy-nhon tuy-hoa nha-trang cam-ranh
phan-rang-thap-cham phan-thiet pleiku buon-ma-thuot gia-nghia da-lat bao-loc dong-xoai thu-dau-mot
di-an bien-hoa long-khanh vung-tau ba-ria tan-an my-tho cao-lanh sa-dec long-xuyen chau-doc rach-gia
ha-tien phu-quoc vi-thanh hanoi ho-chi-minh-city hai-phong da-nang can-tho hue lai-chau dien-bien
son-la lang-son quang-ninh thanh-hoa nghe-an ha-tinh cao-bang tuyen-quang lao-cai thai-nguyen
phu-tho bac-ninh hung-yen ninh-binh quang-tri quang-ngai gia-lai khanh-hoa lam-dong dak-lak dong-nai
tay-ninh vinh-long dong-thap ca-mau an-giang ha-giang yen-bai bac-kan vinh-phuc hoa-binh bac-giang
thai-binh hai-duong ha-nam nam-dinh quang-binh quang-nam kon-tum binh-dinh ninh-thuan dak-nong
binh-thuan phu-yen binh-duong ba-ria-vung-tau binh-phuoc long-an soc-trang hau-giang ben-tre
tra-vinh tien-giang bac-lieu kien-giang -peoples-committee -peoples-council -peoples-government
-provincial-party-committee -party-committee -municipal-party-committee department-of-
-department-of-external-relations -department-of-industry-and-trade
-department-of-planning-and-investment -foreign-affairs -city -province -government -group -co-ltd
-corporation -company -border-gate -international-trade-fair -conference -festival -forum -meeting
ministry-of- central-committee communist-party vietnam-china- international-
"Country","Province","City","Official","Company","Organization","Event","SIGNED","VISITED","MET","INVESTED_IN","PARTNER_OF","LOCATED_IN","HOLDS_POST","ATTENDED","fcose","concentric","breadthfirst","grid","geo","filters","timeline","paths","cypher","export","story","review","canonical","ascii","chinese","pagerank","degree"
{"v":3,"ids":""f":{"types":["",""kinds":[""countries":[""fromYear":"toYear":"minSources":"hideUnlinked":false"showUndated":false"s":{"labelMode":""sizeBy":""edgeLabels":true"l":""p":""z":"pan":["pin":["hid":["lk":["x":[""st":[{"t":""c":""m":""om":""fr":["xe":[]},{"t":""sn":""se":[""d":{"id":"","group":"nodes"}","group":"edges"}
`;

/** The words one space apart (the line breaks above are for reading only). */
export const LINK_DICTIONARY_D1 = new TextEncoder().encode(WORDS.trim().split(/\s+/).join(' '));
