"""Pasted texts: adverts, public notices and announcements, recipes, encyclopedia and news text.

A pasted text is recognised by its shape and function, not by its topic: a notice has a header
(【…】, 停水通知：, 安全提示：) or addresses the public and tells it what to do (严禁…, 请各村…, 违者…);
an advert sells (a price, a promotion, a phone number, 欢迎选购); a recipe is a run of cooking
steps; an article defines, describes or reports in the third person (…是一种…, 据悉, 同比增长). A
citizen who quotes any of them still speaks in their own voice (我, 可是, 为什么, ？), and then the
message is a report.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.prose import FACTS, JOKE, LAUGH, definition, song
from nlp.regex import quick
from nlp.signed import NUISANCE, contact_card, untailed

__all__ = ["NEW_MATTER", "TROUBLE", "distinct", "is_pasted"]

# What turns praise into a complaint: a "but", something missing or wrong.
TROUBLE = (
    r"但(是)?|可是|不过|然而|却|(?<!又.)(?<!且)又(?!.{1,2}又|问|说|道|笑|称|名)|还(是)?没(?!(下班|休息|睡|吃))|仍然|依然|至今|一直没|没人管|(?<![给管修理来通发])不(给|管|修|理|来|通|发)|(?<!天)不亮|"
    r"太(贵|差|慢|难|乱|脏|吵)|管(管|一管)|(太|很|非常|特别)?危险了|隐患|歪了|怀疑|没有?(行医)?(资质|资格|执照)|坏|堵|漏|裂|塌|坑洼|坑坑洼洼|睡不(好|着)|停(水|电|气)|没(水|电|气)|欠|拖|骗(了|我|钱|走)|被骗|偷|吵|臭|脏|乱|打人|"
    r"为什么|凭什么|跑了|没了|丢了|不见了|(?<![笑乐烦])死了|伤了|病了|难|不够|(?<!行)不行|(?<![多老不])少(?![许量吃喝放加盐油糖跑见])|(?<!意想)不到(?![一二三四五六七八九十两半几\d])|买不到|没处理|没解决|结案|"
    r"根本没|没(发|到账|兑现|落实)|[,，。]可(这|那|我|俺|咱|现在|到现在|实际|他|她|它|就是|还|都|人家|谁|今天|如今|至今|直到)|不处理|不解决|敷衍|扣(了|钱|工资|我|俺)|没给|不让|"
    r"被.{0,6}(收|占|拆|扣|砍|打|骗|偷|抢|撞|咬|罚|拉走|拖走|卡|平了|推平|推倒|挖|毁)|(?<=[得的])厉害|"
    # a nuisance told with a smile (谢谢老板每晚免费送的演唱会): a loudspeaker heard through walls
    r"(音箱|音响|喇叭|低音炮).{0,8}(放|开|响|震)|比.{1,8}还(清楚|响|大声)|违规|违法|非法|污染|欺诈|伪劣|卡顿|闪退|打不开|"
    r"登(录)?不(上|了)|(时限|期限)已过|超期|"
    # a body in distress told by its symptoms (喘得跟拉风箱一样, 躺不下, 疼得直打滚)
    r"喘得|喘不(上|过)|躺不下|不顶用|疼得|烧得|吐血|"
    # a purchase or a fee imposed on everyone, rubbish heaped up: 让每家买指定的…, 堆得比人还高
    r"让(每家|每户|每人|每个|家长|学生|我们|俺们|大家|全村)[^,，。]{0,6}(买|交|缴|订|掏|出钱)|堆(得|成|满)"
)
_TROUBLE_NOW = quick(TROUBLE)
# Another matter after thanks or a quoted text: 另外…, 这回是另一个事…, 我再补充一句….
NEW_MATTER = (r"另外|另一(个|件)|还有(一)?(件|个(?!月))|还有一(点|事)|这回|补充|再反映|(想|要)反映|"
              r"反映(一下|一件|个|件)|再说一(件|个)|顺便|对了|就是(想)?(说|提|问)(一下|个|件)?|想(说|提)一下|"
              # thanks that open a letter and turn to a new request: 谢谢！再麻烦一件事：…,
              # 首先感谢…, 感谢县里…，就是村口那座小桥…
              r"(再|还(想|要)?)麻烦(一(件|个|下)|(你们|您)(一|帮|给|看|查|处理))|首先(要)?(感谢|谢谢)|"
              # thanks for a neighbour's tip, then the tip itself: 感谢王大娘提醒，村口的电线杆歪了
              r"(谢谢|感谢|多谢)[^。!！?？,，]{0,16}(提醒|告诉|说)(我们?|俺们?)?[,，]|"
              r"(谢谢|感谢|多谢)[^。!！?？]{0,30}[,，]\s*(就是|只是|只不过)(?!(想)?(说|道)(一?声|句)?(谢|感谢))")
_NEW_MATTER = re.compile(NEW_MATTER)

_AD = quick(
    r"加(微信|微|v|vx|qq|扣)|微信号|vx|私聊|私信|详谈|洽谈|日赚|日入|月入|躺赚|低息|无需抵押|无抵押|"
    r"当天放款|秒批|代办|代理记账|兼职|刷单员|招募|优惠|特价|促销|限时|包过|包邮|扫码领|"
    r"免费领取|返利|点击链接|专业(代办|办理|承接|维修|疏通|清理)|欢迎(来电|咨询|选购|光临|各位)|联系电话|"
    r"有意者|日结|包吃住|普工|招工启事|联系.{0,3}(经理|老师|主管)|薪资|待遇优厚|火热(招|销售|预订)|"
    r"抢购|开业|全场|[一二三四五六七八九]折|买一送一|进店|咨询热线|报名热线|名额有限|先到先得|上门服务|"
    r"价格(公道|实惠|优惠)|本(公司|店|饭店|酒店|厂|超市|门市|校)|承办|订餐|包(学会|教会|分配|就业)|推荐工作|长期(收购|招聘|供应)|诚招|招聘.{0,8}名|加盟|出售|转让|出租(?!车)|求租|"
    r"投简历|简历|地址[:：]|疏通|开锁|搬家(公司|服务)|(专业|长途|同城|居民)搬家|上门|回收|收购|清理化粪池|安装|维修|批发|零售|订购|急售|面议|"
    r"现宰|招生简章|招收|报名时间|报名地点|咨询电话|优质|清仓|甩卖|一件不留|有需要的.{0,4}(联系|来|可以来)|有意(请|者)|"
    # promotions and prices
    r"到店|新款|首付|分期|零首付|周年庆|店庆|充.{1,5}送|送.{0,3}[一二三四五六七八九十百千\d]+元?|活动(只有|仅限|仅|时间)|"
    r"高价(回收|收购)|现款|现金结算|量大从优|从优|火热(报名|招生|进行)|报名中|欢迎报名|随到随学|一人一车|"
    r"诚聘|急聘|急招|日薪|月薪|速来|可议|上市(啦|了)|欢迎(大家|各位)?来|采摘|年龄.{0,6}以下|底薪|招(聘)?.{0,6}(员|工|师傅|司机)(数名|若干)|数名|若干名|"
    r"地址|(修|换|卖|收)(手机|电脑|家电|空调|废品|旧货)|贴膜|换屏|欢迎(新老|广大)|货源|厂家直销|厂价|简章|公开招聘|"
    r"^.{1,8}找(我们|我|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])|价格(低|便宜)|价低|正宗|产地|直发|可谈|量大|"
    r"新到|免费(参观|体验|试用|品尝)|租赁|免(中介|押金|运|服务|安装)费|欢迎.{0,4}来(买|购|选|看|尝|玩)|快速(办理|办证|下证|拿证)|各类证件|不.{1,3}不收费|现(榨|卖|做|烤|磨)|纯正|无添加|起送|送货上门|专业(治疗|治|祛|除)|无效退款|包治|根治|祖传秘方|祖传|秘方|凭身份证|最快.{0,6}到账|(就|即)(能|可)贷|下款|放款|额度|砍一刀|助力|恭喜(您|你)?获得|大礼包|领取|"
    r"(工作|营业|办公)时间[:：]|五星好评|好评返现|保持电话畅通|联系客服|(您|你)的(包裹|快递|订单)|"
    r"招生啦|(即将|火热)开课|授课|小班教学|(报名|购买|下单)(即|就)送|限招|报满为止|专柜价|一件代发|"
    r"拿货|私我|(私信|欢迎)下单|货到付款|钜惠|(欢迎)看房|非诚勿扰|每(月|天|年)只需|"
    r"[\d一二三四五六七八九十]+斤装|免费送货|宝子们|姐妹们|详情咨询|了解详情|不看征信|"
    r"大促|(送|赠)(车位|家电|电饭锅|鸡蛋|礼品)|量大价优|欢迎.{0,6}选购|"
    r"买[一二两三四五六七八九十\d]+[^,，。]{0,2}送[一二两三四五六七八九十\d]+|下单|(无效|没效果|不好(吃|用)?)[^,，。]{0,2}不要钱|"
    r"招[^,，。]{0,6}(员|工|师傅|司机|学徒)[^,，。]{0,2}[一二两三四五六七八九十\d]+名|待遇(面议|从优|优厚)|"
    # a service or a side job offered: 报名立减, 包接送, 月嫂, 当面验货, 动动手指, 宝妈学生均可
    r"特惠|立减|包接送|拿证快|服务到家|月嫂|育儿嫂|钟点工|当面(验货|结算|交易|付款)|随叫随到|经验丰富|"
    r"加我(微信|v|vx|qq)?|宝妈|动动手指|一单一结|免费领|(只要|只需)[^,，。]{0,10}就(行|能|可以)|"
    # a trade's pitch: 一条龙, 微信同号, 全网最低价, 到货, 专治…一喷见效, 信誉有保障, 找我…准没错
    r"一条龙|微信同号|价格透明|最低价|(新品|新货|新款|大量)到货|到货(啦|了[!！])|现货|专治|"
    r"(一[\u4e00-\u9fff]|立即|立刻|马上|当天|快速)见效|看过来|信誉(有)?保障|"
    r"欢迎(打听|咨询)|准没错|(预约|下单|购买)(就|即)?送|免费(设计|量房|测量)"
)
# Rules told to the public: 严禁…, 不私自…, 请勿…
_RULES = re.compile(
    r"严禁|禁止|不得|不准|请勿|切勿|不要|不(私自|擅自|随意|独自)|务必|一律|自觉|人人有责|违者|一经发现|"
    r"《[^》]{2,24}(规定|条例|办法|法|法典|守则|公约)》|第[一二三四五六七八九十百千零\d]+条"
)
_PHONE = re.compile(r"1\d{10}|\d{3,4}-?\d{7,8}|\d{3}x{2,}|\d{3}\*{4}\d{4}")  # 138****1234 masked too
# How to reach someone: a citizen signs a report with it too (煤气味很浓，联系电话：…，地址：…), so
# it counts once, as one advert's word beside another, and not at all beside a trouble.
_CONTACT = frozenset({"联系电话", "地址", "地址：", "地址:", "微信同号"})
# A notice says what it is (a header, 特此通知, 温馨提示, 启事) or addresses the public.
_NOTICE = re.compile(
    r"特此通知|相互转告|紧急扩散|有线索(的)?请|望周知|请周知|请转发|转发给|请扩散|扩散出去|转给身边|敬请谅解|给您带来不便|"
    r"温馨提示|温馨提醒|提醒广大|提高警惕|特此公告|特此告知|^【|^转发|^(关于.{2,30}的)?(通知|公告|通告|"
    r"告知书|启事|寻人启事|招聘|紧急通知|停水通知|停电通知)(?![会上里中的说了都也没不从])|有知情者|知情者请|请做好准备|以下区域|"
    r"接上级通知|现将有关事项|公告如下|通知如下|提前(储水|做好准备)|^[^,，。:：]{0,10}关于[^,，。]{2,40}的(通知|公告|通告)|"
    # headlines of shared articles and clickbait
    r"告诉你|看完.{0,3}(明白|懂)|转需|出炉|好消息|喜讯|小妙招|小常识|政策解读|必看|干货|一文(读懂|看懂)|速看|"
    r"建议收藏|赶紧收藏|拍了拍|失主(请|速|看到)|(请|速)(到|来)[^,，。]{0,12}认领|"
    r"凡[^。!！]{0,40}(均可|均须|均应|者均|都可以)|踊跃(报名|参加|参与)|报名截止|逾期(不予|视为|作废|不再)|欢迎广大|"
    r"谢谢配合|敬请(谅解|留意)|^尊敬的(各位)?(用户|客户|会员|旅客|车主|居民|业主|市民|村民|家长|顾客)|"
    r"感谢(您|你|大家)的(支持|配合|理解)|提醒(大家|各位|广大|居民|市民|村民|您|家长)|仅供参考|为了(您|你)(和家人)?的(健康|安全)|教你(一招|几招|个?(小)?妙招)"
)
_ADDRESS = re.compile(
    r"各位(居民|业主|村民|家长|市民)|广大(市民|群众|居民|村民|农民|家长|网友|师生|用户|读者|朋友)|请(各位|大家|广大)|届时|"
    r"请(用户|居民|村民|市民|家长)|^各(乡镇|单位|部门|村|社区|学校|供热单位)|[:：]各(乡镇|单位|部门|村|社区|学校)|各(村|乡镇|单位|社区)(要|务必|做好)|"
    r"做好.{0,6}(防范|准备|防护)|及时通知|欢迎.{0,4}(参加|报名|前来)|带好(身份证|户口本|证件)|"
    r"(居民|村民|市民|乡亲|老乡|家长|同学|网友|业主)(朋友)?们([,，!！:：]|要|一定要|务必)|^(亲爱的|各位)"
)
_RECIPE = quick(
    r"做法|食材|配料|主料|辅料|调料|少许|适量|翻炒|下锅|出锅|焯水|爆香|腌制|小火|大火收汁|炖|蒸|焖|"
    r"生抽|老抽|料酒|葱姜蒜|\d+克|勺|淀粉|勾芡|装盘|即可|打散|炒熟|盛出|切块|切片|炒出|加盐|加糖|放油|洗净|"
    r"煎至|金黄|收汁|腌|划刀|抹盐|拌匀|拍碎|蒜末|葱花|香油|捞出|沥干|切碎|切段|切丝|调馅|面团|和面|擀|烙|"
    r"烧开|熬|放盐|煮(沸|开|熟|至)|滚煮|大火(烧|煮|滚|翻|爆|蒸|炒)|胡椒|去(腥|血水)|泡(发|软)|"
    r"醒(面|半小时)|冷水下锅|热锅|凉油|调味|撒(上|入)|入味|中火|放入|加入|倒入|[醋盐糖]、|"
    r"没过|拧紧|密封|剥好|蘸|(泡|腌)(上|在|入)|放(在)?[^,，。]{0,4}(瓶|罐|坛|锅|盆|碗)(子)?(里|中)|就(好|能吃)了"
)
_ARTICLE = quick(
    r"是.{1,12}的一种|属于.{1,8}(科|属|类)|又称|别名|学名|原产|始建于|富含|含有(丰富|大量)|丰富的|"
    r"具有.{1,10}(作用|功效)|的功效|主要分布|被誉为|之乡|是指|指的是|简称|全称|"
    r"位于.{1,10}(省|市|县|东|西|南|北|部)|面积.{0,4}平方公里|记者|据悉|据了解|据.{1,8}报道|近日|日前|"
    r"本报讯|新华社|报道|会议(指出|强调|要求)|强调|指出|要求各|扎实推进|切实|全面落实|贯彻|部署|推进会|"
    r"座谈会|调研|一行|召开|举行|为进一步|取得.{0,4}成效|有效提升|工作会议|常委会|研究部署|地理标志|"
    r"历史悠久|著名|特产|享有|盛誉|闻名|素有|发源地|标志产品|小知识|养生|新陈代谢|有助于|同比(增长|下降)|"
    r"生产总值|人均|稳步|\d+(\.\d+)?%|民俗|传统(活动|节日)|每年农历|地处|交通便利|物产丰富|资源丰富|"
    r"风景秀丽|注意保暖|多喝|适当(运动|休息)|有益|产业发展|发展情况|视察|考察|检查指导|督导|走访|"
    r"^[^,，。我你俺]{2,10}是(一种|一个|一类|中国|我国|世界|古代|人体|常见|最).{0,24}的|特有的?|常见的|栖息|"
    r"分布(在|于)|以.{1,6}为食|古代|历法|节气|用来|被称为|俗称|患者应|应(当|该)?(定期|规律|低盐|少吃|多吃|注意)|"
    r"总体(良好|平稳|稳定)|优良天数|首要|环比|再创新高|喜报|捷报|上线人数|预计|将(下降|上升|增长|达到|出现)|比(去年|上年|上月)(同期)?(增加|减少|增长|下降|多|少)|预警|发布.{0,8}(预警|公告|通告)|"
    r"最(古老|大的|早的|长的|高的)|今日|最新|科普|据.{1,10}(消息|统计|介绍|预测)|惠及|古时候|已(形成|实现|建成)|链条|突破.{0,4}(万|亿)|传说|举办|常吃|(提高|增强)(免疫|抵抗|体质)|\d+(\.\d+)?亿元|万?人次|比常年|偏(多|少)[一二三四五六七八九两]成|有什么区别|圆满(落幕|成功|结束)|隆重|顺利(举行|召开)|开幕|闭幕|参赛|\d+余(名|人|家|个)|稳中有(升|降)|每克|营养|隶属|下辖|辖\d|总人口|常住人口|多吃|少吃|好处|(润|养|补|护)(肺|胃|肝|肾|血)|"
    r"消食|止咳|现存|世界上|著称|远销|性(温|寒|凉|平|热)|适量|食用|驱寒|"
    # history, sport and work news: what happened to a place or a team, told from outside
    r"史称|战役|纪念馆|教育基地|佳话|由此而来|[东西]汉|金牌|奖牌|代表团|最好成绩|络绎不绝|"
    # policy text and a service's self-description: 印发《…》，提出要推动…; 一号对外、统一受理、…
    r"印发|出台《|提出要|明确(提出|要求)|推动更多|(?:[\u4e00-\u9fff]{4}、){3,}[\u4e00-\u9fff]{4}|受理[^,，。]{0,12}诉求|"
    r"由[^,，。]{1,20}组成的|再创(历史)?新高|稳定在|得到有力保障|业内人士|或将|理性看待"
)
# Someone speaking of themselves (我县, 我市 are the voice of an announcement; 私信我 a seller's).
_ME = r"(?<![找选联系加信私])我(?![县市省镇局区乡校司国]|院(?!子))|俺|咱|本人"
# What turns a story into a complaint: a but, a shortfall, a notice held against what happened.
_BUT = (r"可是|[,，。!！]可(?=[这那村路镇他她人钱车都就])|但是|却|结果|竟然|才知道|才发现|谁知|"
        r"只给|才给|没给|不给|扣了|干了.{0,4}(月|天|年)|"
        r"(通知|公告|广告|告示|传单|牌子|短信|上面)(上|里)?(说|写)|还(是)?没|至今没")
# Someone quoting what a notice or advert said, to hold it against what happened.
_QUOTED = (r"(说|写着?|称|[贴挂印标打]着)[:：]?[“\"]|"
           r"(通知|公告|广告|告示|传单|短信|提示|牌子|标语|宣传|上面)[^。!！?？]{0,10}(说|写着?|称)")
# The voice of a report: someone saying what happened to them, asking or complaining.
_VOICE = re.compile(
    _ME + r"|被骗|骗了|诈骗|上当|报警|举报|投诉|反映|受骗|骗子|被坑|咋办|怎么办|"
    r"退钱|维权|建议|希望|呼吁|此致|敬礼|您好|无奈|为什么|为啥|凭什么|怎么回事|能不能|能否|可不可以|请问|求助|帮帮|到底|谁管|没人管|"
    r"无人管|有没有人管|没有人管|不管|不作为|推诿|迟迟|至今|严重|强烈|请求|恳请|(请|希望|望)(有关|相关|政府|领导)|尽快|吗|呢|"
    r"请.{0,6}(书记|县长|市长|领导|政府|部门)|重视|居然|[?？]|" + _BUT + "|" + _QUOTED
)
# Someone speaking for themselves or asking: a notice never does.
_SPEAKER = re.compile(_ME)
# A neighbour's trouble passed on in their words (转发一下邻居的话：…, 替我妈说一句): a report relayed.
_RELAYED = re.compile(r"(邻居|朋友|亲戚|同事|老人|家里人|我妈|我爸|俺娘|俺爹|老乡)[^,，。:：]{0,3}"
                      r"(的话|说的|说|反映|托我|让我)")
_NOTICE_WORD = re.compile(r"通知|公告|通告|启事|提示|提醒|做好准备|周知")
_FIRST_PERSON = re.compile(
    _ME + r"|[?？]|(看到|刷到|收到|接到)(了)?(个|一个|一条|条|张|一张)[^,，。]{0,8}[,，]?(说|称|写着?)|"
    r"(的时候|当时|当初)说|尊敬的.{0,6}(领导|书记|县长|市长|局长|厅长|主任|负责人|部门)|"
    r"^[\u4e00-\u9fff]{1,3}(厅长|局长|书记|县长|市长|主任|领导)[:：,，]|在哪|哪里|哪儿|吗|为什么|"
    r"怎么办|咋办|你们(来|得|该)?管|" + _BUT  # the office asked to act: 还是得你们管：…
)

# Chain messages, horoscopes and greeting cards: passed on to everyone, about nobody's problem.
_CHAIN = quick(
    r"转给(你|您)?(关心|牵挂|在乎|身边|群里|每一个|最|家人|朋友)|转发.{0,6}(个群|群里|给你|好友)|(看了|看到|看完|收到)[^,，。]{0,4}不转|不转(的话|发|不是|者|就(会|倒霉|不得))|"
    r"收到(的朋友)?请(转发|回复)|看到的(都)?转|多多转发|一生平安|运势|星座|"
    r"[白金双巨狮处天射摩水][羊牛子蟹女秤蝎手羯瓶鱼]座|财运|桃花运|幸运(颜色|数字)|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的(朋友|人)|"
    r"早安心语|心灵鸡汤|人生(没有|就像|不会|路上|这一辈子|一世)|人这一辈子|愿(你|您|所有|大家)的?(生活|今天|每天|一切|美好|努力)|"
    r"送上.{0,8}(问候|祝福)|一(句|份)(问候|祝福)|元气满满|做最好的自己|不被辜负|(讲|说)(个|一个)笑话|段子|解解闷|开心一下|"
    r"转给(爸妈|父母|老人|家里人|亲人)|把这(条|个)(消息|信息)?(?=.{0,4}(转|发))|笑一笑|哭笑不得|转发(出去|告诉|给)|一定要看完|看完(转|告诉)|功德无量|是一种善良|千万(别|不要)(再)?(吃|喝|用)|"
    r"身边的(亲朋好友|亲人|朋友)|赶紧(告诉|转)|都在传|(我也)?不知(道)?(是)?真(的)?假|先发出来|"
    r"(帮忙|帮我|大家|亲们|请)转(一下|起来|出去)|(你也|也)快转|我已经转了|转给你们|"
    # a greeting card's reply game and a morning slogan: 收到请回一个福字, 发给最重要的人, 早安
    r"收到(的人|的朋友)?请回|回(一个|个)[\u4e00-\u9fff]字|发给(我)?最(重要|在乎|牵挂|想念)的人|愿(我们|你我)|早安|"
    r"好运(加倍|连连)|锦鲤|给大家乐呵|乐呵乐呵|都散了吧"
)
# What a victim or a complainant adds to a text they pass on: a loss, a request, a doubt.
_CLAIM = re.compile(
    r"骗|上当|拉黑|报警|举报|投诉|反映|维权|退钱|追回|恳请|请求|帮(我|俺|帮)|咋办|怎么办|谁管|管管|没给|不给|"
    r"扣了|是真的吗|是不是|希望|呼吁|重视|危害|违法|违规"
)
_QUOTE = re.compile(_QUOTED)
# Words that look like someone speaking but are part of a slogan or greeting.
_NOT_SPEAKER = re.compile(
    r"你我|从我做起|自我|忘我|我的朋友们|(大家|你们?)(都)?(记住|学会|知道|明白|收藏|看懂)了(吗|没|么)[?？]?"
)


def distinct(pattern: re.Pattern[str], text: str) -> int:
    """How many different phrases of the pattern occur in the text."""
    return len({match.group() for match in pattern.finditer(text)})


# A header ends in 通知，; 没人通知， (nobody told us) is a complaint, not a header.
_HEADER = re.compile(
    r"^【|^致.{2,16}的一封信|^寻(人|物|猫|狗|宠物?|主|车)(启事)?[:：]|^[^,:：。我俺咱你]{0,20}(防范|预防|谨防)[^,:：。]{0,12}[:：]|^本报讯|"
    r"^(夏天|冬天|夏季|冬季|春季|秋季|雨季|汛期|春节|假期|开学|入冬|入夏)?(要)?防[\u4e00-\u9fff]{1,4}[:：]|^(?![^,:：。]{0,10}(收到|接到|看到|贴了|发了|发|下发|贴出))[^,:：。我俺咱你]{0,20}"
    r"(?<![不没未])(?<!不提前)(?<!没提前)((启事|通知|公告|通告|告示|声明|喜报|捷报|(提示|提醒)(您|你|大家)?|须知|倡议书?|消息|快讯|简讯|新闻|常识|知识|妙招|指南|"
    r"攻略|安排|心语|失物招领|招领|历史上的今天|那年今日|运势|价|报价|笑话|段子|速递|热点|词条|百科|播报|感谢信|表扬信|解读|行情|金价|方法|技术|要点|包法|吃法|做法|用法|种法|养法|由来|来历|传说|故事)[:：]|(?<![没不])(?<!没人)(通知|公告)[,，])"
)


# An office or business speaking of itself, or a seller introducing themselves (我是做装修的老马).
_OFFICE_WE = re.compile(
    r"我们?(公司|局|店|厂|中心|协会|合作社|单位将|单位定于)|我们是[^,，。]{2,14}(协会|公司|店|中心|学校|医院|合作社|"
    r"志愿者|服务队)|我是(做|干|卖|搞|开)[^,，。]{1,8}的|我是[^,，。]{2,10}的(小|老)[\u4e00-\u9fff]"
)
# Passed on from elsewhere: 群里转的：…, 转给家里有小孩的：…, 读到这首, 分享给大家.
_FORWARDED = re.compile(
    r"^.{0,8}(群里(刚)?(转|看|发)(的|来的)|转自|转发群聊|从[^,，。]{1,6}群(里)?(转|看))|^转给[^,，。:：]{1,12}[:：]|"
    r"^帮(朋友|亲戚|邻居|别人|同事|熟人)转(发|一下)?[:：]|"
    r"(读到|看到|听到)这首|分享给(大家|你们|各位)|(转|转发)给(大家|你们|各位)[。.!！~～]*$"
)
# A name signed at the end (——李清照): a quoted poem's author when nothing is wrong in it, but older
# citizens sign their own reports so too (俺庄的自来水停了三天了。——老李).
_SIGNED = re.compile(r"[。.!！?？]\s*——[\u4e00-\u9fff·]{2,4}([。.]|$)")
# A text that names where it comes from (（网络文章，分享给大家）, 转载, 摘自…) is passed on, whatever
# its own 我 or 但是; and an invitation's set phrases (兹定于…恭请…届时光临) are a card, not a voice.
_SOURCED = re.compile(
    r"(网络|网上)(文章|段子)[)）,，。]|转载|摘自|原文(链接)?[:：]|来源[:：]|[(（]转(载|发|自)?[)）]")
_INVITATION = re.compile(
    r"兹定于|恭请|敬请光临|届时光临|恭候|敬备(薄酒|喜宴|薄宴)|举行[\u4e00-\u9fff]{0,2}典礼|喜宴|宴会厅|光临|"
    r"赏光|喜酒|接亲|结婚定在|完婚|大婚|设宴"
)
_TURNS = re.compile(r"(说|问[\u4e00-\u9fff]{0,3})[:：]")  # a dialogue's turns: 小明说：…, 老师问小明：…
_STEPS = re.compile(r"第[一二三四五六七八九1-9]步")
_ASKED = re.compile(r"[?？]|吗|呢")
_PUZZLES = {"为什么", "凭什么"}  # a joke is made of questions; any other trouble is someone's own
# A verse's pair of qualities (香又辣，圆又圆，): 又 before a line's last character is no "again".
_PAIRED = re.compile(r"又(?=[\u4e00-\u9fff](?:[,，。!！]|$))")
# A notice's header cited by the writer (【…公示】上写的…, 【…通告】说…): the rest is their own.
_CITED = re.compile(r"^【[^】]{2,30}】(上|里)?(面)?(说|写|称|讲|规定|要求)")
_PITCH = 30  # characters: a sales pitch or a recipe in someone's own voice is longer


# A quoted text (a notice, an advert, a slogan, a rumour's title) and what the writer says after
# it: a complaint, a loss, a question about the matter (…都说没苗，到底是…; …这不是糊弄人吗),
# not only whether the quote is true (真的假的？ is a rumour passed on).
_QUOTE_SPAN = re.compile(r"[\"“「][^\"“”「」]{2,80}[\"”」]")
_AFTER_QUOTE = re.compile(TROUBLE + r"|到底|[?？]|吗")
_TRUTH = re.compile(r"(是)?真的(吗|假的|还是假的)|(是不是|是否)真的|真假|靠谱吗")
_LEAD = 12  # characters before the quote: 转发学校通知：, 群里转的那个
_COMMENT = 8  # characters of the writer's own after a quote: 真的假的 is shorter


def _commented(text: str) -> bool:
    """A quoted text followed by the writer's own complaint or question about it."""
    spans = list(_QUOTE_SPAN.finditer(text))
    if not spans or spans[0].start() > _LEAD:
        return False  # a notice quoting a phrase of its own ("安全账户") is no comment on it
    after = _TRUTH.sub("", text[spans[-1].end():])
    if _NOTICE.search(after) or _ADDRESS.search(after) or distinct(_RULES, after) >= 2:
        return False
    if len(re.findall(r"[\u4e00-\u9fff]", after)) < _COMMENT:
        return False
    return bool(_AFTER_QUOTE.search(after) or _CLAIM.search(after))


