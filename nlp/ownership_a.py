"""Whose matter it is when words meet, for the units water, housing, transport, police, education,
health, hrss, civil, market and approval: particular company rules (the mechanism is nlp.company)
found on the independent authors' sets, each over a class of words — the company that says whose
matter a word is when a venue, a paper or a person of one unit is told with another unit's matter.
nlp.router applies them after nlp.context's pair rules and nlp.ownership's general ones.
"""

from __future__ import annotations

import re

from nlp.company import ClauseRule
from nlp.company import word_set as _set
from nlp.company import words as _words
from nlp.context import _TAPPING
from nlp.ownership import CADRES, FALLBACK, VENUES

__all__ = ["RULES", "UNITS_A"]

UNITS_A = ("water", "housing", "transport", "police", "education", "health", "hrss", "civil",
           "market", "approval")

# --- found on indep_c and indep_d (round 5) ---
# A private school's teacher let go, or a contract ended, is a labour dispute (劳动争议, hrss);
# public teachers' pay and titles stay education's (nlp.context's _TEACHERS).
_PRIVATE_DISMISSAL = re.compile(
    f"(?:{_words('民办 私立 私立学校 民办学校 民办幼儿园 私立幼儿园 培训机构 培训学校').pattern})"
    f"[^。!?;\n]{{0,40}}?(?:{_words('不用我了 辞退 解雇 开除 解除合同 合同还有 补偿 赔偿 劳动仲裁').pattern})"
)
_SCHOOL_STAFF = _set("民办学校 私立学校 民办幼儿园 学校 幼儿园 老师 教师 校长 园长 学期 学校老师")
# A class falling ill together is an outbreak (传染病防控, health), not the school's running.
_OUTBREAK = _words(
    "传染 传染病 传染的 手足口 手足口病 水痘 流感 甲流 诺如 腮腺炎 肺结核 结核 疱疹 出疹子 起疹子 红眼病"
    " 猩红热 起小泡 好几个孩子*发烧 都发烧"
)
_CLASSROOM = _set("幼儿园 老师 班上 班里 家长 学校 学生 同学 孩子们 教室 幼儿园老师")
# A shop inside the school gate is the school's own (校园食品安全, education); the one outside
# stays the market regulator's.
_INSIDE_SCHOOL = _words("学校里 校内 校园内 校园里 学校里面 学校内 学校的小卖部 学校小卖部 校园超市")
_SCHOOL_SHOP = _set("小卖部 辣条 三无 三无产品 吃了肚子疼 小食品")
# An identity card or household book handed in as a copy is a paper of an application (approval).
_COPIES = _words("复印件 复印 一窗受理 交了*遍 交了好几遍 重复提交 重复交 材料")
_ID_PAPERS = _set("身份证 户口本 户口簿")
# A permit applied for and waiting is the service centre's progress (审批), not the site.
_APPLIED = _words("报上去 报上 审批 进度 办理进度 递交 提交 批不下来 没批 没批下来 查不着 申请")
_PERMITS = _set("施工许可 施工许可证 工期")
# A road sign knocked askew by a car is the road's furniture (交通标志, transport), not a crash.
_ROAD_SIGNS = _words("牌子 标志 标志牌 标牌 指示牌 限速牌 限速标志 路牌 警示牌 反光镜")
_KNOCKED = _set("被车撞 撞歪 撞坏 撞倒 撞断 限速 车撞")
# Relief asked after what insurance paid is medical assistance (医疗救助, medins), not 低保.
_AFTER_CLAIM = _words("报完 报完了 报销完 报销后 报销以后 报了以后 报完以后 医保报完 二次报销 报不了的")
_RELIEF_WORDS = _set("救助 再救助 低保户 低保 医疗救助 特困户 五保户")
# Waste oil poured into a drain is pollution (ecology), not the drain.
_OIL = _words("废机油 废油 机油 油污 倒油 倒机油 油花")
# Fitness frames on a square or in a park are sport's (全民健身设施, education), whoever uses them.
_FITNESS = _words("压腿 健身器材 健身器械 健身架 健身设施 健身路径 漫步机 单杠 双杠 压腿的架子")
# A place named on a street plate is a place name (地名, civil), not the crossroads it stands at.
_PLACE_NAMES = _words(
    "路名牌 路名 地名 地名牌 地名标志 街名 门牌 洋名 洋名字 没名字 没有名字 还没名字 还没有名字"
)
# A homestead asked for a son's wedding is the land's (宅基地审批), not the marriage.
_HOMESTEAD = _words("批地 批块地 批宅基地 宅基地 盖房 盖房子 盖新房 盖个房 建房 批房")
# Stalls crowding a school gate are street order (流动摊贩, urban), not the school's.
_STALLS_AT_GATE = _words(
    "摆摊 小摊 摊贩 小贩 流动摊贩 摆满 路边摊 地摊 出摊 卖炸串 卖玩具 占道 摊子 小吃摊 推车 小推车"
)
# A doctor or hospital named in a disability grading is the grading's (残疾评定, disabled).
_GRADING = _words(
    "评等级 评残 残疾等级 评级 定级 鉴定等级 评定等级 残疾评定 残疾鉴定 评了个*级 评了个 评的级 残疾证"
)
# A drug bought in bulk by the state (集采) or a chronic-disease card is medical insurance's,
# wherever it is missing or refused.
_BULK_DRUGS = _words(
    "集采 集中采购 集采药 集采的 国谈药 谈判药 带量采购 门诊慢病 慢病鉴定 慢特病 门诊慢特病"
)
# The yearly premium (一年交的看病的钱) is medical insurance's, not a clinic's price.
_PREMIUM = _words("一年交 每年交 一人交 年年交 交的 缴的 交钱")
# A road-transport licence applied for is the service centre's permit (approval).
_LICENCE = _words("经营许可 许可证 许可 办证 材料")
# Food that made people sick at a night market is food safety (market), not street order.
_FOOD_SICK = _words(
    "拉肚子 都拉肚子 吃坏肚子 吃坏 食物中毒 变质 发黑 不新鲜 有味 腐烂 发臭 病死 注水 地沟油"
)
# A line tapped off a stairwell to charge an e-bike is private wiring (power), not the heating.
_TAPPED = re.compile(f"{_TAPPING.pattern}|{_words('飞线 拉电线 拉线 拉了根线').pattern}")
_STAIRWELL = _set("暖气 暖气管 暖气管子 暖气片 楼道 楼道里 窗户")
# A divorce registered or booked is the registry's (婚姻登记, civil), not a family dispute.
_REGISTRY = _words("登记离婚 离婚登记 预约 约不上 冷静期 婚姻登记处 民政局")
# Someone sleeping rough at a station is relief (流浪乞讨救助, civil), not the station.
_ROUGH = _words(
    "睡在 流浪 露宿 乞讨 无家可归 睡大街 睡桥洞 怪可怜 底下住着 桥底下住 住在桥下 住在桥底下 破被子"
    " 精神不太好 精神不正常 精神有问题 捡破烂"
)
# Papers for seeing a doctor in another city are the medical-insurance filing (去外地看病的备案).
_CARE_AWAY = _words("看病 住院 就医 治病 看个病 异地就医")
_ROUND5 = (
    ClauseRule(_PRIVATE_DISMISSAL, "education", "hrss", _SCHOOL_STAFF),
    ClauseRule(_OUTBREAK, "education", "health", _CLASSROOM),
    ClauseRule(_INSIDE_SCHOOL, "market", "education", _SCHOOL_SHOP),
    ClauseRule(_COPIES, "police", "approval", _ID_PAPERS),
    ClauseRule(_APPLIED, "housing", "approval", _PERMITS),
    ClauseRule(_ROAD_SIGNS, "police", "transport", _KNOCKED),
    ClauseRule(_AFTER_CLAIM, "civil", "medins", _RELIEF_WORDS),
    ClauseRule(_OIL, "water", "ecology", _set("下水道 雨水 雨水井 下水井 下水 排水沟 排水 一下雨")),
    ClauseRule(_FITNESS, "urban", "education", _set("广场 公园 小广场 健身广场")),
    ClauseRule(_FITNESS, "civil", "education", _set("老人 老年人")),
    ClauseRule(_PLACE_NAMES, "transport", "civil", _set("路口 路都 马路 道路 那条路 这条路 新修的路")),
    ClauseRule(_HOMESTEAD, "civil", "land", _set("结婚 儿子结婚 娶媳妇")),
    ClauseRule(_STALLS_AT_GATE, "education", "urban",
               VENUES["education"] | _set("学校门口 校门口 放学 上学 学生")),
    ClauseRule(_GRADING, "health", "disabled", VENUES["health"] | _set("医院 大夫 医生 县医院")),
    ClauseRule(_BULK_DRUGS, "health", "medins",
               VENUES["health"] | _set("医院 医生 开的药 开药 大夫 高血压 糖尿病")),
    ClauseRule(_PREMIUM, "health", "medins", _set("看病")),
    ClauseRule(_LICENCE, "transport", "approval", _set("道路运输 道路运输证")),
    ClauseRule(_FOOD_SICK, "urban", "market", _set(
        "夜市 夜市上 小吃街 夜市摊 烧烤摊 小吃摊 烧烤 摊位 摊子 地摊 早市 路边摊 早餐摊")),
    ClauseRule(_TAPPED, "housing", "power", _STAIRWELL),
    ClauseRule(_REGISTRY, "women", "civil", _set("离婚")),
    ClauseRule(_words("离婚 结婚 登记离婚 离婚登记 结婚登记"), "approval", "civil", _set("预约 网上预约")),
    ClauseRule(_ROUGH, "transport", "civil",
               _set("汽车站 火车站 客运站 车站 地下通道 桥洞 大桥 桥底下 桥下 桥")),
    ClauseRule(_CARE_AWAY, "approval", "medins", _set("办啥手续 办什么手续 手续 办手续 备案 提前办")),
)

