"""Words that mean one unit alone and another in company: the pair rules (CLAUSE_RULES).

A sentence's company can move a unit's words to another unit (the mechanism is nlp.company):
vaccines, sickness and deaths of livestock are the agriculture bureau's (动物防疫), not the health
bureau's; building work at night is the law-enforcement bureau's (夜间施工), not the housing
bureau's; dismissal for pregnancy is the women's federation's, not the labour bureau's; a well or
pump without power is the power company's; a teacher's pay or title is education's, a bureau named
at its window takes the complaint about its service from the service centre (round-3 block).
"""

from __future__ import annotations

from nlp.company import ClauseRule
from nlp.company import word_set as _set
from nlp.company import words as _words

__all__ = ["CLAUSE_RULES"]

# Livestock and poultry; not pets: a dog bite is still a rabies jab at the health bureau.
_LIVESTOCK = _words(
    "猪 羊 牛 鸡 鸭 鹅 兔 驴 骡 小猪 母猪 猪仔 仔猪 生猪 肥猪 肉牛 奶牛 黄牛 牛羊 羊羔 山羊 绵羊 小鸡 鸡苗"
    " 鸡鸭 鸭苗 鸡仔 家禽 家畜 牲畜 牲口 畜禽 禽类 畜牧 养殖 养殖场 养殖户 猪场 鸡场 羊场 牛场 鱼塘"
    " 鱼苗 蜜蜂 猪圈 羊圈 牛棚 鸡舍 猪瘟 禽流感 口蹄疫"
)
_NIGHT = _words("夜里 半夜 深夜 凌晨 夜间 通宵 晚上 夜晚 连夜 整夜 十点 十一点 十二点 一点 两点 三点")
_BUILDING_WORK = frozenset(
    ["工地", "施工", "建筑工地", "建筑施工", "施工队", "施工单位", "打桩", "浇筑", "混凝土", "搅拌"]
)
# Dismissal for pregnancy or childbirth is discrimination against women (妇联), not a plain
# labour dispute.
_PREGNANCY = _words("怀孕 怀了孕 孕期 怀孕期间 产假 哺乳期 生孩子 生二胎 生完孩子 坐月子")
_DISMISSAL = frozenset(["辞退", "被辞退", "开除", "被开除", "解雇", "被解雇", "炒鱿鱼", "劝退", "辞掉",
                        "辞职", "调岗", "降工资", "降薪", "不续签"])
# A pump or well without power is the power company's matter, not the water bureau's.
_NO_POWER = _words("没电 停电 断电 跳闸 不来电 电压低 电压不够 没有电 通不上电")
_PUMPS = frozenset(["机井", "电井", "水泵", "抽水机", "井房", "泵站", "扬水站", "提水站", "抽水站"])
# Round-3 rules for market, ecology, urban, agri, land, power, women, disabled and approval.
_FARM_MACHINES = _words("拖拉机 收割机 农机 农用车 旋耕机 播种机 插秧机 三轮农用车 农机具")
_PLATES = frozenset(["上牌", "年检", "牌照", "驾驶证", "驾照", "行驶证", "挂牌", "车牌"])
_POSTING = _words("小广告 贴满 乱贴 张贴 贴小广告 牛皮癣 乱贴乱画 广告纸")
_POLES = frozenset(["电线杆", "电杆", "线杆", "电线杆上"])
_TAPPING = _words("私接 私拉 私接电线 私拉电线 偷电 卖电 搭线 接电")
_MEDICAL_WASTE = _words("医疗垃圾 医疗废物 医疗废弃物 针头 废针头 针管 输液瓶 输液袋 注射器")
_WASTE_OIL = _words("废机油 废油 机油 偷排 排污 危废 废水")
_BUILDING = _words("盖房 盖房子 建房 盖了 建了 盖厂房 建厂房 盖楼 看护房 大棚房 私建 乱建 盖起 搭建 盖个")
_FARMLAND = frozenset(["承包地", "承包的地", "责任田", "口粮田", "口粮地", "自留地", "庄稼地", "农田",
                       "土地承包", "承包", "种地"])
_POLLUTION = _words("粪水 粪污 污水 废水 臭味 臭气 恶臭 臭气熏天 熏人 熏得 污染 排污 直排 偷排 苍蝇成群")
_FARMS = frozenset(["养猪场", "猪场", "养鸡场", "鸡场", "养殖场", "牛场", "羊场", "养殖", "养殖户", "养猪",
                    "养鸡", "养牛", "养羊", "养鸭", "养殖业"])

