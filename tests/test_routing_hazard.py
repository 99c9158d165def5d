"""What an emergency is about decides who acts on it (nlp.urgent.assess): a body in crisis or a
limb caught in a machine goes to health, an attack, someone missing or a collision of vehicles to
the police, gas or a collapse on a building site to housing, a lift or a ride to market, a live
wire to power, a chemical cloud to ecology; a fire goes to the hotline, water and other rescues
keep what their keywords say. Pinned with our own sentences; more rows with
unit labels are in tests/routing_sets/own_round3_urgent.tsv."""

from __future__ import annotations

import pytest

from nlp.router import FALLBACK, Router
from nlp.tokenizer import normalize
from nlp.urgent import HAZARD_UNITS, assess


@pytest.mark.parametrize(("text", "hazard"), [
    ("厨房里天然气呲呲地往外冒，味越来越大", "gas"),
    ("一进门一股很冲的煤气味，俺婆婆躺在厨房地上喊不醒", "gas"),
    ("电梯卡在五楼和六楼中间了，里面关着两个小孩在哭", "lift"),
    ("俺娘刚才说话突然说不清了，嘴歪到一边，手也抬不起来", "medical"),
    ("孩子把一瓶洗衣液喝了一口，现在一直咳", "medical"),
    ("冬天屋里烧煤炉子，俺爹早上起来头晕得站不起来", "medical"),  # coal smoke: a body, not gas
    ("我老公喝了酒拿皮带抽我，孩子吓得直哭", "violence"),
    ("俺家五岁的闺女在广场上一眨眼就不见了，找了一个钟头", "violence"),
    ("有个小伙子骑在大桥栏杆外面，说不想活了", "violence"),
    ("楼下仓库冒出好多黑烟，楼上还住着人", "fire"),
    ("俺家孩子掉到村东头的水坑里了，就露个头", "water"),
    ("国道上两辆车撞了，有个人卡在驾驶室里出不来", "crash"),  # a traffic accident: the police's
    ("老房子的墙塌了，把人压底下了", "collapse"),  # a rescue of a house fallen in: the hotline's
    # the shortest calls, a named emergency and what it names (an outside tester's)
    ("我爸喝农药了", "medical"),
    ("他要杀我", "violence"),
    ("家里进贼了", "violence"),
    ("村头水塘里好像漂着个人", "water"),
    ("我妈82岁了一个人在家，电话打了一上午都没人接，平时都接的", "violence"),
])
def test_an_emergency_says_what_it_is_about(text: str, hazard: str) -> None:
    emergency = assess(normalize(text))
    assert emergency.cues and emergency.hazard == hazard and emergency.words


def test_a_message_that_is_no_emergency_has_no_hazard() -> None:
    assert assess(normalize("燃气费太贵了，一个月要三百多")) == assess("")
    assert assess("").hazard == "" and assess("").cues == ()


