"""Whose matter it is when words meet, for the units ecology, urban, agri, land, power, medins,
disabled, women and the hotline: particular company rules (the mechanism is nlp.company) found on
the independent authors' sets, each over a class of words. nlp.router applies them last, after
nlp.context's pair rules, nlp.ownership's general ones and nlp.ownership_a's.
"""

from __future__ import annotations

import re

from nlp.company import ClauseRule
from nlp.company import word_set as _set
from nlp.company import words as _words
from nlp.ownership import CADRES, FALLBACK, UNITS

__all__ = ["RULES"]

# --- found on indep_a and indep_b (round 4, wave 2) ---
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
    f"(?:{_words(CADRES).pattern})[^。!?;\n]{{0,30}}?(?:{_words(_TAKING).pattern})"
)
# Darkness told around a broken bridge or its railing is the danger of the bridge (transport),
# not a street light nobody named.
_BRIDGES = _words("小桥 桥 桥上 桥栏 桥栏杆 栏杆 护栏 桥面 便桥")
# A village's rubbish heap is the countryside's living environment (村容村貌, agriculture);
# the town's streets stay law enforcement's.
_VILLAGE_WORDS = ("村口 村里 村头 村边 村子 俺村 俺庄 庄里 庄子 村西 村东 村南 村北 村后 村前 农村")
_VILLAGES = re.compile(  # the heap and the village in one stretch of words, no comma between
    f"(?:{_words(_VILLAGE_WORDS).pattern})[^，,。!?;\n]{{0,10}}?垃圾(?:堆|山|桶|场|池子|池|点|坑)?"
)
_RUBBISH = _set(
    "垃圾 垃圾堆 垃圾山 乱倒垃圾 没人清 没人拉 垃圾没人清 垃圾清运 清运 垃圾池 垃圾池子 垃圾点 垃圾坑"
)
# A cold store or plant heard at night is industrial noise (ecology), not the farm's store.
_HUMMING = _words("嗡嗡响 嗡嗡 噪音 噪声 吵得 轰隆隆 睡不着 压缩机")
# What blocks a pavement (a wheelchair cannot pass) is the street's order, not a disability.
_BLOCKED = _words("人行道 乱停 占道 堵着 推不过去 过不去 过不了 占了")
# A crop named as a truck's load is the truck's overloading (transport).
_OVERLOAD = _words("超载 超限 超高 大挂车 挂车 车斗 码得老高")
# Farmland built over, however the builder names it (设施农业, 大棚), is land use (land).
_FARMLAND_BUILT = re.compile(
    "(?:占用耕地|占用基本农田|占用农田|基本农田|永久基本农田|耕地|农田|承包的地|承包地)[^。!?;\n]{0,20}?(?:搭建|搭|建设|建成|建|盖|硬化|看护房)"
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
    ClauseRule(_FARMLAND_BUILT, "agri", "land", _set("大棚 设施农业 设施农用地 大棚房 承包的地 承包地")),
    ClauseRule(_RELIEF, "medins", "civil", _set("自费 全自费 医药费 医疗费 自己掏 花了")),
    ClauseRule(_DIVORCE_DISPUTE, "civil", "women", _set("结婚 离婚 结婚后 婚后 离了婚 离婚的时候")),
    ClauseRule(_RADIATION, "hotline", "ecology", _set("手机信号 信号塔 基站 信号 通信 通讯")),
    ClauseRule(_BRIDGES, "urban", "transport", _set("黑灯瞎火 黑灯 黑咕隆咚 摸黑")),
    *(ClauseRule(_CADRE_TAKING, unit, FALLBACK) for unit in UNITS if unit != "civil"),
)

