//! Word lists for the context rules: reporting verbs, change verbs,
//! determiners, connectors, stop words. No segmenter: the rules look the
//! words up at character positions of a short stretch of text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// Reporting verbs that take the counted thing as their object:
/// `受理` in `受理各类法律援助申请628件`. They are recognised anywhere in the
/// stretch before a number.
pub(crate) const VERBS: &[&str] = &[
    "受理",
    "接待",
    "办理",
    "办结",
    "审结",
    "审查",
    "审理",
    "审核",
    "审批",
    "调解",
    "成功调解",
    "调处",
    "化解",
    "新增",
    "新建",
    "新开工",
    "新改扩建",
    "改扩建",
    "扩建",
    "改建",
    "新设",
    "增设",
    "设立",
    "建成",
    "建立",
    "建起",
    "组建",
    "打造",
    "完成",
    "开展",
    "举办",
    "举行",
    "召开",
    "组织",
    "发放",
    "发布",
    "发送",
    "印发",
    "出台",
    "制定",
    "制作",
    "修订",
    "清理",
    "培训",
    "培育",
    "培养",
    "实现",
    "收到",
    "收集",
    "征集",
    "解答",
    "提供",
    "查找",
    "查处",
    "查办",
    "查获",
    "提出",
    "反馈",
    "排查",
    "注销",
    "抽查",
    "评查",
    "核查",
    "调取",
    "撤回",
    "撤销",
    "给予",
    "提请",
    "提任",
    "晋升",
    "推荐",
    "录用",
    "招聘",
    "引进",
    "引育",
    "招引",
    "认定",
    "资助",
    "惠及",
    "帮助",
    "走访",
    "慰问",
    "检查",
    "督查",
    "巡查",
    "整改",
    "立案",
    "处罚",
    "罚没",
    "挽回",
    "追回",
    "减免",
    "拨付",
    "下达",
    "筹集",
    "争取",
    "发行",
    "节减",
    "节约",
    "节省",
    "转移",
    "安置",
    "解决",
    "带动",
    "吸纳",
    "开通",
    "参加",
    "参与",
    "讲授",
    "宣讲",
    "刊发",
    "编印",
    "印制",
    "推送",
    "开设",
    "签订",
    "签约",
    "落实",
    "投入",
    "安排",
    "布局",
    "组织开展",
    "防止",
    "接收",
    "接诊",
    "救治",
    "收治",
    "登记",
    "注册",
    "新登记",
    "办件",
    "受训",
    "检测",
    "监测",
    "抽检",
    "认证",
    "获得",
    "获批",
    "荣获",
    "入选",
    "评选",
    "表彰",
    "命名",
    "创建",
    "建设",
    "改造",
    "实施",
    "推进",
    "推动",
    "支持",
    "扶持",
    "奖励",
    "补贴",
    "补助",
    "发展",
    "新培育",
    "累计培育",
    "使用",
    "利用",
    "完成投资",
    "出动",
    "投放",
    "种植",
    "植树",
    "造林",
    "修复",
    "治理",
    "整治",
    "关停",
    "取缔",
    "淘汰",
    "拆除",
    "清退",
    "发现",
    "破获",
    "抓获",
    "打掉",
    "摧毁",
    "起诉",
    "批捕",
    "判处",
    "执结",
    "收案",
    "结案",
    "新收",
    "受案",
    "接到",
    "接听",
    "回复",
    "答复",
    "办复",
    "处理",
    "处置",
    "服务",
    "培训",
    "辅导",
    "指导",
    "帮扶",
    "救助",
    "走访",
    "排查化解",
    "上线",
    "开放",
    "创成",
    "达标",
    "新开",
    "开行",
    "增开",
    "新辟",
    "开辟",
    "输送",
    "引导",
    "转化",
    "孵化",
    "吸引",
    "招收",
    "录取",
    "毕业",
    "新招",
    "配备",
    "配置",
    "安装",
    "铺设",
    "新铺",
    "敷设",
    "修建",
    "修缮",
    "维修",
    "养护",
    "新改建",
    "发掘",
    "收藏",
    "接种",
    "筛查",
    "体检",
    "覆盖",
    "新认定",
    "评定",
    "入库",
    "入围",
    "纳入",
    "列入",
    "选派",
    "派出",
    "派驻",
    "聘请",
    "外聘",
    "聘用",
    "任用",
    "选拔",
    "调整",
    "交流",
    "提拔",
    "问责",
    "处分",
    "约谈",
    "通报",
    "曝光",
    "移送",
    "移交",
    "办好",
    "建好",
    "办成",
    "完善",
    "研究",
    "审议",
    "通过",
    "颁布",
    "公布",
    "梳理",
    "汇编",
    "编制",
    "编写",
    "出版",
    "播出",
    "播放",
    "展出",
    "展示",
    "举办了",
    "拍摄",
    "创作",
    "推出",
    "发展壮大",
    "新发展",
    "发生",
    "设置",
    "开发",
    "拉动",
    "兑现",
    "推广",
    "集聚",
    "打通",
    "突破",
    "筹措",
];

