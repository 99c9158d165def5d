"""Emergencies: a named emergency, or a hazard with a person in danger now.

Callers to 110/119/120 often do not name the emergency ("楼道里全是烟，里面还有人"), so besides the
phrases that name one (救命, 着火, 溺水 …) a message is urgent when it describes

- an acute hazard (smoke, gas, water coming in, a live wire, a crash, a collapse or a machine, a
  weapon or blows, a body in crisis, a birth, a fall, someone missing) close to a person in danger
  (inside, trapped, unable to move or breathe, bleeding, unconscious) or to words of the moment
  (现在, 快来, 怎么办), or
- a vulnerable person (a child, an elder, a pregnant woman, anyone) close to a person in danger.

Recall comes first: a false alarm costs a reminder, a miss can cost a life. A routine complaint
stays routine: a described hazard told as a recurring or past matter (天天, 好几个月, 去年) with
nothing happening now is not an emergency, and "没有人受伤" cancels the cue it negates.

Patterns work on normalised text (nlp.tokenizer.normalize) and are data-like tables.
"""

from __future__ import annotations

import re

__all__ = ["urgent_cues"]


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# Emergencies named outright: each is enough on its own.
_NAMED = _any(
    # help right now
    r"救命|求救|快来人|来人啊|快来救|快救|救救(我|他|她|孩子|俺)(?!们)|快叫(救护车|120|人)|叫救护车|打120|快报警|快打110|报警啊",
    # fire, explosion
    r"着火|起火|失火|火灾|着大火|起大火|大火烧|火(特别|很|太|非常)大|烧起来|燃起来|火苗|火光|火势|灭火",
    r"爆炸|(煤气罐|液化气罐|锅炉|电瓶|电池|充电宝|电动车)(爆|炸)了?",
    # gas
    r"(煤气|燃气|天然气|液化气|沼气)(味|泄漏|泄露|漏了|漏气|中毒)|漏气|一氧化碳中毒|煤气中毒|中毒了",
    # water
    r"(掉|落|摔|跌)(进|到|入)?了?(河|水|井|湖|塘|池|沟|渠|粪池|化粪池|水库|冰窟窿)",
    r"(跳|滑|冲)(进|到|入)了?(河|井|湖|塘|池|水库)|溺水|被水冲走|冲走了|决口|溃坝|漫堤",
    # body in danger
    r"叫不醒|喊不醒|昏迷|晕倒|昏倒|昏过去|晕过去|不省人事|倒地不起|倒在地上|(喘|透)不(上|过)气|上不来气",
    r"呼吸困难|没(了|有)?呼吸|没气了|没有心跳|嘴唇(都|发)?紫|脸都紫|抽搐|抽风|口吐白沫|吐白沫|一动不动",
    r"不会动了|胸口(疼|痛)|心脏病(犯|发)|心梗|脑梗|中风了|休克|大出血|血流不止|流血不止",
    r"(流|出)了?(好多|很多|一地|满地|大量)的?血|(浑身|满身|满脸|一身|头上)(都)?是血|割腕",
    r"误(喝|服|食|吃)|喝了?.{0,4}(农药|敌敌畏|百草枯)|吃了?.{0,4}(老鼠药|安眠药)",
    r"被电(打|击|到|着)了?|触电|噎住|卡住喉咙|羊水破|要生了|快生了|生在(路上|车上|家里)",
    # violence, crime in progress
    r"(拿|持|举|提)(着)?(菜|砍|水果|尖)?(刀|棍|斧|枪|砖|锤)|砍(人|我|倒|伤|死)|捅(人|我|伤|了)|杀人|要杀",
    r"打死|弄死|抢劫|绑架|劫持|(撬|砸|踹)(我家|我们家|家)?(的)?门|非礼|强奸|被拐|拐(走|卖)了?(孩子|小孩|儿童)",
    r"(被|让)(陌生人|人|坏人).{0,6}(拽|拖|抱|抢|拉|带)(走|上车)|拽上车|抢孩子|抱走了",
    # suicide, collapse, trapped
    r"(要|想)(往下)?跳(楼|河|下去|下来)|跳楼|跳河|轻生|自杀|往下跳|不想活了",
    r"被(压|埋|困|卷)|压在(底下|下面)|埋在(底下|下面|里)|卡在(车|里)|困在|(锁|关)在车里|卷进|绞进",
    r"往下掉|坠楼|摔下来|从.{1,6}(上|顶)(摔|掉)下|撞(倒|飞|伤|死)|车祸.{0,12}(流血|昏|不动|卡|压|死)",
    r"(井|坑|窖|洞|沟).{0,12}(掉|摔|跌|落)(进|下)去了|(高压线|电线).{0,8}(掉|断|冒火|着)|(家|屋|楼|房|车|电箱|电表箱).{0,4}冒(出)?(好多|很多|大)?(的)?(烟|火)",
    r"(孩子|小孩|老人)[^。的]{0,6}(走丢|丢了|不见了|找不到了)|走失",
    r"(燃气|天然气|煤气)(管|管道|管子).{0,4}(断|破|裂|漏)了|活着没意思|不想活|要从.{0,8}跳下",
    r"当糖吃|吃了?.{0,4}(药片|洗衣液|消毒液|干燥剂|电池)|喝了?.{0,4}(洗衣液|消毒液|84|酒精|汽油|柴油|洁厕灵|药水)",
    # the same, in the words of someone who sees it happen
    r"(着|起)了?火|冒(出)?了?火(?!星)|火(烧|着)起来|"
    r"(车|房|屋|楼|仓库|厂房?|车库|电动车|三轮车?|草垛|柴火垛|秸秆垛|电线|电箱|插座|油锅|停放处)"
    r"(子|里|上)?.{0,4}(着了|烧着|冒烟|冒火|烧起来)",
    r"溺|扑腾|不会游泳|(掉|落|栽|跌|滑)(进|到|入)?了?(河|水|井|湖|塘|池|沟|渠|水库|粪坑|冰)|冲塌|冲垮|冲走",
    r"(压|碾|轧)在(车|车轮|轮子|底下|下面)|连环(追尾|撞)|撞了?人(就跑|后逃|逃逸)|(有人|人)(受伤|伤得|被打伤|被砍)",
    r"伤者|伤员|被(人)?(关|锁|困)在.{0,8}(出不去|出不来)|不放我|绑(了|走|住)|哭喊|呼救|喊救命",
    r"(头|头上|身上|脸上|腿上|手上|嘴里)(一直|还)?在?(流|出|冒)血|血止不住|要跳|想跳|遗书|寻短见",
    r"(摔|掉|跌|坠)(下去|下来)了?.{0,8}(不会动|不动|起不来|昏|晕|流血|没反应|不答应)",
    r"不会动了|不动了|(叫|喊)(他|她|人)?(也|都)?不答应|没(有)?反应了",
    r"(孩子|小孩|女儿|儿子|闺女|老人|母亲|父亲|老母亲|老父亲|我妈|我爸|老伴|(我|俺)(娘|爹|奶奶|爷爷|姥姥|姥爷))[^。的]{0,12}"
    r"(走丢|丢了|不见了|找不到|没回家|没回来|联系不上|失踪)",
    r"(抱|拽|拉|拖|抢)(上|进)?.{0,6}车.{0,2}(开)?走|被(人)?(抱|拽|拉|拖)走|被(人)?跟踪|有人跟踪|(有人|男的|陌生人)一直跟着我",
    r"(狗|犬).{0,6}咬.{0,10}(血|深|伤)|被狗咬伤|炸了|塌方|被埋|埋住|压住|倒地|倒在地|躺在(路|地|马路)",
    r"呕吐.{0,10}(昏|晕|倒)|漏电|电(到|着)(人|孩子|了)|碰到.{0,6}电线|浑身抽|困在(屋顶|房顶|树上|楼顶)",
    r"水库.{0,4}(漏|决口|垮|溃)|管涌|溃堤|决堤|放火|纵火|烧车|(挖|弄|撞|碰)断了?(燃气|天然气|煤气)管?",
    r"地震了|山体滑坡|泥石流|泼了?(汽油|硫酸)|上吊|吊死|(煤气|燃气|天然气|液化气).{0,8}(漏|冒气|呲|泄)",
    # trapped in a lift, buried under what fell, smoke from a home: 电梯里关着人, 塔吊倒了下面有工人
    r"(电梯|轿厢)(里|内)(还)?(关|困|卡)(着|住)(人|孩子|小孩|老人|一个人)",
    r"(塔吊|吊车|脚手架|房子|房屋|墙|围墙|楼|棚|桥|屋顶|房顶).{0,3}(倒|塌)了?.{0,8}"
    r"(下面|底下|里面|里头)(还)?(有|压着|埋着)(人|工人|孩子|小孩|老人)",
    r"(家|屋里|楼上|楼下|房子|车)(里)?冒(出)?了?(黑|浓)烟",
    # swallowed, held, followed: 把电池吞下去了, 不让我下车
    r"(把|将).{0,8}(电池|纽扣|硬币|磁铁|药|钉子|别针|鱼刺|珠子|图钉).{0,3}(吞|咽)(下去|进去|了)",
    r"不让(我|俺|她|他)(走|出去|离开|下车|回家)|往(外|城外|郊外|山里|偏僻的?地方)开",
)