def _strongly_pasted(text: str) -> bool:
    """So plainly an advert or recipe that its own 我 or ？ changes nothing (read only then)."""
    return distinct(_AD, text) >= 4 or distinct(_RECIPE, text) >= 5 or distinct(_INVITATION, text) >= 3


# An almanac's day: what it is good for and what to avoid (宜嫁娶、出行；忌动土), its clash (冲猴煞北).
_ALMANAC = re.compile(
    r"宜[\u4e00-\u9fff、，,]{2,40}[;；。，,\s]*忌[\u4e00-\u9fff]|冲[鼠牛虎兔龙蛇马羊猴鸡狗猪]煞[东西南北]")


def _quoted_and_signed(text: str, voiced: object) -> bool:
    """A saying or verse signed with its author's name (世上无难事，只怕有心人。——…): no trouble
    and nobody speaking in it, or lines of one length (4+ characters) and no 我; a report signed
    so speaks of trouble (俺庄的自来水停了三天了。——老李, 村口的路灯坏了半个月了。——老张)."""
    signed = _SIGNED.search(text)
    if not signed:
        return False
    lines = [len(line) for line in re.split(r"[,，。.!！?？;；]", text[:signed.start()]) if line]
    return not voiced or (len(lines) >= 2 and min(lines) >= 4 and len(set(lines)) == 1
                          and not _FIRST_PERSON.search(text))