/// Verbs that are often nouns inside a noun phrase (`基础设施建设`,
/// `法律服务`): they cut a phrase only right before the number.
pub(crate) const WEAK_VERBS: &[&str] = &[
    "建设", "改造", "实施", "推进", "推动", "支持", "扶持", "奖励", "补贴", "补助", "发展", "使用",
    "利用", "治理", "整治", "服务", "培训", "辅导", "指导", "帮扶", "救助", "走访", "检查", "处理",
    "处置", "排查", "检测", "监测", "抽检", "接种", "筛查", "体检", "登记", "注册", "覆盖", "调整",
    "交流", "审议", "通过", "研究", "完善", "落实", "开放", "达标", "毕业", "转化", "孵化", "引导",
    "吸引", "交流", "问责", "处分", "约谈", "通报", "曝光", "移送", "移交", "展示", "出版", "创作",
    "上线", "种植", "修复", "维修", "养护", "安装", "配置", "配备", "评定", "认证", "整改", "表彰",
    "命名", "创建", "评选", "入选", "入库", "入围", "处罚", "立案", "减免", "节约", "培养", "培育",
    "实现", "安置", "投入", "审批",
];

/// Change verbs going up.
pub(crate) const UP: &[&str] = &[
    "增长",
    "增加",
    "提高",
    "上升",
    "提升",
    "扩大",
    "上涨",
    "增多",
    "增",
    "升",
    "涨",
    "增長",
    "提昇",
    "擴大",
    "上漲",
    "调高",
    "上调",
    "抬高",
    "翻番",
    "翻一番",
    "翻两番",
    "净增",
    "拓展",
    "扩展",
];

/// Change verbs going down.
pub(crate) const DOWN: &[&str] = &[
    "下降", "减少", "降低", "下滑", "回落", "缩小", "缩短", "压缩", "压减", "减", "降", "減少",
    "降低", "下跌", "缩减", "削减", "调低", "下调", "減", "净减",
];

/// Words that end a change verb when the number after it is a level, not a
/// change: `提高到610元`, `增至10个`, `降至16%`.
pub(crate) const TO_LEVEL: &[&str] = &["到", "至"];