# A described emergency, sign by sign: what can hurt (a hazard), what it is doing to someone (a
# person in danger), who (a vulnerable person) and when (now). Each kind counts once per stretch
# of text, with its weight; enough together (URGENT) is an emergency.
_SIGNS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("fire", 2.5, _any(
        r"着火|起火|失火|火灾|冒烟|黑烟|浓烟|烟雾|着了(?!急|迷|凉)|烧着|烧起来|燃起来|点着|点燃|引燃|玩火|火苗",
        r"火光|明火|火势|火海|大火|烧焦|焦糊|糊味|焦味|冒(出)?了?火(?!星)|火烧|自燃|起烟|冒出烟|火(往|窜)|被烟",
        r"(?<!油)烟(很|太|特别|越来越)?(大|浓)|全是烟|一屋子烟|满屋子?烟",
    )),
    ("smoke", 1.5, _any(r"(?<![油香抽吸卷纸])烟(?![囱草花酒头民瘾味])")),
    ("blast", 2.0, _any(r"爆炸|炸了|爆了|要爆|快爆|锅炉|压力表|爆燃|闪爆|炸开|巨响|轰的一声")),
    ("gas", 1.5, _any(
        r"煤气|燃气|天然气|液化气|沼气|瓦斯|氨气|氯气|毒气|漏气|呲气|冒气|嘶嘶|嗤嗤|泄漏|泄露|化学品|很冲",
        r"(气味|味道|味)(很|特别|越来越)?(大|冲|浓|呛)|臭鸡蛋味|烂鸡蛋味|都是(气)?味|满屋子?(都是)?(味|气)",
    )),
    ("water", 1.5, _any(
        r"(河|井|池塘|水塘|坑塘|鱼塘|水坑|河沟|水沟|湖|水库|粪池|沼气池|化粪池|冰|游泳池|泳池|地窖|下水道|窨井|水)(里|边|中|下)",
        r"水面上|(漂|浮)着",
        r"落水|溺|水塘|池塘|坑塘|冰面|冰窟窿|水库|人工湖|深水|(漫|灌|涌|冲)进|进水|淹到|没过(胸口|腰|脖子|头)",
        r"大坝|堤坝|坝(体)?(渗|漏|裂)|(渗|漏)水越来越|扔(进|到)?(了)?(河|水|井)",
        r"水越来越|往下沉|沉下去|扑腾|不会游泳|冲走|卷走|决口|溃坝|洪水|山洪|涨水|被水|滑下去|船(翻|沉)|翻船",
    )),
    ("power", 1.5, _any(
        r"触电|被电|电(打|击|到|着)|漏电|电火花|火花|电线|高压线|变压器|电箱|插座|电瓶|充电",
    )),
    ("traffic", 1.5, _any(
        r"车祸|撞|追尾|翻车|侧翻|翻(到|进)?沟|翻(到|进)|碾|轧|被车|车底|车轮|(刮|碰|蹭)倒|铁道|铁轨|火车道|高速",
        r"(国道|省道|公路|马路|路|车道|高速)(中间|中央)|(国道|省道|公路|马路|高速)上|油罐车|渣土车|货车|逆行|车来车往",
    )),
    ("fall", 2.0, _any(
        r"摔(下|倒|了)|掉(下|进|到)|坠|(?<![快要])塌|埋|砸(到|中|伤|破)|压(在|住|着|到)(?!力)|卷(进|到)|绞(进|到)|夹住",
        r"(?<![保行用员饭交值油物话机书通惠])卡(住|在)|被机器|(塔吊|吊车|脚手架|墙|房子|楼|树|电线杆|广告牌|货架|棚子?)(倒|塌)了|滑坡|泥石流|地震",
        r"落石|滚石|冲下来|爬(出去|到|上)|窗外|空调外机|半空|悬在|吊在|(窗台|阳台|楼顶|房顶)(外面|外边|边上)",
        r"刮(下来|倒)|泡塌|轮子|车轮(下|底)|压了|碾了|滚下|从.{0,6}(上|楼梯)滚",
    )),
    ("violence", 2.5, _any(
        r"(?<![削带])刀(?![削鱼豆口])|斧|棍|枪|砍(?!价|一刀)|捅|掐|勒(住|脖)|打(人|我|他|她|孩子|老婆|媳妇|老人|起来|死|伤|砸|得)",
        r"殴打|被打|动手|群架|追着|冲进|闯进|打砸|砸门|门砸了|推倒|锁在|关在|关起来|被关|绑(了|住|走)|抢(劫|钱|包)",
        r"(进了|来了|有)(小偷|贼)|入室|劫|围(住|在|着)|勒索|要钱|泼(了)?(汽油|硫酸|油)|(要|想)烧|烧房子|放火|纵火|跟踪|跟着我|骚扰|猥亵|非礼|摸(女|我|她|孩子|小孩)",
        r"露下体|(拉|抱|拽|拖)(上|进)了?.{0,3}车|带走|强行|拖着走|堵在.{0,4}门口|说.{0,8}(砸|打死|杀|弄死|烧)",
        r"撬(门|锁|窗)|砸窗|酒瓶|砸.{0,6}头|不往目的地|往(山里|偏僻)|不让下车|不停车|翻过栏杆|爬上栏杆",
        r"拿(着)?.{0,3}(刀|棍|皮带|鞭子|砖|斧|锤|铁棍)|抽(我|他|她)|被.{0,6}控制|限制.{0,4}自由|没收|刺(伤|了)",
    )),
    ("fraud", 2.0, _any(
        r"被骗.{0,10}(转|汇|打)钱|要去.{0,4}(银行|转账|汇款)|拦不住|正在转账|要转账|正在汇款",
    )),
    ("poison", 2.0, _any(
        r"(吃|喝|误食|误服|吞)(了)?.{0,6}(药|农药|洗衣液|消毒液|蘑菇|老鼠药|安眠药|汽油|酒精|电池|干燥剂)|中毒",
        r"吞(下|了)|误吞|咽下去|吞(下去|进去)|过量",
    )),
    ("body", 1.5, _any(
        r"晕|昏|抽搐|抽风|一直抽|抽起来|白沫|吐(了|血|个)|呕吐|喘|费劲|憋|噎|心脏|胸口|冷汗|冒汗|说不出话|胡话|歪倒",
        r"嘴(也)?歪|半边|发紫|高烧|烧到|发烧四十|四十度|疼得|痛得|剧痛|(?<![心白])血(?!汗|压|糖|脂|型|统|缘|本|亏|病)",
        r"肿|起疹|疹子|过敏|麻了|发麻|咳|流眼泪|癫痫|羊癫疯|中风|脑梗|心梗|休克|抽筋|打滚|冷汗|大包|鼓包|在吐",
    )),
    ("burn", 2.5, _any(
        r"烫(伤|了|到|掉)|烧伤|起泡|开水|热油|热水(喷|浇|洒|泼|溅)|蒸汽(喷|烫)|喷了.{0,4}一身",
    )),
    ("animal", 2.0, _any(
        r"(狗|犬).{0,6}(咬|扑)|咬(伤|了|掉|下)|疯狗|扑倒|蛇|蜂蜇|马蜂|(牛|羊|马|猪)(顶|踢|撞)|顶伤|踢伤",
    )),
    ("birth", 2.5, _any(r"见红|羊水|要生了|快生了|生在|分娩|早产|临产|破水|产后|生下来|在家生了")),
    ("despair", 2.5, _any(
        r"跳(楼|河|桥|下)|要跳|想跳|栏杆外|楼顶边|自杀|轻生|不想活|活着(太)?(累|没意思)|遗书|想不开|寻短见",
        r"割腕|把自己(反)?锁|反锁|上吊|吊死|喝药",
    )),
    ("missing", 2.0, _any(
        r"不见了|找不到|走丢|走失|失踪|没回来|没回家|联系不上|打不通|关机|一转眼|一眨眼|一晃眼|人没了|没上来|老年痴呆|痴呆|迷路",
        r"找不着|没到校|没去学校|没到家|电话不接|脑子不清楚|(电话|手机).{0,8}(不接|没人接|打不通|关机)",
    )),
    ("danger", 3.0, _any(
        r"不动了|不会动|一动不动|(?<!怎么)(?<!为啥)(?<!咋)没反应|不答应|叫不醒|喊不醒|拍不醒|不醒|不省人事|昏迷|晕倒|昏倒|倒下|倒地|倒在",
        r"(叫|喊|问)(他|她|人)?(也|都)?不(答)?应|(叫|喊|问)(他|她|人)?(也|都)?不(说话|吭声|回应|理)|冻(得|的)(发抖|不行|直哆嗦)|冻僵|没(浮|冒)上来|半天没(浮|冒|上来|动静|出来)|晕在",
        r"躺在(地|路|马路|铁|国道|公路|省道)|出不来|出不去|下不去|下不来|上不来|没上来|困住|被困|困在|压在|压住|卡住|夹住",
        r"起不来|站不起来|爬不起来|磕破|头破|生下来不哭|不会哭|没有哭声|没哭声",
        r"埋住|被埋|往下沉|沉下去|喘不上|喘不过|透不过气|浑身抽|抽搐|流(了)?(好多|很多|一地|一滩)?血|在流血",
        r"出血|血止不住|破了头|头破血流|(腿|胳膊|手)(摔|打)?断|骨折|受伤|伤者|快不行|要死|出人命|迷糊|神志不清",
        r"无法呼吸|呼吸不上|没法呼吸|呼吸不了|脸色(发)?(青|紫|白)|发青|眼睛往上翻|翻白眼|抽了|"
        r"说不出话|说话(也)?说不清|话都说不清|下不来|站不住|不敢动|动不了|(不|没法)能动|(里面|上面|下面)(还)?有人|有人在里面",
        r"(屋|家|车|楼|房|电梯)里(好像|可能)?(还)?有(个)?(人|老人|孩子|小孩|老太太|老头|病人)",
        r"没(跑|逃)?出来|(好像|可能)还有(个)?|露个头|(?<![保行用员饭交值油物话机书通惠])卡在|压着|反应(很|特别)?慢|够不着|拉不上来|救不上来",
        r"不敢下|没大人|家里没人|都是血|满嘴血|满脸血|全是血|躺着|趴着|说话不清|抬不起来|一边(胳膊|身子|腿)",
        r"没人应|敲门没人|没人开门|不出声|不吭声|没动静|口子|伤口|手机被(收|抢|夺)|偷偷(发|打)",
        r"砸(到|中|伤)了?.{0,6}(人|行人|路人|工棚|宿舍|房|车|孩子)|嘴唇(都|有点)?(发)?(紫|乌|青|黑)|躲(在|到)|(铁轨|铁道|马路|高速|路中间)上(睡|躺|坐|走)",
        r"(孩子|小孩|老人).{0,4}一个人|陌生(人|男|女)|(在|还在)里面|好像(在)?动|还在动",
        # hurt, by the look of it: 砸伤 扎穿 刺伤 咬断 …; a hand, a finger, flesh gone or torn open
        r"[砸扎刺咬烫烧摔撞压割划砍捅踢顶夹绞碾戳](伤|穿|断|破|烂)|[咬砍割切撕绞](掉|下)了?(一块|一截|半)|"
        r"(手指|手|脚|腿|胳膊|骨头|肉|皮)(头)?.{0,3}(没了|断了|露出来|翻出来|掉了)",
    )),
    ("person", 0.5, re.compile(
        r"孩子|小孩|婴儿|宝宝|娃|老人|老太太|奶奶|爷爷|孕妇|产妇|孙子|孙女|外孙|大娘|大爷|大妈|母亲|父亲|醉汉|病人|有人(?!来|管|去|说|反映|负责|处理|修|过问)|"
        r"有个人|一个人|几个人|好多人|很多人|工人|学生|行人|路人|女孩|客人|顾客|女的|男的|(女|男)朋友|室友|同事|工棚|宿舍|"
        r"(我|俺)(爸|妈|爹|娘|奶奶|爷爷|姥姥|姥爷|外婆|外公|老伴|老公|媳妇|老婆|儿子|女儿|闺女|孩子|弟弟|妹妹|哥|姐)"
    )),
    ("now", 1.0, re.compile(
        r"现在|刚才|刚刚|突然|正在|还在|已经|一转眼|马上|赶紧|立刻|快(来|点|救)?[!！]|快来|救(?![助济灾])|帮帮|求求|"
        r"怎么办|咋办|急|越来越|往外跑|都跑了|跑出来|哭|刚看见|刚看到|刚发现|快没电|快快|半天不来|还没来|在睡觉|睡着了"
    )),
)
# Any sign of harm at all: most messages have none, and need no closer look.
_ANY_HARM = re.compile("|".join(
    pattern.pattern for kind, _, pattern in _SIGNS if kind not in ("person", "now")
))
_URGENT = 3.0  # signs' weight that makes an emergency, with a hazard and one more sign besides who
_STRETCH = re.compile(r"[^。!?;\n]+[。!?;\n]*")  # sentences; a stretch is one and the next