# --- Round 3 (services and people): who the matter is about decides between two remits. -------
# A teacher's pay, title, post or hiring is the education bureau's (教师队伍), not a plain labour
# matter: in the real letters 189 of 201 such were filed under education.
_TEACHERS = _words(
    "教师 老师 幼师 幼儿教师 代课老师 代课教师 民办教师 临聘教师 特岗教师 乡村教师 在编教师 班主任"
    " 校长 教职工 教职员工 任教 从教"
)
_TEACHER_TERMS = _set(
    "工资 发工资 月工资 基本工资 工资标准 工资待遇 工资低 工资太低 工资没发 工资不发 不发工资"
    " 欠*工资 不给*工资 拖欠工资 绩效 绩效工资 职称 评职称 职称评审 职称评定 职称晋升 中级职称"
    " 高级职称 初级职称 评聘 编制 招聘 招考 招聘考试 招考公告 聘用 聘任 临聘 临聘人员 事业单位工资"
    " 民办教师待遇 代课教师待遇"
)
# Paying in, arrears and gaps in medical insurance are the healthcare-security bureau's.
_MEDICAL_INSURANCE = _words(
    "医保 医疗保险 居民医保 职工医保 新农合 合作医疗 医保卡 医保费 医保卡余额 医保卡里 医保账户"
    " 医保个人账户 个人账户 统筹账户 医保电子凭证 刷医保 刷医保卡"
)
_PAYING_IN = _set("补缴 断缴 缴费年限 缴费记录 停保 缴费基数 缴费年限不够")
# A hospital named as where a bus should go is a transport matter (a route), not a health one.
_BUS = _words("公交 公交车 公交线路 公交站 公交站牌 站牌 公交站点 班车 客运班车 客车 通公交 开通公交")
_HOSPITAL_PLACES = _set(
    "医院 县医院 人民医院 中医院 卫生院 乡镇卫生院 市医院 中心医院 看病 就医 看病远"
)
# A fight at a stall, a night market or a restaurant is the police's; the place only says where.
_FIGHT = _words(
    "打架 打起来 打人 斗殴 群殴 殴打 砍人 持刀 动刀 耍酒疯 闹事 被打 挨打 打伤 打成 抡起"
    " 干起来 干仗 掐架 打群架 抄家伙 打成一团 抡酒瓶 抡酒瓶子 抡瓶子 砸酒瓶 抡凳子 两拨人 两伙人"
    " 打得 酒瓶子 动手 砸了"
)
_STALLS = _set(
    "烧烤摊 夜市 夜市摊 烧烤 露天烧烤 烧烤店 小吃摊 摊位 摊子 地摊 马路市场 早市 摆摊 大排档"
)
_EATERIES = _set("饭店 餐馆 酒店 超市 商场")
# A disability or palsy told as why a family needs 低保 or relief is the civil-affairs bureau's.
_RELIEF = _words(
    "低保 低保户 低保金 申请低保 评低保 吃低保 办低保 享受低保 农村低保 城市低保 特困 特困户 特困供养"
    " 临时救助 五保 五保户 困难救助"
)
_CONDITION = _set(
    "残疾 残疾人 瘫痪 智障 脑瘫 重度残疾 残疾孩子 残疾老人 残疾人家庭 残疾家庭 残疾人员 精神残疾"
)
# Buying medicine on the medical-insurance card is the healthcare-security bureau's (the pharmacy
# itself, selling without prescription, stays with the market regulator).
_PHARMACY = _set("买药 拿药 药房 药价")
# A fight over a plot or a boundary is the police's once blows fall.
_LAND_QUARRELS = _set("宅基地 地界 争地 地边 土地纠纷 宅基地纠纷")
# A worker hurt on a building site, or unpaid there, is a labour matter (工伤, 欠薪), not site safety.
_HURT_AT_WORK = _words(
    "摔断 摔伤 砸伤 受伤 受了伤 工伤 致残 干活 打工 工资 工钱 老板 包工头 医药费 木工 瓦工 钢筋工 小工"
)
_SITES = _set("建筑工地 工地 施工 施工队 施工单位 建筑施工 开发商 楼盘")
# The service at a bureau's own window (attitude, queues, trips, papers) is that bureau's matter,
# not the government service centre's, when the citizen names the bureau.
_WINDOW = _set(
    "窗口 窗口人员 窗口工作人员 工作人员 服务窗口 办事窗口 窗口服务 窗口态度 工作人员态度 态度恶劣 态度差"
    " 推诿 刁难 玩手机 不耐烦 门难进 脸难看 事难办 中午不上班 办事效率 排长队 排了半天 排号 取号 叫号"
    " 来回跑 来回跑了 跑了三趟 跑了好几趟 跑好几趟 白跑 多跑 材料不全 补材料 需要什么材料 需要哪些材料"
    " 带什么材料 所需材料"
)
_BUREAUS = {
    "medins": "医保局 医保中心 医疗保障局 医保窗口 医保大厅 医保经办",
    "hrss": "社保局 人社局 社保中心 社保所 劳动局 就业局 劳动保障所 社保窗口 社保大厅 人社窗口",
    "police": "派出所 户籍室 户籍窗口 户政 车管所 出入境 公安局 交警大队",
    "civil": "民政局 民政所 婚姻登记处 民政窗口",
    "education": "教育局 教体局",
    "health": "卫健委 卫健局 卫生局 卫生院 医院",
    "housing": "住建局 房管局 公积金中心 燃气公司 热力公司",
    "water": "自来水公司 水务公司 供水公司",
    "transport": "交通局 运管所 客运站 汽车站",
}
_WINDOW_RULES = tuple(
    ClauseRule(_words(offices), "approval", unit, _WINDOW) for unit, offices in _BUREAUS.items()
)
_SERVICES_RULES = (
    ClauseRule(_TEACHERS, "hrss", "education", _TEACHER_TERMS),
    ClauseRule(_MEDICAL_INSURANCE, "hrss", "medins", _PAYING_IN),
    ClauseRule(_BUS, "health", "transport", _HOSPITAL_PLACES),
    ClauseRule(_FIGHT, "urban", "police", _STALLS),
    ClauseRule(_FIGHT, "market", "police", _EATERIES),
    ClauseRule(_RELIEF, "disabled", "civil", _CONDITION),
    ClauseRule(_MEDICAL_INSURANCE, "market", "medins", _PHARMACY),
    ClauseRule(_FIGHT, "land", "police", _LAND_QUARRELS),
    ClauseRule(_HURT_AT_WORK, "housing", "hrss", _SITES),
    *_WINDOW_RULES,
)
# --- end of round 3 (services and people) ------------------------------------------------------