# --- found on indep_a (round 4, wave 2) ---
# A body's complaint yields to its cause: a smell or smoke from a plant is ecology's, a loud
# speaker or dancing at night the police's (社会生活噪声), whatever the symptom.
_SYMPTOMS = _set(
    "喘 喘不上气 喘不过气 呛 头疼 头晕 恶心 咳嗽 失眠 睡不着 心脏 心脏不好 心脏病 血压 高血压 老人 孩子"
)
_CAUSES = {
    "ecology": _words("厂 烘干 味儿 味道 刺鼻 呛人 熏 黑烟 粉尘 废气 臭味"),
    "police": _words("广场舞 音响 喇叭 噪音 太响 吵得 大声"),
}
# A run-around at a window about a registration or a card is that office's matter.
_REGISTRATION = _words("户口 户籍 落户 上户 落不上 身份证 户扣 派出所")
# A road surface inside an estate is its own (小区道路); a lorry's spilt load is the street's
# (渣土撒漏, law enforcement); a van paid by parents for pupils is illegal passenger work.
_ESTATE = _words("小区 院子里 楼下 老小区")
_SPILT = _words("掉 撒 漏 满街 一路 泥")
_PAID_RUNS = _words("收*钱 收*块 一个月收 一学期收 每人*块 收费 一人一天 一天*块 每天*块")
_TO_HOSPITAL = _words("拉*去医院 送*去医院 拉*医院 送医院 救护车 病人")
_WAVE2_A = (
    *(ClauseRule(cause, "health", unit, _SYMPTOMS) for unit, cause in _CAUSES.items()),
    ClauseRule(_REGISTRATION, "approval", "police",
               _set("跑了*趟 跑了好几趟 跑了四趟 跑好几趟 跑了几趟 证明")),
    ClauseRule(_ESTATE, "transport", "housing", _set("坑坑洼洼 路面 坑洼 路坏了 挖开")),
    ClauseRule(_SPILT, "transport", "urban", _set("拉土 拉土车 渣土车")),
    ClauseRule(_PAID_RUNS, "education", "transport",
               _set("面包车 三轮车 超载 超员 载客 学生 学校门口 接孩子")),
    ClauseRule(_TO_HOSPITAL, "transport", "health", _set("叫车 车来得慢")),
    ClauseRule(_words("电表 电费 一度电 电价 度电"), "water", "power",
               _set("机井 电井 水泵 浇地 井房")),
    ClauseRule(_words("进厂 上班 干活 打工 不干了 干了 辞工 招工"), "market", "hrss",
               _set("不给退 押金 退钱 不退")),
    ClauseRule(_words("银行 信用社 农商行 邮储 柜台 储蓄所 邮局 邮政 邮政所 营业厅"), "approval", FALLBACK,
               _set("窗口 排队 排长队 排一上午 排了半天 一个窗口 就开一个 只开一个")),
    ClauseRule(_words("夫妻共同 共同债务 俺男人 她男人 我男人 老公 丈夫"), "police", "women",
               _set("赌博 要账 欠债")),
)