# A described hazard told as a recurring or past matter: routine, unless something happens now.
_ROUTINE = _any(
    r"好几天|几天了|好几个月|几个月|半年|一年|多年|好几年|天天|每天|每晚|经常|老是|总是|长期|好久|多次",
    r"整天|成天|一天到晚|没日没夜|好几次|好几回|好多次|几次了|出院|好几个人了|处理完|已经解决|没事了",
    # the frame of a complaint about what happened, not a call for help
    r"说法|赔偿|赔钱|医药费|报销|补偿|投诉|处理结果|不管不问|怎么申请|补贴|多少钱|费用|工资|合同|离婚|维权",
    r"去年|上个月|上周|前几天|前段时间|以前|曾经|之前|那次|一到(晚上|夏天|冬天|下雨)|每到|每逢",
    # smoke of burning in the open, a burst tyre: a nuisance or damage, nobody in danger
    r"(烧|焚烧)(秸秆|麦秸|稻草|垃圾|树叶|荒草)|爆胎|(车胎|轮胎)(都|也)?爆",
)
_NOW = re.compile(r"正在|刚刚|刚才|此刻|快来|救命|救救")
# A cue cancelled by what precedes it: "不是着火", "没有人受伤", "脱离危险" — not an emergency;
# or only feared: "一旦失火", "防止溺水", and after it "火灾隐患", "消防灭火设备", "跳楼事件".
_NEGATED = re.compile(r"(不是|没有|没|不会|不|别|无|未|脱离)(人|人员|一个人)?$")
_FEARED = re.compile(r"一旦|万一|如果|若是|假如|以免|防止|预防|防范|避免|杜绝|消除|谨防|严防|担心|怕")
_FEARED_AFTER = re.compile(r"^.{0,2}(隐患|风险|演练|设备|设施|器材|通道|事件|事故|意识|知识|安全)")
# ... or told as the past or as what keeps happening, with nothing said to happen now since:
# "去年发生了火灾", "2015年3月29日从台阶上摔下", "业主经常被困电梯".
_PAST = re.compile(
    r"\d+年|\d+月\d+[日号]|去年|前年|前几年|几年前|多年前|以前|上个月|上周|那年|那天|当时|曾经|前不久|"
    r"昨天|昨晚|前天|有一次|经常|天天|每天|老是|总是|多次|频繁"
)
_SINCE = re.compile(r"现在|正在|刚刚|刚才|此刻|马上|赶紧|快|又")