# --- Round C (lexicon round C, all units): the company that says whose matter it is. ----------
# A child's household registration told as the ticket to a school is admission (入学), not 户籍.
_SCHOOLING = _words(
    "上学 入学 上一年级 一年级 上幼儿园 入园 幼儿园 小学 初中 插班 招生 学区 划片 学校"
)
_REGISTRATION = _set("户口 户籍 落户 户口本")
# Food gone bad in a school's kitchen is the school canteen's matter (学校食堂, education).
_SCHOOL_MEALS = _words("学校 学校里 学校食堂 食堂 幼儿园 学生 校内 在校")
_BAD_FOOD = _set(
    "吃出 吃出虫子 虫子 变质 发霉 不卫生 食物中毒 拉肚子 吃坏肚子 食品安全 苍蝇 异物 过期"
)
# Asking what is paid back for a stay in hospital is the healthcare-security bureau's (报销).
_CLAIMS = _words(
    "报 报销 能报 报多少 给报 不给报 报不了 能不能报 报销比例 比例 起付线 二次报销 骗保 套保"
    " 只能报 才给报 只给报 一年只能报 能报多少 能报销多少 报多少钱"
)
# ... and a chronic disease whose drugs are claimed (门诊慢特病) is the claim's too.
_HOSPITAL_CARE = _set(
    "门诊 住院 医院 看病 就医 住院费 医药费 手术 手术费 诊所 病人 检查费 药费 转诊 看门诊 县医院"
    " 人民医院 中医院 市医院 卫生院 高血压 糖尿病 慢性病 慢病 拿药"
)
# Blows between husband and wife are domestic violence (家庭暴力, the women's federation); so are
# blows borne for years by someone afraid to divorce.
_SPOUSES = _words(
    "媳妇 老婆 妻子 丈夫 男人 老公 对象 前夫 婆婆 公公 女婿 儿媳 儿媳妇 俺男人 我男人 她男人 她对象"
    " 离婚 离了婚 不敢离婚 离不了婚"
)
_BLOWS = _set("挨打 被打 被打了 殴打 打人 打伤 打成 打骂 鼻青脸肿 报警 不敢报警")
# An office's hours, attitude or paperwork told of the government as a whole (乡政府, 各部门) is a
# matter for the hotline, not for one bureau's window.
_GOVERNMENT = _words(
    "政府 县政府 乡政府 镇政府 乡里 镇上 村委 村委会 村干部 政府部门 各部门 各个部门 部门之间 县直部门"
    " 政府机关 机关 干部 公务员"
)
_CONDUCT = _WINDOW | _set("上班时间 跑腿 开证明 证明 找不着人 找不到人")
# An identity card kept back (by a boss, to stop a worker leaving) is a labour matter (扣押证件).
_KEPT = _words("扣 扣着 扣了 扣押 扣下 押着 扣住 不还")
# The service at a window told with the paper being sought goes to the unit that issues it, as
# when the bureau is named (_WINDOW_RULES): 办户口 … 来回跑 is the police's.
_PAPERS = {
    "police": "户口 办户口 上户口 落户 户籍 身份证 居住证",
    "civil": "结婚证 离婚证 结婚登记 离婚登记",
    "disabled": "残疾证 聋哑 聋哑人 盲人 肢残 残疾人",
    "medins": "医保 医保卡 异地备案 医保报销",
    "hrss": "社保 社保卡 养老保险 退休手续",
    "health": "献血 献过血 献血证 用血 出生证明 出生医学证明",
}
_PAPER_RULES = tuple(
    ClauseRule(_words(papers), "approval", unit, _WINDOW | _set("缺材料 缺一样"))
    for unit, papers in _PAPERS.items()
)
# A hospital named as where a village's only bus used to go is a transport matter.
_RIDES = _words("那趟车 这趟车 趟车 车停了 没车坐 坐不上车 坐车 通车 班车停了")
# Parents away at work and a child left with grandparents is a left-behind child (留守, civil).
_GRANDPARENTS = _words("爷爷 奶奶 爷爷奶奶 姥姥 姥爷 留守 留守儿童 跟着爷爷 跟着奶奶")
_AWAY = _set("打工 在外打工 外出打工 务工 外出务工")
# Well water sent for testing is a water-quality matter, not a clinic's laboratory.
_DRINKING = _words("井水 自来水 水质 饮用水 吃的水 喝的水 水样 吃水")
_TESTS = _set("化验 检测 检验")
# Sewage let into fields from a plant is pollution (ecology), whatever it kills.
_DISCHARGE = _words("脏水 污水 废水 排污 直排 偷排 排到 往外排 排红水 红水 黑水 加工厂")
_CROPS = _set("庄稼 大蒜 麦子 小麦 玉米 庄稼地 菜地 蒜苗")
# A road built over a family's plot is land taken (征地, compensation), not the road.
_TAKEN = _words("占地 占了俺家的地 占俺家的地 征地 征用 补偿 补偿款 补偿费 没给补偿")
_ROADWORKS = _set("修路 修公路 修建 建路")
# A lift to be fitted to an old block is housing's (加装电梯), not the lift regulator's.
_FITTING = _words("加装 能加装 装电梯 安装电梯 老楼 老小区 没有电梯 没电梯 爬楼")
# A wife left at home while her husband works away is the women's federation's (留守妇女).
_WIVES = _words("媳妇 妇女 妻子 老婆 儿媳 儿媳妇")
# Trees felled in town are the street's greenery (城区绿化, urban), not forest land.
_TOWN = _words("小区 小区门口 路边 街上 公园 绿化带 城区 马路 门口 楼下 行道树 道路两旁 县城 广场")
_FELLING = _set("偷砍 砍树 砍伐 伐树 砍了 偷伐 林木")
# Produce sold from a cart on the street is a street vendor's matter (流动摊贩, urban).
_VENDING = _words("摆摊 小贩 摊贩 流动摊贩 城管 推车 占道 路边摊 地摊 出摊")
_PRODUCE = _set("红薯 烤红薯 西瓜 水果 蔬菜 玉米 苹果 甘蔗")
# A worker's pay at a shop or restaurant is a labour matter (欠薪), not the shop's trade.
_WAGES = _words("工资 工钱 押工资 加班费 辞退 试用期 社保")
_SHOPS = _set("饭店 服务员 老板 老板娘 餐馆 酒店 超市 商场 店里")
# A developer who has not got the papers for a flat is a registration matter (不动产登记, land).
_TITLE_DEEDS = _words("土地证 房产证 不动产证 不动产权证 房本 产权证 办证")
# A van or tricycle that takes pupils to school is the school-bus matter (校车, education).
_PUPIL_RUNS = _words("接孩子 送孩子 接送孩子 拉孩子 接送学生 拉学生 送学生 接学生")
_VEHICLES = _set("面包车 三轮车 电动三轮 超载 超员 载客")
_ROUND_C_RULES = (
    ClauseRule(_PUPIL_RUNS, "transport", "education", _VEHICLES),
    ClauseRule(_WAGES, "market", "hrss", _SHOPS),
    ClauseRule(_TITLE_DEEDS, "housing", "land", _set("开发商 房子 买的房 商品房")),
    ClauseRule(_FITTING, "market", "housing", _set("电梯")),
    ClauseRule(_WIVES, "civil", "women", _set("留守")),
    ClauseRule(_TOWN, "land", "urban", _FELLING),
    ClauseRule(_VENDING, "agri", "urban", _PRODUCE),
    ClauseRule(_SCHOOLING, "police", "education", _REGISTRATION),
    ClauseRule(_SCHOOL_MEALS, "market", "education", _BAD_FOOD),
    ClauseRule(_CLAIMS, "health", "medins", _HOSPITAL_CARE),
    ClauseRule(_SPOUSES, "police", "women", _BLOWS),
    ClauseRule(_GOVERNMENT, "approval", "hotline", _CONDUCT),
    ClauseRule(_GOVERNMENT, "hrss", "hotline", _CONDUCT),
    ClauseRule(_KEPT, "police", "hrss", _set("身份证")),
    ClauseRule(_RIDES, "health", "transport", _HOSPITAL_PLACES),
    ClauseRule(_GRANDPARENTS, "hrss", "civil", _AWAY),
    ClauseRule(_DRINKING, "health", "water", _TESTS),
    ClauseRule(_DISCHARGE, "agri", "ecology", _CROPS),
    ClauseRule(_TAKEN, "transport", "land", _ROADWORKS),
    *_PAPER_RULES,
)
# --- end of round C ---------------------------------------------------------------------------