# Found on indep_b. A benefit applied for online or at a window is the benefit's unit's; the
# window's words follow it.
_PROGRESS = _set(
    "网上申请 审核中 审批进度 办理进度 窗口 补手续 手续 材料 要原件 登录不上 缺材料 跑了*趟 一直显示"
)
_CLAIMED = {
    "hrss": "失业金 失业保险金 养老金 退休金 社保",
    "medins": "异地备案 医保 报销 没报 一分钱都没报",
    "civil": "低保 高龄补贴 救助",
    "disabled": "残疾证 护理补贴",
}
_WAVE2_B = (
    *(ClauseRule(_words(claimed), "approval", unit, _PROGRESS) for unit, claimed in _CLAIMED.items()),
    # A courier or bank pitch that asks for money is a scam, the police's; so is a caller who only
    # poses as one (说是快递员, 冒充客服) and money gone from a card after scanning their code.
    ClauseRule(_words("转钱 转账 打钱 骗 诈骗 炸骗 验证码 下载 冒充 自称是 卡里少了 卡里的钱少了"),
               FALLBACK, "police"),
    ClauseRule(_words("兽医 兽医站 给狗打 给猫打"), "health", "agri"),
    ClauseRule(_words("物业 物业费 物业公司 wuye 小区"), "agri", "housing",
               _set("化粪池 化粪池满 清掏 抽粪")),
    ClauseRule(_words("丈夫 老公 俺男人 她男人 我男人"), "police", "women",
               _set("关在 不让出门 不让我出门 转走了 转走")),
    ClauseRule(_words("家务事 家里的事 两口子的事"), "police", "women"),
    ClauseRule(_words("送油 送面 拉票 贿选 每户给 一个人说了算 说了算 从来没开过"), "civil", FALLBACK),
    ClauseRule(_words("ATM atm 取款机 吞卡 吞了 柜台"), "hrss", FALLBACK, _set("工资")),
    ClauseRule(_words("屏幕 大屏 广告 灯光 亮着 照进"), "housing", "urban", _set("外墙")),
    # A charge with no price posted is a price matter (明码标价), wherever it is charged.
    ClauseRule(_words("收费标准 没贴 没有公示 明码标价 标价 收费公示"), "health", "market", VENUES["health"]),
    ClauseRule(_words("能分多少 分财产 财产分割 分多少 权益"), "civil", "women", _set("离婚 结婚 彩礼")),
    ClauseRule(_words("公交 公交车 班车 一班 等车 坐车"), "education", "transport",
               _set("学生 放学 上学 学生放学 挤不上")),
    ClauseRule(_words("公交 司机 刷卡 坐车"), "civil", "transport", _set("老年卡")),
)