def _cancelled(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] say it is not an emergency now."""
    if _NEGATED.search(text[max(0, start - 5) : start]):
        return True
    if _FEARED.search(text[max(0, start - 8) : start]) or _FEARED_AFTER.match(text[end : end + 4]):
        return True
    before = text[max(0, start - 20) : start]
    past = [m.end() for m in _PAST.finditer(before)]
    return bool(past) and not _SINCE.search(before, past[-1])


def _found(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that say something is happening now."""
    return [m for m in pattern.finditer(text) if not _cancelled(text, m.start(), m.end())]


def _described(text: str) -> str:
    """The signs of a described emergency in the strongest stretch of text, or ""."""
    if not _ANY_HARM.search(text):
        return ""
    sentences = [m.group() for m in _STRETCH.finditer(text)] or [text]
    best, cue = 0.0, ""
    for number in range(len(sentences)):
        stretch = "".join(sentences[number : number + 2])
        found = {}
        for kind, weight, pattern in _SIGNS:
            matches = {m.group() for m in _found(pattern, stretch)}
            if matches and not (kind == "smoke" and "fire" in found):
                # A second and third sign of the same kind add a little: 烫了 … 起泡.
                extra = 0.5 * min(2, len(matches) - 1) if kind not in ("person", "now") else 0.0
                found[kind] = (weight + extra, "/".join(sorted(matches)))
        total = sum(weight for weight, _ in found.values())
        hazards = [kind for kind in found if kind not in ("person", "now", "danger")]
        enough = bool(hazards) or "danger" in found
        if total >= _URGENT and enough and total > best:
            best, cue = total, "+".join(group for _, group in found.values())
    return cue