/// Determiners and adverbs dropped at the head of a subject.
pub(crate) const HEAD_DROP: &[&str] = &[
    "各类",
    "各项",
    "各种",
    "各级",
    "各地",
    "各部门",
    "全区",
    "全市",
    "全省",
    "全县",
    "全镇",
    "全国",
    "全州",
    "全盟",
    "全旗",
    "全自治区",
    "全年",
    "全部",
    "共计",
    "共",
    "累计",
    "总计",
    "合计",
    "其中",
    "今年",
    "去年",
    "当年",
    "年内",
    "年均",
    "平均每年",
    "每年",
    "目前",
    "现已",
    "现有",
    "已经",
    "已",
    "先后",
    "又",
    "还",
    "均",
    "都",
    "分别",
    "一批",
    "一些",
    "我区",
    "我市",
    "我省",
    "我县",
    "我国",
    "我們",
    "我们",
    "本区",
    "本市",
    "本省",
    "且",
    "而且",
    "而",
    "但是",
    "但",
    "同时",
    "另外",
    "此外",
    "即",
    "力争",
    "确保",
    "预计",
    "计划",
    "争取",
    "努力",
    "主动",
    "积极",
    "深入",
    "持续",
    "不断",
    "进一步",
    "全面",
    "单是",
    "只",
    "仅",
    "还只",
    "共有",
    "约",
    "大约",
    "为",
    "向",
    "让",
    "把",
    "将",
    "从",
    "由",
    "例如",
    "比如",
    "其中有",
    "是",
    "达到",
    "都有",
    "加上",
    "首次",
    "率先",
    "连续",
    "亦",
    "也",
    "则",
    "均有",
    "累计有",
    "在册",
    "经过",
    "历经",
    "间",
    "使",
    "这",
    "今后",
];

/// Links, qualifiers and adverbs dropped at the tail of a subject (before
/// the number).
pub(crate) const TAIL_DROP: &[&str] = &[
    "达到了",
    "达到",
    "达",
    "为",
    "是",
    "共计",
    "共",
    "累计",
    "合计",
    "总计",
    "约",
    "大约",
    "分别",
    "均",
    "都",
    "各",
    "已经",
    "已",
    "再",
    "又",
    "只",
    "仅",
    "就",
    "还",
    "了",
    "有",
    "占",
    "在",
    "保持在",
    "保持",
    "稳定在",
    "控制在",
    "维持在",
    "持续",
    "稳步",
    "逐步",
    "继续",
    "率先",
    "首次",
    "突破",
    "超过",
    "超",
    "逾",
    "近",
    "接近",
    "将近",
    "不到",
    "不足",
    "至少",
    "多达",
    "高达",
    "仅为",
    "约为",
    "年均",
    "平均每年",
    "每年",
    "平均",
    "连续",
    "总数",
    "总量为",
    "到",
    "至",
    "增至",
    "降至",
    "即",
    "則",
    "达到了",
    "達到",
    "達",
    "为了",
    "却",
    "也",
    "亦",
    "同比",
    "环比",
    "已达",
    "已达到",
    "共有",
    "全年",
    "年内",
    "当年",
    "比重为",
    "总计达",
    "累计达",
    "等",
    "的",
    "从",
    "由",
    "并",
    "、",
    "实际",
    "跨越",
    "每月",
    "每人",
    "每天",
    "预计",
    "我省",
    "我市",
    "我区",
    "我国",
    "我县",
    "要",
    "将",
    "需",
    "应",
    "一直",
    "始终",
];