def _relayed(text: str, notice: re.Match[str]) -> bool:
    """Whether a text passed on (转发…) is someone's trouble in their words, no notice in it:
    转发一下邻居的话：楼下烧烤摊天天烟熏火燎的 — not 转发邻居说的：停水通知，明天停水."""
    return (notice.group() == "转发" and not _NOTICE.search(text, notice.end())
            and not _NOTICE_WORD.search(text)
            and bool(_RELAYED.search(text)) and bool(_TROUBLE_NOW.search(text) or NUISANCE.search(text)))


def is_pasted(text: str) -> bool:
    """A pasted text (advert, notice, recipe, article) with no report voice of its own."""
    text = _NOT_SPEAKER.sub("", _OFFICE_WE.sub("", text))  # 我公司将于…: an office speaking
    body = untailed(text)  # a complaint with a service tail pasted after it (…欢迎来电咨询)
    if body != text and (_TROUBLE_NOW.search(body) or NUISANCE.search(body)) and not {
            match.group() for match in _AD.finditer(body)} - _CONTACT:
        text = body
    if contact_card(text) and not _TROUBLE_NOW.search(text):
        return True  # 家政保洁，联系电话：…，地址：…: a card, though a report is signed so too
    if _ALMANAC.search(text) and not _CLAIM.search(text):
        return True  # an almanac's page, whoever passes it on
    if distinct(_INVITATION, text) >= 3 and not _CLAIM.search(text):
        return True  # a wedding card to relatives, with its own 车不够 for the day
    trouble, aside = _TROUBLE_NOW.search(text), _NEW_MATTER.search(text)
    verse_trouble = _TROUBLE_NOW.search(_PAIRED.sub("", text))
    if distinct(_STEPS, text) >= 2 or (song(text) and not (verse_trouble or _ASKED.search(text))):
        return True  # instructions step by step (第一步…第二步…), a poem, a song's lines
    first_person = _FIRST_PERSON.search(text)
    # Trouble told by someone of their own (…可是我家…, 通知上说…？) or as another matter (另外…);
    # a notice quoted and held against what happened (提示上说…合格，可…) is a complaint too.
    own_trouble = bool(trouble and (first_person or aside or _QUOTE.search(text))) or bool(
        _CITED.match(text) and first_person)
    if JOKE.search(text) and LAUGH.search(text) and not _CLAIM.search(text) and all(
            match.group() in _PUZZLES for match in _TROUBLE_NOW.finditer(text)):
        return True  # 小明问爸爸：为什么… 哈哈: a joke's questions are nobody's
    forwarded = _FORWARDED.search(text) or _quoted_and_signed(text, trouble or first_person)
    if _SOURCED.search(text) and not (_CLAIM.search(text) or aside):
        return True  # an essay or a post passed on with its source named
    laughs = [match.end() for match in LAUGH.finditer(text)]
    told = JOKE.search(text) and len(_TURNS.findall(text)) >= 2 and not trouble
    if (forwarded or JOKE.search(text)) and not _CLAIM.search(text) and (told or (
            laughs and not _TROUBLE_NOW.search(text, max(laughs)))):
        return True  # a joke passed on (转发群聊：老婆问我… 笑死) or told as a dialogue (小明说：…)
    # The forwarder's own words (我已经转了, 我也不知道真假) are part of the chain.
    if _commented(text):
        return False  # 转发："…"。 and the forwarder's own complaint after the quote
    speaker = _SPEAKER.search(_CHAIN.sub("", text))
    if not (_CLAIM.search(text) or (trouble and (speaker or aside))) and (
        distinct(_CHAIN, text) >= 2
        or (first_person and len(text) >= _PITCH and not (trouble or _QUOTE.search(text))
            and _strongly_pasted(text))
    ):
        return True  # a salesman's 我, a recipe's 怎么熬？ and a joke's 为什么 make no report
    if (_HEADER.match(text) and not own_trouble) or (forwarded and not (trouble and (speaker or aside))):
        return True  # 寻物启事：本人… is still a notice; 停水通知：… 可是 is not
    if first_person:
        return False
    notice = _NOTICE.search(text)
    if notice and not (own_trouble or _relayed(text, notice)):
        return True  # a notice may warn of fraud: only someone speaking of themselves reports
    if _VOICE.search(text):
        return False  # a victim quotes the advert that fooled them
    said = {match.group() for match in _AD.finditer(text)}
    own = len(said - _CONTACT)  # an advert's own words
    return bool(
        own + (bool(said & _CONTACT) and not trouble) >= 2
        or (own and _PHONE.search(text))
        or _ADDRESS.search(text)
        or distinct(_RECIPE, text) >= 3
        or distinct(_ARTICLE, text) + distinct(FACTS, text) + definition(text) >= (3 if trouble else 2)
        or distinct(_CHAIN, text) >= 1
        or distinct(_RULES, text) >= 2
        or bool(definition(text) and not trouble)
    )