# Found on indep_e (round 6). Brucellosis or another infection caught by the people who keep the
# animals is a human disease (传染病防控, health), not the herd's (nlp.context moves it to agri).
_PEOPLE_ILL = _words("人得了 人得 得了 发烧 关节疼 关节痛 出汗 住院 传染给人 传给人 看病 打针 人也")
# Pension "insurance" sold by an agent or an insurer is commercial insurance (the hotline), not the
# state scheme.
_COMMERCIAL = _words("商业 商业保险 业务员 保险公司 保单 退保 理财型 分红型")
_SCHEME = _set("养老保险 保险 交保险 退保险")
# A child left while the parents work away and nobody minds them is a left-behind child (civil).
_UNMINDED = _words("没人管 没人照看 没人看着 没人照顾 孩子*没人管 留守")
_AWAY_AT_WORK = _set("厂里 干活 打工 在外打工 外出打工 务工 外出务工 厂子")
# A balance gone from a card on which medicine is bought is the medical-insurance card (盗刷).
_DRUG_BUYING = _words("买药 买过药 拿药 拿过药 药店 药房 开药 刷药")
# A bus card that no longer reads is the bus company's card (transport), not the insurance card.
_BUS_CARDS = _words(
    "乘车卡 公交卡 老年卡 老年乘车卡 老人乘车卡 敬老乘车卡 敬老卡 爱心卡 IC卡 坐公交 公交车上"
)
# A pump room's hum is the booster pumps of the secondary supply (二次供水, water).
_PUMP_ROOMS = _words("泵房 加压泵 加压泵房 水泵 水泵房 二次供水 增压泵 水压 加压")
# The employees' medical scheme carried home after leaving a job is medical insurance's (转移接续).
_MEDICAL_CARRIED = re.compile(
    f"(?:医疗|医保)[^。!?;\n]{{0,8}}?(?:{_words('转到 转回 转过来 转移 接着交 续上 续交 接续').pattern})"
)
# Found on indep_f. A lecture one is pulled into with a pay-in and a promised return is a pyramid
# scheme (传销, police), not a class.
_PYRAMID = _words("拉人头 拉人 发展下线 下线 返利 进来才算 高回报 高额回报 投*返 返十万 拉*个人进来")
# Homework done by candlelight is a power cut (power), not the school's.
_DARK = _words("点蜡烛 点着蜡烛 点上蜡烛 蜡烛 摸黑 黑灯瞎火 停电 没电 断电 不来电")
# A telecom add-on charged to a phone card is the carrier's (the hotline), not a shop's membership.
_PHONE_BILL = _words("手机卡 话费 流量 套餐 移动公司 联通 电信 营业厅 手机号")
# Land taken for a road with nothing paid is a land-taking (征地补偿, land), not unpaid wages.
_LAND_TAKEN = _words("占了 给占了 占地 征地 修路 占了一个角 占了俺家")
# A numbered bus late for school is the bus's timetable (transport), not the school's.
_NUMBERED_BUS = re.compile(
    f"[0-9一二三四五六七八九十]{{1,3}}路|{_words('不按点 不准点 老不按点 晚点').pattern}"
)
_ROUND6_F = (
    ClauseRule(_NUMBERED_BUS, "education", "transport", _set("学生 放学 上学 到校 迟到 孩子 上学迟到")),
    ClauseRule(_PYRAMID, "education", "police", _set("听课 上课 讲课 培训 讲座")),
    ClauseRule(_DARK, "education", "power", _set("作业 写作业 学校 学生 上学 网课 上网课")),
    ClauseRule(_PHONE_BILL, "market", FALLBACK, _set("会员 扣费 乱扣费 扣钱 莫名扣费")),
    ClauseRule(_LAND_TAKEN, "hrss", "land", _set("一分钱没给 一分钱都没给 没给钱 钱没给")),
)
# Found on indep_g. An agency that places workers in a factory is a job agency (职业中介, hrss),
# not an estate agent.
_JOBS = _words("介绍工作 介绍去 介绍进厂 进厂 电子厂 工厂 厂里 打工 上班 招工 找工作 找活 务工")
# Black oil running out of drums into a ditch is a spill (ecology), not a kitchen's frying oil.
_SPILL = _words("流出来 流出 流到 流进 渗到 渗进 沟边 沟里 河里 河边 地里 草都死 铁桶 油桶 大铁桶")
# A shop's goods set out on the pavement are street order (出店经营, urban), whatever the goods.
_OUT_OF_SHOP = _words(
    "店外 摆到店外 摆出店 摆到门口 摆在门口 摆到路上 摆在路上 摆到人行道 堆到路上 堆在路上 横在道上"
    " 横在路上 占道 占道经营 出店经营 货摆 货摆到"
)
# A cure promised by a seller (a mattress, a lecture's pills) is false advertising (market), not
# the illness it names.
_CURE_SOLD = _words(
    "能治 包治 治百病 床垫 磁疗 推销 会销 发鸡蛋 保健品 保健床垫 理疗仪 治疗仪 卖给老人"
)
# A flat's certificate that never comes is registration (不动产登记, land), whoever delays it.
_NO_CERTIFICATE = _words(
    "证到现在 证*办不下来 证办不下来 证还没办 证一直没 证下不来 证还没下来 证一直下不来 办不下证"
    " 不给办证 证拿不到 拿不到证 房产证 不动产证 产权证 大产证 房本 证办不了 证没办下来"
)
# A married daughter counted against a benefit is the benefit's review (低保, civil), not her
# rights as a woman married out.
_MEANS_TESTED = _words(
    "每月给钱 每个月给钱 每月给点钱 每个月给点钱 低保 救助 补助 困难补助 特困 五保 申请那个 申请 不符合"
    " 不够条件 不给办"
)
# Food carts that block a road or a gate are street order (流动摊贩, urban), not what they sell.
_CARTS = _words("推车 小推车 三轮车 摊子 小摊 摊贩 摆摊 小吃摊 小吃车")
# Carts or stalls that block a road or a school gate are the street's order, whatever they sell.
_BLOCKING = _words(
    "堵死 堵住 堵了 堵得 把路 把路*堵 把校门堵 堵路 堵住路 路全堵 占道 占着路 挡着路 挡住路 围一圈 围了一圈"
    " 围满 过不去"
)
_CARTS_BLOCKING = re.compile(
    f"(?:{_CARTS.pattern})[^。!?;\n]{{0,20}}?(?:{_BLOCKING.pattern})"
    f"|(?:{_BLOCKING.pattern})[^。!?;\n]{{0,20}}?(?:{_CARTS.pattern})"
)
# A boiler rusted or never inspected is a pressure vessel's safety (特种设备, market), not its smoke.
_VESSEL_UNSAFE = _words(
    "锈 生锈 锈得 锈穿 锈迹 年检 检验 没检验 来检查 没检查 没人检查 压力表 安全阀 会不会炸 怕炸 要炸 爆炸"
    " 看着就吓人 澡堂 澡堂子 浴池"
)
# A road dug up again and again by several bodies asks for them to be coordinated (the hotline).
_DUG_BY_MANY = _words(
    "三家单位 几家单位 好几家单位 各家单位 几个单位 好几个单位 轮着挖 轮流挖 挖了又挖 反复挖 反复开挖"
    " 各挖各的 挖了又填 填了又挖 马路拉链 两家单位"
)
# Rubbish and adverts inside a block of flats are what its management leaves undone (物业, housing),
# not the street's.
_IN_THE_BLOCK = _words("楼道 楼道里 楼梯间 楼梯道 楼梯上 楼梯口 单元门 单元门口 电梯里 电梯间")
# A "teacher" who tips shares in a chat group is an investment fraud's bait (police), not a school's.
_SHARE_TIPS = _words("炒股 股票 荐股 稳赚 投资 理财 带单 收益 回本 翻倍")
# A letter the post lost or never delivered is the post's conduct (the hotline, as nlp.ownership
# does for a bank or a courier), not a hospital's 挂号. Parcel fees stay with transport's words:
# taidi files them there, though our convention sends them to the hotline (g381).
_MAIL_LOST = re.compile(
    f"(?:{_words('邮局 邮政局 挂号信 信件 邮件').pattern})[^。!?;\n]{{0,16}}?"
    f"(?:{_words('弄丢 丢了 还没到 没收到 查不着 查不到').pattern})"
)
_MAIL = _set("邮局 邮政 邮件 挂号信")
# Found on indep_h. A teacher telling of a pupil left with a grandparent speaks as the writer: the
# matter is the left-behind child's (civil).
_LEFT_BEHIND = _words(
    "爹娘都在外地 爹娘都在外 父母都在外地 爹妈都在外地 父母常年在外 留守 留守儿童 跟着*爷爷 跟着*奶奶"
    " 老爷爷 老奶奶 没人管"
)
# An internet café letting in minors is the culture market's (no unit of ours: the hotline).
_CAFES = _words("网吧 网咖 黑网吧 游戏厅")
_MINORS = _words("初中生 中学生 小学生 学生 未成年 未成年人 小孩子 半大孩子 家长")
# A grave moved for a road is part of the land taken (征地补偿, land), not burial.
_GRAVES_TAKEN = _words("修高速 修高铁 修路 征地 占了 占地 征用 拆迁 补偿 补偿款 没给")
# A levy a cadre forces on villagers, or village accounts kept hidden, is the cadres' conduct
# (the hotline), whatever the money is for.
_FORCED = _words("捐钱 捐款 让捐 不捐 摊派 集资 强行收 硬要钱 非让交")
_LEVY = re.compile(f"(?:{_words(CADRES).pattern})[^。!?;\n]{{0,20}}?(?:{_FORCED.pattern})")
_ACCOUNTS = _words(
    "村里的账 村的账 村里账 看账 查账 看看账 张榜 账目不公开 账不公开 村务公开 财务公开 不公开账"
)
_ROUND6_H = (
    ClauseRule(_LEFT_BEHIND, "education", "civil", _set("乡村教师 教师 老师 班主任 上课 班里")),
    ClauseRule(_words(f"{_CAFES.pattern}|{_MINORS.pattern}".replace("|", " ")), "police", FALLBACK,
               _set("身份证 不查身份证 查身份证 网吧 网咖 通宵")),
    ClauseRule(_CAFES, "education", FALLBACK, _set("初中生 小学生 中学生 学生 未成年 未成年人 家长")),
    ClauseRule(_GRAVES_TAKEN, "civil", "land", _set("迁坟 迁坟费 坟 坟头 祖坟 坟地")),
    *(ClauseRule(rule, unit, FALLBACK) for rule in (_LEVY, _ACCOUNTS) for unit in UNITS_A),
)
_ROUND6_G = (
    ClauseRule(_MAIL_LOST, "transport", FALLBACK, _MAIL),
    ClauseRule(_SHARE_TIPS, "education", "police", _set("老师 老师说 跟着老师")),
    ClauseRule(_IN_THE_BLOCK, "urban", "housing", _set(
        "小广告 贴满 乱贴 垃圾 垃圾堆 乱堆 没人收 没人清 没人扫 不打扫 没人打扫 牛皮癣 贴小广告 垃圾没人收"
        " 垃圾没人清")),
    *(ClauseRule(_DUG_BY_MANY, unit, FALLBACK)
      for unit in ("transport", "water", "housing", "urban", "power")),
    ClauseRule(_VESSEL_UNSAFE, "ecology", "market", _set("锅炉 大锅炉 锅炉房")),
    ClauseRule(_CARTS_BLOCKING, "market", "urban"),
    ClauseRule(_BLOCKING, "education", "urban", _set("小学 校门 校门口 学校门口 放学 接孩子 学校")),
    ClauseRule(_MEANS_TESTED, "women", "civil", _set("出嫁 出嫁了 嫁出去 嫁出去了 出嫁闺女 出嫁的闺女")),
    ClauseRule(_NO_CERTIFICATE, "housing", "land", _set("开发商 房子 买房 新房 楼房 商品房 交房")),
    ClauseRule(_CURE_SOLD, "health", "market", _set("糖尿病 高血压 心脏病 脑血栓 关节炎 腰疼 失眠 癌症")),
    ClauseRule(_OUT_OF_SHOP, "water", "urban", _set("水管 水管子")),
    ClauseRule(_JOBS, "housing", "hrss", _set("中介 中介费 黑中介")),
    ClauseRule(_SPILL, "market", "ecology", _set("黑油 油黑 老油")),
)
_ROUND6 = (
    ClauseRule(_BUS_CARDS, "medins", "transport", _set("刷不了 刷不出来 不能刷 卡不能刷 年审")),
    ClauseRule(_PUMP_ROOMS, "power", "water", _set("嗡嗡响 嗡嗡 噪音 异响 震动")),
    ClauseRule(_MEDICAL_CARRIED, "hrss", "medins", _set("辞职 职工 单位")),
    ClauseRule(_PEOPLE_ILL, "agri", "health", _set("布病 布鲁氏菌病 布氏杆菌 养羊 养牛 养羊的")),
    ClauseRule(_COMMERCIAL, "hrss", FALLBACK, _SCHEME),
    ClauseRule(_UNMINDED, "hrss", "civil", _AWAY_AT_WORK),
    ClauseRule(_DRUG_BUYING, "market", "medins", _set("卡里的钱 卡里钱 余额 钱少了 被刷 少了钱")),
)