# --- found on indep_c and indep_d (round 5) ---
_RIVERS = _words("河水 河里 河沟 沟里 水沟 坑塘 小河 污水")
_RIDES = _words("小火车 游乐设施 摩天轮 过山车 碰碰车 旋转木马 蹦床 海盗船 大摆锤 充气城堡")
_ROAD_DRYING = re.compile(  # grain spread to dry on a road is the road's obstruction (transport)
    "(?:县道|乡道|国道|省道|公路|马路|路上|路面|道路)[^。!?;\n]{0,12}?(?:晒|晾)"
    "|(?:晒|晾)[^。!?;\n]{0,8}?(?:县道|乡道|国道|省道|公路|马路|路上|路面)"
)
_ELSEWHERE_CARE = re.compile(  # seeing a doctor away from home: the filing (异地就医, medins)
    "(?:外地|异地|外省|省外|北京|上海|济南|天津|南京|外市)[^。!?;\n]{0,15}?(?:看病|住院|就医|治病)"
)
_PARCEL_HARM = re.compile(  # a parcel damaged or short, and the post or courier refusing
    "(?:邮政|邮局|快递|包裹|驿站)[^。!?;\n]{0,24}?(?:签收|少了|丢件|丢了|弄丢|丢失|损坏|破损|摔坏|烂了|破了|不认|不赔)"
)
_UNITS_B_ROUND5 = (
    # A plant's pipe named by a river is its effluent, and water the colour of soy sauce is dirty.
    ClauseRule(_words(_PLANTS + " 管子 排污口"), "water", "ecology",
               _set("河水 河里 河沟 沟里 水沟 坑塘 河道 小河")),
    ClauseRule(_RIVERS, "market", "ecology", _set("酱油 墨汁 墨水")),
    # A village dump's stink is the dump's (agriculture), not a plant's air.
    ClauseRule(_VILLAGES, "ecology", "agri", _set("呛死 呛人 臭味 恶臭 臭气熏天 熏人 垃圾场臭")),
    ClauseRule(_BLOCKED, "disabled", "urban", _set("盲人 盲人大爷 残疾人 拄拐")),
    # A ride in a park is special equipment (market).
    ClauseRule(_RIDES, "urban", "market", _set("公园 公园设施 广场")),
    ClauseRule(_ROAD_DRYING, "agri", "transport", _set("玉米 小麦 麦子 粮食 晒粮 大蒜 蒜 花生 豆子")),
    # An association collecting fees is a social organisation (registration: civil affairs).
    ClauseRule(_words("协会 会费 商会 联合会 社会组织 促进会"), "agri", "civil",
               _set("蒜农 农民 收购价 蒜价 收蒜 种植户 养殖户")),
    # A well that trips is the power company's.
    ClauseRule(_words("合闸 一合闸 跳闸 就跳 供电所 漏电 线路的问题"), "water", "power",
               _set("机井 电井 水泵 井房 浇地 抽水机")),
    # A telecom line is the company's, not the grid's; a parcel damaged or short is the post's.
    ClauseRule(_words("宽带 网线 光纤 光猫 有线电视 机顶盒 网速 wifi WiFi"), "power", FALLBACK,
               _set("线路老化 线路 断线 老化 电线杆 线杆")),
    *(ClauseRule(_PARCEL_HARM, unit, FALLBACK, words) for unit, words in (
        ("transport", _set("邮政 邮局 包裹 快递 快递员 快递公司 快递点 快递站 驿站 物流 物流公司 邮件 邮寄"
                           " 寄快递 邮政快递 快递丢失 快递丢件 丢快递 快递被")),
        ("market", _set("少两 缺斤少两 快递退货")))),
    # What insurance pays decides: a claim after an injury, care away from home (drugs bought in
    # bulk, relief after the claim and a disability grade are nlp.ownership_a's).
    ClauseRule(_ELSEWHERE_CARE, "health", "medins", _set("看病 住院 就医 治病")),
    ClauseRule(_words("外伤 外伤调查 报销 医保 垫付"), "police", "medins",
               _set("电动车 骑电动车 电瓶车 三轮车 摩托车")),
    # A subsidy asked for a child nobody raises (a mother remarried, a father dead) is civil's
    # (事实无人抚养儿童), not a family dispute.
    ClauseRule(_words("补贴 没人抚养 无人抚养 孤儿 事实孤儿 老两口带 爷爷奶奶带 有没有政策 跟着*过 跟着爷爷"
                      " 跟着奶奶 跟着太爷 跟着姥姥"), "women", "civil",
               _set("改嫁 抚养 没人管")),
    # A bill padded by a hospital is its charging (health), whatever insurance repays later.
    ClauseRule(_words("多算 多收 没用过 重复收费 多开 虚开"), "medins", "health", _set("报销")),
)