/// Words that end a noun phrase read after a measure word
/// (`3项决策事项依法依规履行`): adverbs, prepositions, particles, and
/// verbs that begin a predicate.
pub(crate) const NP_STOP: &[&str] = &[
    "依法",
    "依规",
    "全面",
    "进一步",
    "积极",
    "有效",
    "深入",
    "全部",
    "分别",
    "均",
    "都",
    "已",
    "已经",
    "正在",
    "将",
    "被",
    "由",
    "与",
    "进行",
    "参与",
    "获",
    "获得",
    "受到",
    "实现",
    "完成",
    "达到",
    "得到",
    "接受",
    "纳入",
    "列入",
    "入选",
    "结对",
    "提供",
    "承担",
    "开展",
    "投入",
    "明确",
    "落实",
    "参加",
    "共建",
    "的",
    "为",
    "在",
    "并",
    "等",
    "实行",
    "开通",
    "通过",
    "覆盖",
    "惠及",
    "累计",
    "合计",
    "共计",
    "达",
    "占",
    "约",
    "以上",
    "以下",
    "左右",
    "正式",
    "顺利",
    "集中",
    "统一",
    "成功",
    "率先",
    "首次",
    "同比",
    "比上年",
    "较上年",
    "上线",
    "建成",
    "投用",
    "运行",
    "运营",
    "开工",
    "竣工",
    "完工",
    "全部",
    "相继",
    "陆续",
    "先后",
    "持续",
    "不断",
    "具备",
    "拥有",
    "形成",
    "组成",
    "构成",
    "包括",
    "涉及",
    "涵盖",
    "按照",
    "根据",
    "用于",
    "帮助",
    "带动",
    "吸纳",
    "解决",
    "提出",
    "得以",
    "予以",
    "给予",
    "作为",
    "成为",
    "摸底",
    "进驻",
    "入驻",
    "落户",
    "签约",
    "签订",
    "保持",
    "位居",
    "稳居",
    "跃居",
    "排名",
    "位列",
    "名列",
    "连续",
    "未",
    "没有",
    "无",
    "圆满",
    "基本",
    "如期",
    "胜利",
    "跻身",
    "建设“",
    "深化",
    "加快",
    "加强",
    "促进",
    "强化",
    "优化",
    "健全",
    "稳定",
    "居全",
    "居于",
    "居第",
    "居前",
    "降至",
    "增至",
    "提高到",
    "下降到",
    "提升至",
    "提升到",
];

/// Last characters of words that name a measure (`合格率`, `总额`,
/// `人数`): a list whose last item ends so while its first does not
/// shares that head (`食品、药品抽检合格率`).
pub(crate) const MEASURE_HEAD_END: &[char] = &[
    '率', '额', '量', '数', '值', '重', '度', '价', '模', '积', '入', '耗', '准', '比', '幅', '速',
    '金', '费',
];