# --- found on indep_j (round 7) ---
# Training asked for a trade (live-stream selling, e-commerce) is vocational training (hrss).
_TRAINING_ASKED = _words("培训班 培训 免费学 学完 培训补贴 技能补贴 想学")
_TRADES_TAUGHT = _set("电商 直播 直播电商 网店 带货 直播带货 主播")
# Setting up a cooperative or a family farm is its registration (市场主体登记, approval).
_REGISTERING = _words(
    "注册 登记 营业执照 执照 需要啥材料 需要什么材料 要啥材料 啥手续 什么手续 去哪办 在哪办 怎么办理"
)
_FARM_FIRMS = _set("合作社 专业合作社 家庭农场 种蒜 种蒜的")
# A village's name misspelt on signs and maps is a place name (地名, civil), not the road sign.
_NAME_WRONG = _words("村名 村名字 村的名字 名字*写错 写错了*字 写错 地图上")
# A pharmacy swiping patients' cards for groceries is a fraud on the insurance fund (medins).
_CARD_SWIPED = _words("刷卡 卡刷 拿*卡刷 刷洗衣液 刷日用品 刷米面油 骗国家的钱 骗医保 套医保 套现")
# Water seeping out of a basement or a wall is the building's (房屋质量, housing), not the supply.
_BUILDING_PARTS = _words("地下室 地下车库 车库 楼道 单元门口 墙上 墙体 外墙 墙根")
_SEEPING = _set("往外渗 渗水 渗漏 往外冒 渗出来")
# A caller posing as an office (冒充社保局) is a fraud (police), not the office's matter.
_IMPOSTOR = _words("冒充 假冒 自称是 冒名 装成")
_OFFICES_POSED = {
    "hrss": _set("社保局 人社局 社保卡 社保 社保中心 劳动局"),
    "medins": _set("医保局 医保卡 医保 医保中心"),
    "power": _set("供电公司 供电所 电力公司 电业局"),
}

_ROUND7 = (
    *(ClauseRule(_IMPOSTOR, unit, "police", posed) for unit, posed in _OFFICES_POSED.items()),
    ClauseRule(_BUILDING_PARTS, "water", "housing", _SEEPING),
    ClauseRule(_TRAINING_ASKED, "market", "hrss", _TRADES_TAUGHT),
    ClauseRule(_REGISTERING, "agri", "approval", _FARM_FIRMS),
    ClauseRule(_NAME_WRONG, "transport", "civil", _set("路牌 路名牌 指示牌 快递")),
    ClauseRule(_CARD_SWIPED, "market", "medins", _set("药店 药房")),
)

RULES: tuple[ClauseRule, ...] = (
    *_ROUND5, *_WAVE2_A, *_WAVE2_B, *_ROUND6, *_ROUND6_F, *_ROUND6_G, *_ROUND6_H, *_ROUND7,
)