# --- found on indep_e and indep_f (round 6) ---
# A plant named as where a new supply is wanted is the power company's (报装、增容), not its smoke.
_SUPPLY = _words("三相电 装三相电 报装 增容 申请用电 装电表 接电 通电 变压器 电压")
# The doctor's visit and its tests: a sore throat told there is the hospital's matter.
_AT_DOCTOR = _words("做了CT CT 抽了 抽血 化验 开了点 开了药 开药 挂号 住院 去看 看病 医院 检查费")
_SYMPTOMS = _set("嗓子疼 喉咙疼 头疼 头晕恶心 恶心想吐 闻着头晕 呛人")
# A divorce at the registry (its 30-day cooling-off) is civil affairs' registration.
_REGISTRY = _words("冷静期 三十天 30天 先申请 离婚登记 婚姻登记 离婚证 民政局 登记处")
# A woman's breast or cervical illness with relief asked is the women's federation's 两癌救助.
_TWO_CANCERS = _words("乳腺 乳腺上 宫颈 两癌 乳腺癌 宫颈癌")
# A husband bedridden and a subsidy refused: the household's relief (civil), not a marriage.
_RELIEF_REFUSED = _words("吃补助 补助 低保 吃低保 够条件 不够条件 特困 五保 救助")
# Cars on a pavement that tickets do not stop are illegal parking (the traffic police); a
# pavement merely full of cars stays the street's order (urban).
_PARKED = _words("贴条 贴罚单 罚单 违停 违章停车 抄牌")
# A shop sign copied from a known brand is a trademark matter (market), not the sign's safety.
_COPYCAT = _words("一模一样 山寨 仿冒 冒牌 差一个字 商标 冒充 假冒")
# A disabled person asking what a certificate needs asks about the disability certificate.
_CARD_ASKED = _set("办证 办个证 办那个证 需要什么材料 要什么材料 带什么材料 证件")
# Dancers' loudspeakers in a park are social-life noise (police), not the park's upkeep.
_DANCE_NOISE = _words("跳舞 跳广场舞 广场舞 音箱 大音箱")
# A parcel left at the door or lost and not owned up to is the courier's conduct (the hotline).
_COURIER_CONDUCT = _words("放门口 丢了也不认 丢了不认 不认账 不赔 丢件 不打招呼 代签 不送上门 送上门"
                          " 取件费 扔在 扔到 放在小卖部 丢了 弄丢 按运费赔 赔运费 只赔运费")
_COURIER_WORDS = _set("快递 快递员 快递公司 包裹 取件 取件费 快递网点 快递点 快递站 丢快递 快递丢失")
_UNITS_B_ROUND6 = (
    ClauseRule(_DANCE_NOISE, "urban", "police", _set("公园 广场 游园 小广场")),
    ClauseRule(_COURIER_CONDUCT, "transport", FALLBACK, _COURIER_WORDS),
    ClauseRule(_SUPPLY, "ecology", "power", _set(_PLANTS)),
    ClauseRule(_AT_DOCTOR, "ecology", "health", _SYMPTOMS),
    ClauseRule(_REGISTRY, "women", "civil", _set("离婚 离了婚 闹离婚")),
    ClauseRule(_TWO_CANCERS, "civil", "women", _set("救助金 救助 补助金 补助 大病救助")),
    ClauseRule(_RELIEF_REFUSED, "women", "civil", _set("男人 俺家男人 丈夫 老公 俺男人")),
    ClauseRule(_PARKED, "urban", "police", _set("人行道 便道 盲道")),
    ClauseRule(_COPYCAT, "urban", "market", _set("招牌 门头 门头招牌 店招 广告招牌")),
    ClauseRule(_words(" ".join(_DISABLED_STATUS) + " 聋哑人 聋人 盲人 小儿麻痹"), "approval", "disabled",
               _CARD_ASKED),
)