# Named cues typed by sound (着伙 for 着火, 救名 for 救命): checked with nlp.homophones' readings.
_SOUNDS = ("着火", "起火", "失火", "救命", "报警", "救人")
_CODE = re.compile(r"[a-z0-9一二三四五六七八九十两几]")
_SHORT = 60  # characters: a cry for help is short
_LETTER = 200  # characters: a letter this long recounts what happened, it does not call for help


def _sounds_like(text: str) -> list[str]:
    """Short cries for help typed by sound; a long text or a code or number nearby is no slip."""
    from nlp.homophones import readings

    found: list[str] = []
    if len(text) > _SHORT:
        return found
    for start in range(len(text) - 1):
        if _CODE.search(text[max(0, start - 1) : start + 3]):
            continue
        pair = text[start : start + 2]
        for word in _SOUNDS:
            if pair != word and (pair[0] == word[0] or pair[1] == word[1]) and all(
                readings(a) & readings(b) for a, b in zip(pair, word, strict=True)
            ) and not _cancelled(text, start, start + 2):
                found.append(f"{word}({pair})")
    return found


def urgent_cues(text: str) -> tuple[str, ...]:
    """The emergency phrases found in normalised text, in order (empty when none).

    A described emergency is reported as its signs, e.g. "全是烟+下不去+六楼".
    """
    cues = [m.group() for m in _found(_NAMED, text)] + _sounds_like(text)
    if len(text) <= _LETTER and (not _ROUTINE.search(text) or _NOW.search(text)):
        described = _described(text)
        if described:
            cues.append(described)
    return tuple(dict.fromkeys(cues))