/// `s.starts_with(w)` for the short words of the lists, without a call to
/// `memcmp`.
#[inline]
fn starts_with(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// `s.ends_with(w)`, likewise.
#[inline]
fn ends_with(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s[s.len() - w.len()..].iter().zip(w).all(|(a, b)| a == b)
}

/// Simplified → traditional forms of the characters of the word lists,
/// so that the rules read reports in traditional script too.
const TRADITIONAL: &[(char, char)] = &[
    ('类', '類'),
    ('项', '項'),
    ('级', '級'),
    ('区', '區'),
    ('县', '縣'),
    ('计', '計'),
    ('总', '總'),
    ('现', '現'),
    ('经', '經'),
    ('别', '別'),
    ('达', '達'),
    ('为', '為'),
    ('约', '約'),
    ('环', '環'),
    ('较', '較'),
    ('办', '辦'),
    ('结', '結'),
    ('审', '審'),
    ('调', '調'),
    ('开', '開'),
    ('举', '舉'),
    ('组', '組'),
    ('织', '織'),
    ('发', '發'),
    ('训', '訓'),
    ('实', '實'),
    ('设', '設'),
    ('进', '進'),
    ('参', '參'),
    ('与', '與'),
    ('极', '極'),
    ('长', '長'),
    ('减', '減'),
    ('缩', '縮'),
    ('扩', '擴'),
    ('涨', '漲'),
    ('数', '數'),
    ('额', '額'),
    ('业', '業'),
    ('务', '務'),
    ('处', '處'),
    ('应', '應'),
    ('检', '檢'),
    ('证', '證'),
    ('费', '費'),
    ('资', '資'),
    ('产', '產'),
    ('门', '門'),
    ('问', '問'),
    ('题', '題'),
    ('报', '報'),
    ('际', '際'),
    ('动', '動'),
    ('划', '劃'),
    ('这', '這'),
    ('来', '來'),
    ('时', '時'),
    ('后', '後'),
    ('几', '幾'),
    ('个', '個'),
    ('两', '兩'),
    ('万', '萬'),
    ('亿', '億'),
    ('对', '對'),
    ('从', '從'),
    ('并', '並'),
    ('将', '將'),
    ('还', '還'),
    ('过', '過'),
    ('转', '轉'),
    ('输', '輸'),
    ('运', '運'),
    ('营', '營'),
    ('储', '儲'),
    ('备', '備'),
    ('护', '護'),
    ('卫', '衛'),
    ('医', '醫'),
    ('疗', '療'),
    ('学', '學'),
    ('师', '師'),
    ('农', '農'),
    ('乡', '鄉'),
    ('镇', '鎮'),
    ('场', '場'),
    ('厂', '廠'),
    ('电', '電'),
    ('网', '網'),
    ('线', '線'),
    ('车', '車'),
    ('铁', '鐵'),
    ('劳', '勞'),
    ('贷', '貸'),
    ('债', '債'),
    ('税', '稅'),
    ('财', '財'),
    ('价', '價'),
    ('销', '銷'),
    ('购', '購'),
    ('贸', '貿'),
    ('济', '濟'),
    ('内', '內'),
    ('间', '間'),
    ('华', '華'),
    ('国', '國'),
    ('导', '導'),
    ('讯', '訊'),
    ('诉', '訴'),
    ('讼', '訟'),
    ('执', '執'),
    ('罚', '罰'),
    ('没', '沒'),
    ('签', '簽'),
    ('订', '訂'),
    ('拨', '撥'),
    ('筹', '籌'),
    ('节', '節'),
    ('带', '帶'),
    ('纳', '納'),
    ('讲', '講'),
    ('编', '編'),
    ('录', '錄'),
    ('认', '認'),
    ('帮', '幫'),
    ('访', '訪'),
    ('挂', '掛'),
    ('获', '獲'),
    ('荣', '榮'),
    ('评', '評'),
    ('选', '選'),
    ('奖', '獎'),
    ('励', '勵'),
    ('补', '補'),
    ('贴', '貼'),
    ('种', '種'),
    ('树', '樹'),
    ('复', '復'),
    ('关', '關'),
    ('听', '聽'),
    ('毕', '畢'),
    ('装', '裝'),
    ('铺', '鋪'),
    ('缮', '繕'),
    ('维', '維'),
    ('养', '養'),
    ('筛', '篩'),
    ('盖', '蓋'),
    ('库', '庫'),
    ('围', '圍'),
    ('驻', '駐'),
    ('请', '請'),
    ('责', '責'),
    ('谈', '談'),
    ('颁', '頒'),
    ('布', '佈'),
    ('写', '寫'),
    ('摄', '攝'),
    ('创', '創'),
    ('压', '壓'),
    ('升', '昇'),
    ('确', '確'),
    ('预', '預'),
    ('争', '爭'),
    ('积', '積'),
    ('续', '續'),
    ('断', '斷'),
    ('仅', '僅'),
    ('则', '則'),
    ('连', '連'),
    ('稳', '穩'),
    ('继', '繼'),
    ('制', '製'),
    ('当', '當'),
    ('历', '歷'),
    ('规', '規'),
    ('担', '擔'),
    ('据', '據'),
    ('给', '給'),
    ('户', '戶'),
    ('跃', '躍'),
    ('无', '無'),
    ('议', '議'),
];

/// `w` in traditional script, if any of its characters differ.
fn traditional(w: &str) -> Option<String> {
    let mut changed = false;
    let t: String = w
        .chars()
        .map(|c| match TRADITIONAL.iter().find(|&&(s, _)| s == c) {
            Some(&(_, t)) if t != c => {
                changed = true;
                t
            }
            _ => c,
        })
        .collect();
    changed.then_some(t)
}

/// A multiplicative hasher for `char` keys (the default SipHash costs more
/// than the lookups it serves).
#[derive(Default)]
pub(crate) struct CharHasher(u64);

impl Hasher for CharHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type CharMap<V> = HashMap<char, V, BuildHasherDefault<CharHasher>>;

/// A word list indexed by first (or last) character, for lookups at
/// character positions without a scan of the whole list.
pub(crate) struct WordSet {
    by_first: CharMap<Vec<&'static str>>,
    /// One bit per key character (modulo 4096): most characters start (or
    /// end) no word, and are refused without a hash lookup.
    filter: [u64; 64],
}

#[inline]
fn filter_bit(c: char) -> (usize, u64) {
    let h = (c as u32 as usize) & 4095;
    (h >> 6, 1u64 << (h & 63))
}

impl WordSet {
    fn new(lists: &[&[&'static str]]) -> WordSet {
        WordSet::keyed(lists, |w| w.chars().next())
    }

    /// One list indexed by first character.
    pub(crate) fn from_list(list: &[&'static str]) -> WordSet {
        WordSet::new(&[list])
    }

    /// Indexed by last character, for [`WordSet::suffix_of`].
    fn by_last(lists: &[&[&'static str]]) -> WordSet {
        WordSet::keyed(lists, |w| w.chars().next_back())
    }

    fn keyed(lists: &[&[&'static str]], key: fn(&str) -> Option<char>) -> WordSet {
        let mut by_first: CharMap<Vec<&'static str>> = CharMap::default();
        let mut add = |w: &'static str| {
            if let Some(c) = key(w) {
                let v = by_first.entry(c).or_default();
                if !v.contains(&w) {
                    v.push(w);
                }
            }
        };
        for list in lists {
            for w in list.iter() {
                add(w);
                // the same word in traditional script (`辦結` for `办结`);
                // built once, when the set is first used
                if let Some(t) = traditional(w) {
                    add(Box::leak(t.into_boxed_str()));
                }
            }
        }
        let mut filter = [0u64; 64];
        for (c, v) in by_first.iter_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let (i, b) = filter_bit(*c);
            filter[i] |= b;
        }
        WordSet { by_first, filter }
    }

    /// Whether some word may have `c` as its key character (first, or last
    /// for [`by_last`](WordSet::by_last)); no false negatives.
    #[inline]
    pub(crate) fn may_key(&self, c: char) -> bool {
        let (i, b) = filter_bit(c);
        self.filter[i] & b != 0
    }

    /// The longest word of a set built [`by_last`](WordSet::by_last) that
    /// `s` ends with.
    #[inline]
    pub(crate) fn suffix_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next_back()?;
        let (i, b) = filter_bit(c);
        if self.filter[i] & b == 0 {
            return None;
        }
        self.by_first
            .get(&c)?
            .iter()
            .copied()
            .find(|w| ends_with(s, w))
    }

    /// The longest word of the set that `s` starts with.
    #[inline]
    pub(crate) fn prefix_of(&self, s: &str) -> Option<&'static str> {
        let c = s.chars().next()?;
        let (i, b) = filter_bit(c);
        if self.filter[i] & b == 0 {
            return None;
        }
        self.by_first
            .get(&c)?
            .iter()
            .copied()
            .find(|w| starts_with(s, w))
    }
}

pub(crate) static VERB_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[VERBS]));
pub(crate) static WEAK_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[WEAK_VERBS]));
pub(crate) static NP_STOP_SET: Lazy<WordSet> = Lazy::new(|| {
    let strong: Vec<&'static str> = VERBS
        .iter()
        .copied()
        .filter(|v| !WEAK_VERBS.contains(v))
        .collect();
    let strong: &'static [&'static str] = Box::leak(strong.into_boxed_slice());
    WordSet::new(&[NP_STOP, strong])
});
pub(crate) static UP_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[UP]));
pub(crate) static DOWN_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[DOWN]));
pub(crate) static TAIL_SET: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[TAIL_DROP]));
pub(crate) static UP_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[UP]));
pub(crate) static DOWN_TAIL: Lazy<WordSet> = Lazy::new(|| WordSet::by_last(&[DOWN]));
pub(crate) static HEAD_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&[HEAD_DROP]));

/// Whether `w` is a weak verb (see [`WEAK_VERBS`]).
pub(crate) fn is_weak(w: &str) -> bool {
    WEAK_SET.prefix_of(w) == Some(w)
}