# --- found on indep_g and indep_h (round 6, wave 2; the rules both groups found are in
# nlp.ownership_a) ---
# A month's tonnage on the bill: flushing the toilet at home is the water used, not a public toilet.
_TONNAGE = _words("吨 水费 水表 用水 用了*吨 洗菜水")
# Numbers sprayed or pasted on poles and walls are street ads (urban), not the pole or the drain.
_AD_MARKS = _words("喷的 喷上 喷了 乱喷 刷白 贴满 贴的 小广告 办证 电话号码 的电话")
# Paid for and still shown in arrears, the lights out: a prepaid meter (power), not a street lamp.
_PAID = _words("欠费 交了 缴了 充了 交过 充值 缴费")
# A woman beaten for years, afraid to leave, asking for a place to stay: the women's federation.
_YEARS_BEATEN = _words("好多年 这么多年 好几年 不敢说 离了婚 离婚 住几天 躲几天 先住 落脚 安身")
# The stairwell's rubbish is the property company's to clear when the fee paid for it is named
# (the rubbish and ads of a stairwell are nlp.ownership_a's).
_STAIRS = "(?:楼道|楼梯间|楼梯道|单元门)"
_FEE_PAID = "(?:交的钱|交的物业费|物业费|管理费|服务费|交钱)"
_STAIRWELL_PAID = re.compile(
    f"{_STAIRS}[^。!?;\n]{{0,40}}?{_FEE_PAID}|{_FEE_PAID}[^。!?;\n]{{0,40}}?{_STAIRS}"
)
# Open ground walled in and built on without leave is an illegal build (urban), not farmland.
_WALLED_IN = _words("砌墙 围起来 圈起来 围墙 私搭 乱搭 谁让盖 违建 空地")
# indep_h: a child beaten by a step-parent, told by the mother, is family violence (women).
_STEP_PARENT = _words("后爹 后爸 继父 后妈 后娘 继母 当妈的")
# A village's cleaner paid and idle is the countryside's living environment (agriculture).
_VILLAGE_CLEANER = _words("村里保洁员 村里的保洁员 村保洁员 村里保洁 村里的保洁")
# A restaurant's exhaust pipe blowing fumes into a home is catering fumes (ecology); an open-air
# stall's smoke stays the street's.
_EXHAUST = _words("油烟管子 油烟管 排烟管 排烟口 烟道 排风口 排风扇 净化器 管子")
_UNITS_B_WAVE2 = (
    ClauseRule(_TONNAGE, "urban", "water", _set("厕所")),
    ClauseRule(_AD_MARKS, "power", "urban", _set("电线杆 线杆 电杆 电线杆子")),
    ClauseRule(_AD_MARKS, "water", "urban", _set("疏通下水道 下水道 疏通")),
    ClauseRule(_PAID, "urban", "power", _set("灯都黑了 灯黑了 灯灭了")),
    ClauseRule(_YEARS_BEATEN, "police", "women", _set("被打了 挨打 打她 被打 打了")),
    ClauseRule(_STAIRWELL_PAID, "urban", "housing"),
    ClauseRule(_WALLED_IN, "land", "urban", _set("盖房子 盖房 盖了房")),
    ClauseRule(_STEP_PARENT, "police", "women", _set("打她 打他 打孩子 老打 骂她 打")),
    ClauseRule(_VILLAGE_CLEANER, "urban", "agri"),
    ClauseRule(_EXHAUST, "urban", "ecology", _set("油烟 烧烤店 饭店 饭馆 油烟味")),
    ClauseRule(_FARMLAND_BUILT, "urban", "land"),
)

