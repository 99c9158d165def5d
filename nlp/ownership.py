"""Who owns a matter when two units' words meet: general rules over word classes (round 4).

nlp.context moves a unit's words to another in particular company, pair by pair. The rules here are
the same kind (ClauseRule), built from classes of words rather than pairs of units:

- **A venue yields to the grievance.** Words that only say where something happened (学校, 医院,
  修桥, 小区, 超市, 宅基地 …) count for the unit that owns the grievance told in the same sentence:
  wages or a contract (the labour bureau), a theft, a fight or extortion (the police), what medical
  insurance pays (the healthcare-security bureau), a chimney's smoke or a drain let out (ecology),
  a shed built without leave (law enforcement). Unpaid wages on a road project are 欠薪, not
  the road; a gang at a school gate is the police's, not the school's.
- **A paper is a step, the benefit is the matter.** A household-registration paper or a trip to the
  police station told on the way to 低保, a care home, a disability card or a pension counts for the
  unit that grants the benefit.
- **Whoever is asked to act.** What property management fails to do (rubbish, stair lights,
  cleaning) is the housing bureau's (物业服务), not the street's; a contract and a boss in a lease of
  farmland are the land's tenure (土地流转, agriculture), not a labour contract.
- **Conduct of cadres and companies.** A village or township cadre's conduct (drinking, abuse,
  accounts kept hidden, bribes, official cars), and what a bank, insurer, telecom company or the
  post does or refuses, go to the hotline, whatever unit's matter they touch (a pension the bank
  will not pay out to a daughter is the bank's conduct). Relief given to cadres' relatives stays
  with civil affairs, who review the 低保 roll.
- **A suggestion over many matters** (建议 … the roads, the schools, the hospitals), or a short list
  of them (水泥路、自来水、路灯、垃圾清运都没有), is cross-cutting: the hotline, which passes it on
  (`cross_cutting`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.company import ClauseRule
from nlp.company import word_set as _set
from nlp.company import words as _words
from nlp.context import CLAUSE_RULES
from nlp.context_round5 import RULES as ROUND5_UNITS_A

__all__ = ["RULES", "cross_cutting"]

FALLBACK = "hotline"
UNITS = (
    "water", "housing", "transport", "police", "education", "health", "hrss", "civil", "market",
    "approval", "ecology", "urban", "agri", "land", "power", "medins", "disabled", "women",
)


# Words that name where a matter happened, by the unit that lists them.
VENUES = {
    "education": _set("学校 学校里 学校食堂 食堂 幼儿园 小学 中学 初中 高中 学校门口 校门口 校园 学生"),
    "health": _set("医院 县医院 人民医院 中医院 市医院 卫生院 乡镇卫生院 诊所 门诊 病房 卫生室 看门诊"),
    "transport": _set("公路 修路 修桥 修公路 乡村公路 农村公路 道路 汽车站 客运站 公交站 高速 桥"),
    "housing": _set("小区 小区里 工地 建筑工地 楼盘 物业公司"),
    "market": _set("超市 饭店 商场 店里 餐馆 酒店 商店 小卖部"),
    "urban": _set("路边 街上 公园 广场 工地"),
    "agri": _set("冷库 大棚 蒜地 养殖场"),
    "land": _set("宅基地 地界 争地 地边 宅基地纠纷"),
}
# The grievances that decide ownership over a venue, by the unit that owns them.
GRIEVANCES = {
    "hrss": _words(
        "欠*工钱 欠*工资 工资*拖着 工资*没发 工钱*没给 拖欠 欠薪 工钱 血汗钱 包工头 不给工资 工资不给"
        " 没发工资 不发工资 劳动合同 合同到期 不续签 不续了 加班费 工伤 经济补偿"
    ),
    "police": _words(
        "被偷 偷了 偷走 小偷 盗窃 失窃 打架 打人 打伤 把*打了 把*打伤 斗殴 群殴 抢劫 抢钱 抢走 被人抢 勒索"
        " 敲诈 社会青年 混混 流氓 诈骗 被骗 被*骗了 骗走 赌博 吸毒 持刀 砍人 缝了*针 头破血流 威胁"
        " 乱停车 乱停乱放 违停 违章停车"
    ),
    "ecology": _words("冒黑烟 黑烟 偷排 直排 排污 废气 废水 刺鼻 污水*排"),
    "urban": _words("私搭乱建 乱搭乱建 违建 违章建筑 违章搭建 私搭 乱搭"),
    "medins": _words("医保卡 刷医保 医保账户 医保报销 报销比例 医保 异地备案 异地就医"),
}
# Only venue words move: a teacher's unpaid pay stays education's (nlp.context moves 工资 there
# first, and 老师 is no venue), and a school canteen's bad food stays the school's.
_VENUE_RULES = tuple(
    ClauseRule(company, source, target, words)
    for target, company in GRIEVANCES.items()
    for source, words in VENUES.items()
    if source != target
)

# Papers on the way to a benefit: the benefit's unit owns the matter.
_PAPERS = _set("户籍证明 户口 户口本 户籍 开证明 证明 户口迁移")
_BENEFITS = {
    "civil": "低保 低保户 申请低保 特困 特困供养 五保 临时救助 敬老院 养老院 高龄补贴 高龄津贴 婚姻登记",
    "disabled": "残疾证 两项补贴 残疾人补贴 护理补贴 辅助器具",
    "hrss": "退休 退休手续 养老保险 养老金 社保",
    "medins": "医保 医保卡 报销",
}
_PAPER_RULES = tuple(
    ClauseRule(_words(benefits), "police", unit, _PAPERS) for unit, benefits in _BENEFITS.items()
)

_WHO_ACTS = (
    # Rubbish, lights and cleaning that property management leaves undone are its service.
    ClauseRule(_words("物业 物业费 物业公司 物业管理"), "urban", "housing",
               _set("垃圾 没人清 灯不亮 楼道灯 路灯 不打扫 没人打扫 卫生 保洁 垃圾桶")),
    # A contract and a boss in a lease of farmland are land tenure, not labour.
    ClauseRule(_words("土地流转 流转 承包地 承包费 承包的地 地租 租地 租的地 流转费"), "hrss", "agri",
               _set("合同到期 老板不给 合同 签合同 合同纠纷 违约 老板")),
)

# A cadre's conduct is the hotline's whichever unit's words come with it.
_CADRES = (
    "村干部 村支书 支书 村书记 村主任 村长 村会计 村委 村委会 干部 镇干部 乡干部 村里的会计 村里的书记"
    " 村里的主任 村里的干部"
)
_CONDUCT = (
    "骂人 喝酒 喝了酒 喝醉 吃喝 大吃大喝 公车 公款 账目 不公开 贪污 被贪 贪了 挪用 优亲厚友 拉票 送礼 递烟"
    " 好处 收*钱 天天不在 找不着人 亲戚 吃拿卡要 刁难"
)
_CADRE_CONDUCT = re.compile(
    f"(?:{_words(_CADRES).pattern})[^。!?;\n]{{0,30}}?(?:{_words(_CONDUCT).pattern})"
)
_CADRE_RULES = tuple(
    ClauseRule(_CADRE_CONDUCT, unit, FALLBACK) for unit in UNITS if unit != "civil"
)

# A bank, insurer, telecom company or the post is no unit's (taidi files the post under transport;
# our units.tsv has no post office, so its parcels and fees go to the hotline).
_COMPANIES = (
    "银行 农商银行 农商行 信用社 邮储 储蓄所 保险公司 移动公司 联通 电信 营业厅 运营商 邮局 邮政 快递员 驿站"
    " 快递公司"
)
_REFUSALS = (
    "不让 不给 不办 不送 不赔 拖着 退不了 乱扣 多扣 扣费 扣了 态度 排队 利息 多收 收*钱 丢了 撤了 冒名"
)
_COMPANY_CONDUCT = re.compile(
    f"(?:{_words(_COMPANIES).pattern})[^。!?;\n]{{0,16}}?(?:{_words(_REFUSALS).pattern})"
)
_COMPANY_RULES = tuple(ClauseRule(_COMPANY_CONDUCT, unit, FALLBACK) for unit in UNITS)

# --- wave 2, units A (water … approval): company rules found on indep_a ---
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
    ClauseRule(_words("银行 信用社 农商行 邮储 柜台 储蓄所"), "approval", FALLBACK,
               _set("窗口 排队 排一上午 排了半天 一个窗口")),
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
    # A courier or bank pitch that asks for money is a scam, the police's.
    ClauseRule(_words("转钱 转账 打钱 骗 诈骗 炸骗 验证码 下载"), FALLBACK, "police"),
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

# --- wave 2, units B (ecology, urban, agri, land, power, medins, disabled, women, hotline) -------
# Crops withering beside a plant are blamed on its smoke (ecology), not a pest (agriculture).
_PLANTS = "厂子 工厂 化工厂 加工厂 蒜片厂 烘干厂 砖厂 窑厂 冶炼厂 塑料厂 电厂 厂里 厂房 烟囱"
_WITHERING = "黄了 全黄 发黄 枯了 枯死 死了 打蔫 蔫了 熏 熏死 熏黄 不长 减产 绝收"
_CROP_DAMAGE = re.compile(
    f"(?:{_words(_PLANTS).pattern})[^。!?;\n]{{0,25}}?(?:{_words(_WITHERING).pattern})"
)
_CROP_WORDS = _set("蒜苗 叶子 庄稼 麦苗 麦子 小麦 玉米 大蒜 蒜 菜 蔬菜 树叶 果树 辣椒 苗")
# A disability is who asks; the premium, the school place or the claim asked for is the matter.
_DISABLED_STATUS = _set(
    "残疾 残疾人 残疾孩子 残疾儿童 聋哑 盲人 智障 脑瘫 自闭症 肢体残疾 重度残疾 腿脚不好 拄拐"
)
_SERVICES_ASKED = {
    "medins": "医保费 医保 居民医保 医保缴费 参保 报销 交医保",
    "education": "入学 上不了学 不让上学 不收 不要 拒收 劝退 跟不上班 随班就读",
}
# Family matters a woman brings: a married-out daughter's share of land money, and a husband's
# gambling debts dunned from his wife (妇女权益), not the land or the gambling itself.
_MARRIED_OUT = _words("嫁出去 出嫁 外嫁 出嫁闺女 出嫁女 嫁出去的 嫁到外村 闺女嫁")
_LAND_MONEY = _set("征地款 土地款 补偿款 占地补偿 土地补偿 分红 承包地 分地 集体分红 地被征了")
_DEBT_ON_WIFE = _words("欠*债 赌债 要账 要债 共同债务 夫妻共同 找上俺 找上我 堵着我 堵着俺 逼我还 逼俺还")
_GAMBLING = _set("赌博 赌钱 赌 打牌 赌债 耍钱")
# Grandparents raising a grandchild whose parents work away: a left-behind child (civil), even
# when the absent mother is named (nlp.context gives 留守 with 儿媳 to the women's federation).
_GRANDCHILD = _words("孙子 孙女 孙子孙女 外孙 外孙女 俺孙 小孙子 小孙女")
# A cadre who takes over collective property or pays nothing for it is the cadre's conduct.
_TAKING = "霸占 侵占 一分不交 一分钱不交 从来不交 私分 偷着卖 据为己有 占了村里 占了集体"
_CADRE_TAKING = re.compile(
    f"(?:{_words(_CADRES).pattern})[^。!?;\n]{{0,30}}?(?:{_words(_TAKING).pattern})"
)
# Darkness told around a broken bridge or its railing is the danger of the bridge (transport),
# not a street light nobody named.
_BRIDGES = _words("小桥 桥 桥上 桥栏 桥栏杆 栏杆 护栏 桥面 便桥")
# A village's rubbish heap is the countryside's living environment (农村人居环境, agriculture);
# the town's streets stay law enforcement's.
_VILLAGE_WORDS = ("村口 村里 村头 村边 村子 俺村 俺庄 庄里 庄子 村西 村东 村南 村北 村后 村前 农村")
_VILLAGES = re.compile(  # the heap and the village in one stretch of words, no comma between
    f"(?:{_words(_VILLAGE_WORDS).pattern})[^，,。!?;\n]{{0,10}}?垃圾(?:堆|山|桶|场)?"
)
_RUBBISH = _set("垃圾 垃圾堆 垃圾山 乱倒垃圾 没人清 没人拉 垃圾没人清 垃圾清运 清运")
# A cold store or plant heard at night is industrial noise (ecology), not the farm's store.
_HUMMING = _words("嗡嗡响 嗡嗡 噪音 噪声 吵得 轰隆隆 睡不着 压缩机")
# What blocks a pavement (a wheelchair cannot pass) is the street's order, not a disability.
_BLOCKED = _words("人行道 乱停 占道 堵着 推不过去 过不去 过不了 占了")
# A crop named as a truck's load is the truck's overloading (transport).
_OVERLOAD = _words("超载 超限 超高 大挂车 挂车 车斗 码得老高")
# Farmland built over, however the builder names it (设施农业, 大棚), is land use (land).
_FARMLAND_BUILT = re.compile(
    "(?:基本农田|永久基本农田|耕地|农田)[^。!?;\n]{0,20}?(?:搭|建|盖|硬化|看护房)"
)
# Hardship after an illness, with relief asked of civil affairs (临时救助), is civil's.
_RELIEF = _words("民政 临时救助 大病救助 救助 借遍了 借遍")
# A divorce argued over gifts, a flat and its loan is a family dispute (调解, women), not the
# registration of the divorce (civil).
_DIVORCE_DISPUTE = _words("彩礼 财产 分房 房子 贷款 抚养 孩子归 纠纷 要全退 退彩礼 分家产")
# Radiation feared from a mast is ecology's (辐射), not the phone company's signal.
_RADIATION = _words("辐射 电磁 辐射超标 电磁波")
_UNITS_B_RULES = (
    ClauseRule(_CROP_DAMAGE, "agri", "ecology", _CROP_WORDS),
    *(ClauseRule(_words(words), "disabled", unit, _DISABLED_STATUS)
      for unit, words in _SERVICES_ASKED.items()),
    ClauseRule(_MARRIED_OUT, "land", "women", _LAND_MONEY),
    ClauseRule(_MARRIED_OUT, "agri", "women", _LAND_MONEY),
    ClauseRule(_DEBT_ON_WIFE, "police", "women", _GAMBLING),
    ClauseRule(_GRANDCHILD, "women", "civil", _set("留守")),
    ClauseRule(_VILLAGES, "urban", "agri", _RUBBISH),
    ClauseRule(_HUMMING, "agri", "ecology", _set("冷库 冷藏库 恒温库")),
    ClauseRule(_BLOCKED, "disabled", "urban", _set("轮椅 盲道 坐轮椅")),
    ClauseRule(_OVERLOAD, "agri", "transport", _set("蒜薹 大蒜 蒜 蒜头 辣椒 玉米 小麦 麦子")),
    ClauseRule(_FARMLAND_BUILT, "agri", "land", _set("大棚 设施农业 设施农用地 大棚房")),
    ClauseRule(_RELIEF, "medins", "civil", _set("自费 全自费 医药费 医疗费 自己掏 花了")),
    ClauseRule(_DIVORCE_DISPUTE, "civil", "women", _set("结婚 离婚 结婚后 婚后 离了婚 离婚的时候")),
    ClauseRule(_RADIATION, "hotline", "ecology", _set("手机信号 信号塔 基站 信号 通信 通讯")),
    ClauseRule(_BRIDGES, "urban", "transport", _set("黑灯瞎火 黑灯 黑咕隆咚 摸黑")),
    *(ClauseRule(_CADRE_TAKING, unit, FALLBACK) for unit in UNITS if unit != "civil"),
)

# --- round 5, units B (found on indep_c/indep_d): whose matter in company ----------------------
_RIVERS = _words("河水 河里 河沟 沟里 水沟 坑塘 小河 污水")
_OIL = _words("机油 废机油 废油 油污 油花 倒机油")
_BAD_MEAT = _words("拉肚子 吃坏 食物中毒 变质 发黑 有味 不新鲜 腐烂 发臭 病死 注水 地沟油")
_RIDES = _words("小火车 游乐设施 摩天轮 过山车 碰碰车 旋转木马 蹦床 海盗船 大摆锤 充气城堡")
_ROAD_DRYING = re.compile(  # grain spread to dry on a road is the road's obstruction (transport)
    "(?:县道|乡道|国道|省道|公路|马路|路上|路面|道路)[^。!?;\n]{0,12}?(?:晒|晾)"
    "|(?:晒|晾)[^。!?;\n]{0,8}?(?:县道|乡道|国道|省道|公路|马路|路上|路面)"
)
_ELSEWHERE_CARE = re.compile(  # seeing a doctor away from home: the filing (异地就医, medins)
    "(?:外地|异地|外省|省外|北京|上海|济南|天津|南京|外市)[^。!?;\n]{0,15}?(?:看病|住院|就医|治病)"
)
_PARCEL_HARM = re.compile(  # a parcel damaged or short, and the post or courier refusing
    "(?:邮政|邮局|快递|包裹|驿站)[^。!?;\n]{0,24}?(?:签收|少了|丢件|损坏|摔坏|烂了|破了|不认|不赔)"
)
_UNITS_B_ROUND5 = (
    # A plant's pipe named by a river is its effluent, and water the colour of soy sauce is dirty.
    ClauseRule(_words(_PLANTS + " 管子 排污口"), "water", "ecology",
               _set("河水 河里 河沟 沟里 水沟 坑塘 河道 小河")),
    ClauseRule(_RIVERS, "market", "ecology", _set("酱油 墨汁 墨水")),
    # Oil poured into a drain is pollution, not the drain's blockage.
    ClauseRule(_OIL, "water", "ecology", _set("下水道 雨水 雨水井 下水 排水沟 一下雨")),
    # A village dump's stink is the dump's (agriculture), not a plant's air.
    ClauseRule(_VILLAGES, "ecology", "agri", _set("呛死 呛人 臭味 恶臭 臭气熏天 熏人 垃圾场臭")),
    # Stalls crowding a school gate are the street's order (urban), not the school's.
    ClauseRule(_words("摆摊 摊贩 小贩 摆满 路边摊 地摊 占道 摊子 出摊 卖炸串 小吃摊"), "education",
               "urban", VENUES["education"] | _set("放学 上学")),
    ClauseRule(_BLOCKED, "disabled", "urban", _set("盲人 盲人大爷 残疾人 拄拐")),
    # Bad food at a stall is food safety (market); a ride in a park is special equipment.
    ClauseRule(_BAD_MEAT, "urban", "market",
               _set("夜市 夜市摊 烧烤摊 小吃摊 烧烤 摊位 摊子 地摊 早市 路边摊 早餐摊")),
    ClauseRule(_RIDES, "urban", "market", _set("公园 公园设施 广场")),
    ClauseRule(_ROAD_DRYING, "agri", "transport", _set("玉米 小麦 麦子 粮食 晒粮 大蒜 蒜 花生 豆子")),
    # An association collecting fees is a social organisation (registration: civil affairs).
    ClauseRule(_words("协会 会费 商会 联合会 社会组织 促进会"), "agri", "civil",
               _set("蒜农 农民 收购价 蒜价 收蒜 种植户 养殖户")),
    # A marriage told as why a house is built is the plot's matter (宅基地, land).
    ClauseRule(_words("盖房 盖房子 建房 批地 批块地 宅基地 盖新房 盖个房"), "civil", "land",
               _set("结婚 儿子结婚 娶媳妇")),
    # A well that trips, or a line tapped through a stairwell, is the power company's.
    ClauseRule(_words("合闸 一合闸 跳闸 就跳 供电所 漏电 线路的问题"), "water", "power",
               _set("机井 电井 水泵 井房 浇地 抽水机")),
    ClauseRule(_words("私拉 私接 私拉电线 飞线 拉电线 拉线 拉了根线"), "housing", "power",
               _set("楼道 楼道里 窗户 暖气 暖气管 暖气管子")),
    # A telecom line is the company's, not the grid's; a parcel damaged or short is the post's.
    ClauseRule(_words("宽带 网线 光纤 光猫 有线电视 机顶盒 网速 wifi WiFi"), "power", FALLBACK,
               _set("线路老化 线路 断线 老化 电线杆 线杆")),
    *(ClauseRule(_PARCEL_HARM, unit, FALLBACK, words) for unit, words in (
        ("transport", _set("邮政 邮局 包裹 快递 快递员 快递公司 快递点 快递站 驿站 物流 物流公司 邮件 邮寄"
                           " 寄快递 邮政快递 快递丢失 快递丢件 丢快递 快递被")),
        ("market", _set("少两 缺斤少两 快递退货")))),
    # What insurance pays decides: drugs bought in bulk, a chronic-disease card, a claim after an
    # injury, care away from home, relief after the claim; a grade of disability set at a hospital.
    ClauseRule(_words("集采 集采药 国谈药 谈判药 带量采购 门诊慢病 慢病鉴定 慢特病 门诊慢特病"),
               "health", "medins", VENUES["health"] | _set("医生 大夫 开药 高血压 糖尿病")),
    ClauseRule(_ELSEWHERE_CARE, "health", "medins", _set("看病 住院 就医 治病")),
    ClauseRule(_words("看病 住院 就医 治病 看个病"), "approval", "medins",
               _set("办啥手续 办什么手续 手续 提前办 备案")),
    ClauseRule(_words("外伤 外伤调查 报销 医保 垫付"), "police", "medins",
               _set("电动车 骑电动车 电瓶车 三轮车 摩托车")),
    ClauseRule(_words("报完 报完了 报销完 报完以后 报销以后 报销后 二次报销"), "civil", "medins",
               _set("低保户 救助 再救助 特困户 五保户")),
    ClauseRule(_words("评等级 评级 定级 评残 残疾等级 评了个 残疾评定 残疾鉴定 评定等级"), "health",
               "disabled", VENUES["health"] | _set("大夫 医生")),
    # A subsidy asked for a child nobody raises (a mother remarried, a father dead) is civil's
    # (事实无人抚养儿童), not a family dispute.
    ClauseRule(_words("补贴 没人抚养 无人抚养 孤儿 事实孤儿 老两口带 爷爷奶奶带"), "women", "civil",
               _set("改嫁 抚养 没人管")),
    # A bill padded by a hospital is its charging (health), whatever insurance repays later.
    ClauseRule(_words("多算 多收 没用过 重复收费 多开 虚开"), "medins", "health", _set("报销")),
)

RULES: tuple[ClauseRule, ...] = (
    *CLAUSE_RULES, *ROUND5_UNITS_A, *_VENUE_RULES, *_PAPER_RULES, *_WHO_ACTS, *_CADRE_RULES,
    *_COMPANY_RULES, *_WAVE2_A, *_WAVE2_B, *_UNITS_B_RULES, *_UNITS_B_ROUND5,
)

# A suggestion to the county as a whole, not a complaint about one thing.
_SUGGESTION = re.compile(
    r"问题太多|一大堆问题|问题一大堆|好多问题|找了好多部门|一起反映|建议|提(个|点|几点|几条)?意见"
    r"|希望(县里|政府|领导|有关部门)|几个部门一起|多个部门|联合执法|不是一个部门|(县里|政府)能不能|都(要|该|得)(好好)?(抓|管)|抓一抓"
)
_LIST = re.compile(r"[、,，;；]")  # the matters come as a list
# "I have several matters": the citizen says so, so no matter need be as strong as the first.
_SEVERAL = re.compile(r"(好几|几|好多|两|三)(件|个|样)事")
SUGGESTION_UNITS = 3  # a short suggestion naming this many units' matters is cross-cutting ...
SUGGESTION_OWN = 0.6  # ... each with this much evidence of its own ...
SUGGESTION_BALANCE = 0.3  # ... and none of them below this share of the strongest
SUGGESTION_CHARS = 100  # a long letter with a suggestion at its end is about its one matter


def cross_cutting(text: str, own: Sequence[float], codes: Sequence[str]) -> bool:
    """True for a short suggestion, or a list (A、B、C、D), that names several units' matters,
    each with words of its own."""
    several = _SEVERAL.search(text)
    if (len(text) > SUGGESTION_CHARS or len(_LIST.findall(text)) < SUGGESTION_UNITS - 1
            or not (several or _SUGGESTION.search(text) or text.count("、") >= SUGGESTION_UNITS)):
        return False
    named = sorted((value for code, value in zip(codes, own, strict=True)
                    if code != FALLBACK and value >= SUGGESTION_OWN), reverse=True)
    return len(named) >= SUGGESTION_UNITS and (several is not None or named[SUGGESTION_UNITS - 1] >= (
        SUGGESTION_BALANCE * named[0]))