# A lift that fails or traps someone is special equipment (market, 特种设备) even when the estate's
# property company is blamed for it; fitting a lift and its fees stay housing's.
_LIFT_FAULTS = _words(
    "电梯困人 困在电梯 被困电梯 关在电梯 困*电梯 电梯*困 电梯坏 电梯*坏 电梯故障 电梯停 电梯卡"
    " 电梯下坠 电梯*掉 电梯异响 电梯事故"
)
_PROPERTY = _set("物业 物业不管 物业不作为 物业公司 物业服务差 物业人员 物业经理")

CLAUSE_RULES: tuple[ClauseRule, ...] = (
    ClauseRule(_LIFT_FAULTS, "housing", "market", _PROPERTY),
    ClauseRule(_LIVESTOCK, "health", "agri"),
    ClauseRule(_PREGNANCY, "hrss", "women", _DISMISSAL),
    ClauseRule(_NO_POWER, "water", "power", _PUMPS),
    ClauseRule(_NIGHT, "housing", "urban", _BUILDING_WORK),
    # Round 3, lexicons of market, ecology, urban, agri, land, power, women, disabled, approval:
    # A farm machine's plates and yearly check are the agriculture bureau's (农机监理), not the
    # traffic police's.
    ClauseRule(_FARM_MACHINES, "police", "agri", _PLATES),
    # Handbills pasted on a pole are the street's order (市容), not the power line's.
    ClauseRule(_POSTING, "power", "urban", _POLES),
    # A line tapped off a street-light pole is private wiring (私拉乱接, power), not the lamp.
    ClauseRule(_TAPPING, "urban", "power", frozenset(["路灯杆", "路灯", "路灯线"])),
    # Needles and drip bottles dumped in a ditch are medical waste (ecology), not a hospital's
    # service; waste oil poured away by a garage is pollution, not transport.
    ClauseRule(_MEDICAL_WASTE, "health", "ecology"),
    ClauseRule(_WASTE_OIL, "transport", "ecology"),
    # A house built on contracted farmland is land use (乱占耕地, land), not a contract matter.
    ClauseRule(_BUILDING, "agri", "land", _FARMLAND),
    # A pig farm's stink and slurry are pollution (畜禽养殖污染, ecology), not animal husbandry.
    ClauseRule(_POLLUTION, "agri", "ecology", _FARMS),
    *_SERVICES_RULES,
    *_ROUND_C_RULES,
)
