"""Who owns a matter when two units' words meet: general rules over word classes (round 4).

nlp.context moves a unit's words to another in particular company, pair by pair, and
nlp.ownership_a / nlp.ownership_b hold the particular rules found on the independent authors'
sets for the two groups of units (nlp.router applies them all, in that order, after these). The
rules here are the same kind (ClauseRule), built from classes of words rather than pairs of units:

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

__all__ = ["CADRES", "FALLBACK", "RULES", "UNITS", "VENUES", "cross_cutting"]

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
    "urban": _words(
        "私搭乱建 乱搭乱建 违建 违章建筑 违章搭建 私搭 乱搭 摊贩 小摊贩 小摊 小贩 摆摊 地摊 占道"
        " 油烟 餐饮油烟 油烟味 油烟熏 油烟子"  # a restaurant's fumes: 餐饮油烟 is urban's, not food hygiene
    ),
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
    # An employer who will not pay for a worker's injury owes it as 工伤 (the labour bureau), not
    # as medical insurance.
    ClauseRule(_words("老板 包工头 工头 厂长 厂里"), "medins", "hrss", _set("医药费 不给报 不给报销")),
    # Children at school told as a poor household's lot, in a plea about its relief: civil affairs.
    ClauseRule(_words("救济 救济钱 救济款 救济金 低保 特困 临时救助"), "education", "civil",
               _set("上小学 上初中 上高中 初中 高中 小学 上学")),
    # A deed asked at a school's enrolment is the school's admission rule (入学招生), not land
    # registration; a cook's health certificate in a restaurant is food safety (餐饮卫生).
    ClauseRule(_words("一年级 报名 入学 上学 入园 招生 学区"), "land", "education",
               _set("房产证 不动产权证 房本")),
    ClauseRule(_words("饭馆 饭店 餐馆 小吃店 厨师 后厨 小吃摊"), "health", "market", _set("健康证")),
    # The service of the land office's own hall (不动产登记) is the land office's, not the county's
    # service hall's: its papers, queues and trips.
    ClauseRule(_words("不动产登记大厅 不动产大厅 不动产登记中心 不动产中心 不动产窗口 不动产登记窗口"),
               "approval", "land"),
)

# A cadre's conduct is the hotline's whichever unit's words come with it.
CADRES = (
    "村干部 村支书 支书 村书记 村主任 村长 村会计 村委 村委会 干部 镇干部 乡干部 村里的会计 村里的书记"
    " 村里的主任 村里的干部"
)
_CONDUCT = (
    "骂人 喝酒 喝了酒 喝醉 吃喝 大吃大喝 公车 公款 账目 不公开 贪污 被贪 贪了 挪用 优亲厚友 拉票 送礼 递烟"
    " 好处 收*钱 天天不在 找不着人 亲戚 吃拿卡要 刁难"
)
_CADRE_CONDUCT = re.compile(
    f"(?:{_words(CADRES).pattern})[^。!?;\n]{{0,30}}?(?:{_words(_CONDUCT).pattern})"
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

RULES: tuple[ClauseRule, ...] = (
    *_VENUE_RULES, *_PAPER_RULES, *_WHO_ACTS, *_CADRE_RULES, *_COMPANY_RULES,
)

# A suggestion to the county as a whole, not a complaint about one thing.
_SUGGESTION = re.compile(
    r"问题太多|一大堆问题|问题一大堆|好多问题|找了好多部门|一起反映|建议|提(个|点|几点|几条)?意见"
    r"|希望(县里|政府|领导|有关部门)|都说不归|谁都不管|推来推去|踢皮球|互相推诿|几个部门一起|多个部门|联合执法|不是一个部门|(县里|政府)能不能|都(要|该|得)(好好)?(抓|管)|抓一抓"
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