@pytest.mark.parametrize(("text", "unit"), [
    ("俺娘忽然心口疼得直冒汗，气都喘不匀了，咋整", "health"),
    ("俺家大黄狗把邻居孩子腿咬了个大口子，血一直流", "health"),
    ("文峰路超市门口有人拿着刀乱砍，已经有人倒地了", "police"),
    ("饭店门口的液化气罐阀门坏了，一直往外冒气，旁边就是炉子", "housing"),
    ("商场的电梯忽然往下坠了一层，里面有个老人喘不上气", "market"),
])
def test_an_emergency_goes_to_whoever_acts_on_its_kind(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == unit == HAZARD_UNITS[route.hazard]
    # The decision names the words of the emergency, not only the unit's keywords.
    assert set(route.keywords) & set(assess(normalize(text)).words)


@pytest.mark.parametrize("text", [
    "鸡黍镇一个冷库着火了，火苗窜得老高，挨着好几户人家，快来灭火",
    "有个小孩掉河里了，就在莱河路那座桥下面，快！",
    "老房子的墙塌了，把人压底下了",
])
def test_fire_water_and_other_rescues_keep_what_their_keywords_say(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard not in HAZARD_UNITS
    top = route.candidates[0].unit if route.candidates else FALLBACK
    assert route.unit in (top, FALLBACK)


def test_a_fire_told_only_by_its_smoke_goes_to_the_hotline_named_by_it(router: Router) -> None:
    route = router.route("楼下厨房冒黑烟，邻居家老太太一个人在里面敲门没人应")
    assert route.urgent and route.hazard == "fire"
    assert route.unit == FALLBACK and "黑烟" in route.keywords  # not ecology's 冒黑烟 (a chimney)
    assert router.route("工厂烟囱天天冒黑烟").unit == "ecology"  # routine: the polluter's


@pytest.mark.parametrize(("text", "unit"), [
    # an outside tester's emergencies
    ("我爸在地里干活突然倒下了，叫他也不应", "health"),
    ("孩子吃花生米卡住了，脸憋得通红喘不上气", "health"),  # choking, not the peanut's agri
    ("工厂里有人胳膊被机器卷进去了", "health"),  # a limb in a machine: a doctor first
    ("两辆车撞上了，司机被夹在驾驶室里，满脸是血", "police"),  # a traffic accident, whoever is hurt
    ("厂房里有个工人被电打了，倒在地上一动不动", "health"),  # off the wire, lying still: a doctor
    ("俺家孩子手摸了插座粘住了 人直抖", "power"),  # held by a live socket: cut the power
    ("小区变压器着火了，旁边有人", "power"),  # whose it is: the transformer's
])
def test_who_gets_an_emergency_told_in_a_few_words(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == unit


@pytest.mark.parametrize("text", [
    "刚才路口两辆车撞到一块了", "水漫进屋了，现在到膝盖了", "村口拖拉机翻了，刚刚", "刚刚电线掉下来了",
])
def test_a_short_cry_needs_only_a_hazard_and_the_moment(router: Router, text: str) -> None:
    assert router.route(text).urgent


def test_a_short_thanks_that_names_a_hazard_is_no_cry(router: Router) -> None:
    assert not router.route("感谢供电所，给村里换了变压器，现在电可足了").urgent
    assert not router.route("路口的车撞坏了护栏，现在还没修").urgent  # a thing, nobody in it


def test_a_flood_that_rushes_in_is_water_and_people_who_rush_in_are_police(router: Router) -> None:
    assert assess(normalize("大水冲进院子了，快来")).hazard == "water"
    route = router.route("几个人冲进俺家打人")
    assert route.urgent and route.unit == "police"


@pytest.mark.parametrize(("text", "unit"), [
    ("脚手架上的人摔下来了，躺那一动不动", "health"),  # lies still after a fall: a doctor first
    ("有人把俺家孩子拽上车了", "police"),  # a child dragged into a car
])
def test_who_gets_an_emergency_an_outside_tester_described(router: Router, text: str,
                                                            unit: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == unit


def test_a_dike_breaking_is_an_emergency_and_a_what_if_is_not() -> None:
    assert assess(normalize("大堤冲开口子了，水往村里涌")).cues
    assert not assess(normalize("在网上办的营业执照，审核半个月了一动不动")).cues  # a form lies still
    assert not assess(normalize("桥边没有护栏，晚上有人掉下去咋办")).cues
    assert assess(normalize("孩子掉进水坑里了怎么办")).cues


@pytest.mark.parametrize(("text", "hazard", "unit"), [
    ("大堤冲开口子了，水往村里涌，屋里还有老人", "flood", "water"),
    ("暴雨灌进地下车库，水到腰了，还有人在里面", "flood", "water"),
    ("面包车翻进河里了，水快淹到车顶，里面有人", "water", FALLBACK),  # someone in the water
])
def test_a_flood_is_the_water_bureaus_and_someone_in_the_water_a_rescue(
        router: Router, text: str, hazard: str, unit: str) -> None:
    assert assess(normalize(text)).hazard == hazard
    route = router.route(text)
    assert route.urgent and route.unit == unit


def test_a_pasted_first_aid_tip_is_noise_and_alerts_nobody(router: Router) -> None:
    route = router.route("急救常识：发现有人晕倒，先看有没有呼吸，再打120，转给家人看看")
    assert route.kind == "noise" and not route.urgent and route.hazard == ""


def test_staff_hitting_those_in_their_care_stays_with_the_unit_over_them(router: Router) -> None:
    assert router.route("幼儿园的老师打孩子，孩子回家一直哭").unit == "education"


@pytest.mark.parametrize("text", [
    "化肥厂每天傍晚冒烟，一股烧焦的味道，开窗就呛",
    "工厂的废气让村民们呼吸困难，希望环保局来查",
    "诊所的医生给孩子打针打得胳膊肿了",
    "学生在校吃饭必须交钱，家长有意见",
    "施工队切开水泥路面一个月了也不恢复",
    "物业把小区的树砍掉了，也不跟业主商量",
    "信号塔嗡嗡响，吵得人心脏都快蹦出来了",
    "俺媳妇今年要生了，生育保险咋报销",
    "冷库的抽风机日夜响，老人睡不着",
    "老人每天吃药花不少钱，慢性病能报销吗",
])
def test_words_of_a_nuisance_or_a_plan_are_no_emergency(text: str) -> None:
    assert assess(normalize(text)).cues == ()


def test_a_long_message_keeps_its_keywords_unit(router: Router) -> None:
    """Over 120 characters a message recounts rather than calls: still urgent when it tells of
    an emergency, and its kind is known, but it is routed by what its keywords say."""
    text = ("我们是城东幼儿园的家长，想反映学校食堂的问题：饭菜经常是凉的，分量也少，孩子们吃不饱，"
            "家长委员会提过好几次意见，园长都说会改，可一直没改。今天中午接孩子的时候，"
            "有个孩子突然倒在门口抽搐，口吐白沫，老师都慌了，我们赶紧打了120，希望教育局管管。")
    assert len(text) > 120
    route = router.route(text)
    assert route.urgent and route.hazard == "medical" and route.unit == "education"


def test_a_long_letter_about_gas_is_known_as_gas(router: Router) -> None:
    """The gas advice to the citizen follows the hazard, so a long letter must carry it too."""
    text = ("我是城西花园小区七号楼的住户，今天下午四点多下班回家，一进单元门就闻到一股很重的燃气味，"
            "越往上走味道越重，到了五楼最冲。五楼那家的门关着，敲了半天门没人开，可是能听见里面电视响，"
            "他家就住着一个七十多岁的老爷子，平时一个人在家。邻居们都不敢开灯，也不敢按门铃，"
            "燃气公司电话总是占线，现在到底该怎么办啊")
    assert len(text) > 120
    route = router.route(text)
    assert route.urgent and route.hazard == "gas"


@pytest.mark.parametrize(("text", "unit"), [
    # round 5: each kind of emergency to whoever acts on it (our own sentences, not set D's)
    ("塔吊倒了，砸在工棚上，里面还有人", "housing"),
    ("工地上挖的沟塌了，一个工人被土埋到腰了", "housing"),
    ("俺爹的手让铡草机铡了，血哗哗的", "health"),
    ("饲料粉碎机把俺兄弟的胳膊卷进去了", "health"),
    ("大车跟面包车撞了，面包车里的人出不来", "police"),
    ("两辆电动车撞一块了，一个老太太躺地上起不来", "police"),
    ("一辆黑色轿车把人撞了直接开跑了，人还躺着", "police"),
    ("一个老头骑车自己摔沟里了，腿断了", "health"),
    ("高压线掉下来了，搭在三轮车上，车上有人", "power"),
    ("孩子拿铁丝捅插座，被电住了拽不开", "power"),
    ("化工厂漏气了，一股刺鼻的白烟往学校那边飘，学生都在咳嗽", "ecology"),
    ("摩天轮停了，俺孩子在最上面下不来，吓得直哭", "market"),
    ("商场扶梯把小孩的脚夹进去了", "market"),
    ("有个人站在楼顶边上，要往下跳", "police"),
    ("有几个人把一个学生堵在巷子里打", "police"),
    ("宿舍楼着火了，楼上还有学生", FALLBACK),
    ("大雨下了一夜，水都进屋了，淹到腿了，俺娘腿脚不好", "water"),
])
def test_each_kind_of_emergency_goes_to_whoever_acts_on_it(router: Router, text: str,
                                                           unit: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == unit


@pytest.mark.parametrize("text", [
    "俺男人在猪圈里清粪池，下去就没声了",  # a confined space's fumes
    "俺爷一个人在家，打电话一天了都不接，平时都接的",
    "吃喜宴的人上吐下泻，倒了一片",
    "楼里全是烟",  # the shortest cries
    "有人打架，见血了",
    "孩子发烧抽过去了",
    "窗户外头有人挂着",
])
def test_an_emergency_described_in_other_words_is_urgent(router: Router, text: str) -> None:
    assert router.route(text).urgent


@pytest.mark.parametrize("text", [
    # a past, feared or fixed danger, or an attitude: a plain report
    "去年工地围墙倒了砸伤过人，现在又歪了，赶紧管管吧",
    "上个月俺厂里有人手被机器卷了，老板到现在不给医药费",
    "前几天路口两辆车撞了，交警到现在也没出认定书",
    "高压线离俺家房顶太近了，孩子在房顶上玩早晚出事",
    "俺家房子前些天着火了，人都没事，能申请救助吗",
    "邻居家孩子老在楼顶边上玩，大人也不管",
    "邻居家狗咬了俺孩子，打了疫苗花了八百，邻居不给钱",
    "护士扎了三针都没扎上，说她两句还翻白眼",
    "河堤让人挖了个口子，到了汛期水一涨可咋办，趁现在没水赶紧修",
    "孩子在学校叫几个大孩子堵在厕所里打，老师说是闹着玩的",
    "小区门口晚上老有人打架，吵得睡不着",
    "楼道里全是杂物，着火了都跑不出去",
    "孩子在幼儿园被咬了一口，老师也不说",
    "俺娘在医院挂着水呢，医保卡刷不了",
    "养鸡场的味熏人，村里好几个老人说夜里喘不上气",  # what many say: a nuisance's evidence
])
def test_a_past_feared_or_fixed_danger_is_not_urgent(router: Router, text: str) -> None:
    assert not router.route(text).urgent


def test_a_letter_recounts_unless_it_calls_with_the_moment() -> None:
    """Over 200 characters, a named emergency is told, not called, unless told with the moment."""
    story = "我们小区的电梯从交房以来就经常出问题，物业总说在修，" * 8
    told = "业主被困在里面喊救命，物业一个小时才来，希望给换新电梯。"
    called = "刚才电梯又坏了，我家孩子被困在里面喊救命，快来人！"
    assert assess(normalize(told)).cues  # alone, a short message: recall first
    assert len(normalize(story + told)) > 200 and not assess(normalize(story + told)).cues
    assert assess(normalize(story + called)).cues


@pytest.mark.parametrize("text", [
    "快来人救火啊",  # a plea for the fire brigade, in three or four characters
    "拖拉机翻了人卡在底下",  # someone pinned
    "墙倒了压住人了",
    "电动车撞到人了",  # a person just hit
])
def test_a_short_call_is_urgent_and_names_what_made_it_one(router: Router, text: str) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent) == ("report", True)
    assert route.keywords  # every decision names its keywords, an emergency's too


@pytest.mark.parametrize("text", [
    "消防通道被堵死了，救火车都开不进来",  # the fire engine, not a fire
    "晒粮食的占了半边路，差点压着人",  # a near miss is a risk told, not an emergency
])
def test_its_look_alikes_stay_routine(router: Router, text: str) -> None:
    assert not router.route(text).urgent