# --- found on indep_j (round 7) ---
# A cold store's compressor that will not start on a low voltage is the supply's (power), not the
# machine's noise.
_SUPPLY_FAULTS = _words("电压 低电压 电压低 跳闸 带不动 启动不起来 起不来 停电 断电 没电 来电")
# Phone signal or broadband at a venue is the carrier's (通信, hotline); the hospital is the place.
_TELECOM = _words("信号 手机信号 没信号 宽带 通信公司 通讯公司 移动公司 联通 电信 打不出去电话 电话打不出去")
_VENUES_THERE = _set("医院 县医院 病人 病人家属 护士 医生 病房 住院部")
# Night work on a building site is urban's (夜间施工) whoever lies awake: students, patients.
_NIGHT_SITE = _words(
    "工地*半夜 工地*夜里 工地*晚上 半夜*施工 夜里*施工 夜间施工 半夜*混凝土 打混凝土 浇混凝土 打桩 施工到半夜"
)
_SLEEPERS = _set("学校 住校 学生 学生们 孩子们 宿舍 住校生")
# A factory's machines heard over an estate wall are industrial noise (ecology); the estate, its
# owners and its property office are who hear it.
_FACTORY_NOISE = _words("厂*响 厂*噪音 厂*噪声 厂里*机器 机器*响 机器声 机器轰 轰隆隆")
_ESTATE_VOICE = _set("物业 业主 小区 物业公司 我们小区")
# A husband who keeps his wife's wage card or from work controls her (家庭暴力/妇女权益), not a wage.
_HUSBAND_CONTROL = _words(
    "丈夫管着 老公管着 男人管着 被她丈夫 被她老公 被丈夫 被老公 被她男人 不让上班 不让出去上班 不让她上班"
    " 不让我上班 不让出去干活 不让出去工作"
)
# A toilet a village had rebuilt is the rural toilet programme (农村改厕, agri), not a public toilet.
_VILLAGE_TOILET = _words("村里 村里的 我村 我们村 农村 改的 改厕 户厕 家里的厕所 抽粪 没人来抽")
# A toll tag charging twice is the motorway operator's or bank's (ETC, hotline), not the road's.
_TOLL_TAGS = _words("etc 重复扣费 扣了两 扣了两回 扣了两次 多扣了 扣两次 扣两回")
_UNITS_B_ROUND7 = (
    ClauseRule(_TOLL_TAGS, "transport", FALLBACK, _set("高速 高速公路 货车 跑货车的 大货车 收费站")),
    ClauseRule(_SUPPLY_FAULTS, "ecology", "power", _set("压缩机 冷库 冷库里")),
    ClauseRule(_TELECOM, "health", FALLBACK, _VENUES_THERE),
    ClauseRule(_NIGHT_SITE, "education", "urban", _SLEEPERS),
    ClauseRule(_FACTORY_NOISE, "housing", "ecology", _ESTATE_VOICE),
    ClauseRule(_HUSBAND_CONTROL, "hrss", "women", _set("工资卡 工资 工资卡也")),
    ClauseRule(_VILLAGE_TOILET, "urban", "agri", _set("厕所 厕所堵 厕所坏了 公厕 旱厕")),
)

# --- found on indep_s (round 9) ---
# A person bitten who asks for the human rabies jab is the health bureau's (疫苗接种), even where a
# pet's own jab is told beside it (nlp.ownership_a gives 给狗打 to agriculture).
_PERSON_BITTEN = _words("被狗咬 狗咬了 被猫抓 被猫咬 被咬了 咬伤了 人的狂犬 人打的 人用的")
# A shop's or clinic's licence to renew or apply for is the service hall's paperwork (行政许可审批),
# not the trade it licenses: 药店的许可证到期了要延续.
_LICENCES = _words("营业执照 执照 许可证 经营许可证 卫生许可证 食品经营许可证 执业许可证")
_RENEWALS = _words("到期 换证 延续 续期 换照 变更 注销 办下来 审批 跑了 跑几趟 要跑")
_LICENCE_PAPERS = re.compile(f"(?:{_LICENCES.pattern})[^。!?;\n]{{0,12}}?(?:{_RENEWALS.pattern})")
_LICENSED = _set("药店 药房 饭店 超市 店 店里 商店 小卖部 餐馆 饭馆 门店 诊所 营业执照 许可证 换证")
_UNITS_B_ROUND9 = (
    ClauseRule(_PERSON_BITTEN, "agri", "health",
               _set("狂犬疫苗 狂犬 狂犬病 打狂犬 被狗咬 被狗咬伤 医院 卫生院 疫苗")),
    *(ClauseRule(_LICENCE_PAPERS, unit, "approval", _LICENSED)
      for unit in ("market", "health", "police")),
)

RULES: tuple[ClauseRule, ...] = (*_UNITS_B_RULES, *_UNITS_B_ROUND5, *_UNITS_B_ROUND6, *_UNITS_B_WAVE2,
                                 *_UNITS_B_ROUND7, *_UNITS_B_ROUND9)
