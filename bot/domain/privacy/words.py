"""Word lists for finding names: surnames, and the words that look like a name but are none.

Data only. The lists were checked against 11,000 real citizen messages (the taidi2020c board
data): the words below were taken for names in sentences about people before they were listed.
"""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Compound surnames: 欧阳娜娜 is 欧阳 + 娜娜, not 欧 + 阳娜.
COMPOUND = (
    "欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|"
    "南宫|万俟|闻人|西门|轩辕|呼延|百里|第五|澹台|公冶|太史|申屠|钟离|赫连|濮阳|淳于|"
    "单于|公羊|拓跋|亓官|司空|左丘|东郭|南门|羊舌|微生|梁丘|谷梁|宰父|夹谷|乐正|巫马|"
    "公西|漆雕|壤驷|颛孙|段干|仲孙|闾丘")
# Compound surnames that are first of all words (第五次, 东方红, 南门口): no name without a cue.
WORD_COMPOUNDS = _set("第五 百里 南门 西门 东方 单于 司空 公羊 乐正")
# The ~400 surnames that cover almost everyone.
SURNAMES = (
    "王李张刘陈杨黄吴赵周徐孙马朱胡林郭何高罗郑梁谢宋唐许邓冯韩曹曾彭萧肖蔡潘田董袁于余叶蒋杜苏魏程吕"
    "丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎闫薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严"
    "赖覃洪武莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
    "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓"
    "古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位"
    "厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏"
    "鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利呼居揭干但尉冶斯元"
    "束檀衣信展阴昝智幸奉植衡富尧闭由代付")
# SURNAMES (every reading) in toneless pinyin (ü as v): a name spelled in pinyin starts with one.
# Made with pypinyin's character dictionary; kept here so masking loads nothing.
PINYIN_SURNAMES = _set("""
a ai an ao ba bai ban bang bao beng bi bian bin bing bo bu ca cai cang cao cen ceng cha chai
chan chang chao che chen cheng chi chou chu ci cong cu cui dai dan dang dao deng di diao ding
dong dou du duan duo e fan fang fei feng fu gai gan gang gao ge geng gong gou gu guan gui guo ha
hai han hang hao he heng hong hou hu hua huang hui huo ji jia jian jiang jiao jie jin jing ju
juan jue kan kang ke kong kou ku kuang la lai lan lang lao le lei leng li lian liang liao lie
lin ling liu long lou lu luan luo ma mai man mao mei men meng mi miao min ming miu mo mou mu na
nai nan ne nei ni nie ning niu nong nuo ou pan pang pao pei peng pi pian piao ping po pu qi qian
qiang qiao qie qin qing qiong qiu qu quan que ran rao ren reng rong ru ruan rui ruo sa sang sha
shan shang shao she shen sheng shi shu shuai si song su sui sun suo ta tai tan tang tao teng ti
tian tiao tong tu tun tuo wan wang wei wen weng wu xi xia xian xiang xiao xie xin xing xiong xiu
xu xuan xue yan yang yao ye yi yin ying yong you yu yuan yue yun zan zang zeng zha zhai zhan
zhang zhao zhe zhen zheng zhi zhong zhou zhu zhuang zhuo zi zong zou zu zuo""")
# Pinyin surnames that are also who or what one calls for (叫人来, 叫车来: ren 任/人, che 车):
# after 叫 (jiao) such a name must end where the name ends (a stop, a mark or the end).
PINYIN_CALLED = _set("ren che")
# Surnames that are first of all function words (和, 都, 来 …): a name with one is only taken
# after a strong cue (我叫, 联系人：) or when it is known.
FUNCTION_WORDS = "于但区和时来楼此由那都代"
# Surnames that are also everyday words (向您, 高达, 和小孩): without a strong cue, a name with one
# counts only with two given-name characters.
AMBIGUOUS = (
    "向和于由但都那来时区门信元居利国平明全成安常文方关单解华宁应管车司简连党宫费冷席卫米宗师边公商沙"
    "海花权强盖练计相初云容敬普薄修况宿鲜印战危玉银展阴智幸富闭束衣干斯呼揭茅勾戎宾湛哈高路石金江白万"
    "田包严齐楼满房符龙晋班位游支帅")
# Words of respect or kinship written right after a person's name (李秀英老人, 王桂兰大娘, 张建国老汉,
# 刘德师傅) — and, for the public, after a surname alone (刘师傅). Longest first where one starts
# another (老大爷 before 大爷).
TITLES = _set(
    "老人 老人家 老汉 老太 老太太 老奶奶 老爷爷 老大爷 老大娘 老伯 老先生 老师傅 大爷 大娘 大妈 大婶 大叔 "
    "大伯 大姐 大哥 大嫂 阿姨 阿婆 奶奶 爷爷 婆婆 伯伯 叔叔 婶婶 婶子 老师 师傅 同志 先生 女士 小姐 夫妇")
# Posts written right after a person's name (孙丽萍会计, 刘明亮主任, 王秀兰医生): a person's name
# stands before one, as before a title; a post alone (会计说, 办公室主任) names no one.
JOB_TITLES = _set(
    "会计 出纳 主任 副主任 书记 副书记 支书 村长 副村长 镇长 副镇长 乡长 县长 局长 副局长 科长 所长 站长 "
    "组长 队长 院长 校长 厂长 经理 总经理 部长 处长 医生 护士 律师 民警 警官 辅警 干部 网格员 "
    "会长 主席 委员 秘书 助理 教授 班长 园长 馆长 行长 社长 董事长 专干 协管员 管理员 调解员")
# What ends a longer post or the body that holds it, so no name before a post ends in it: 班主任,
# 胡总书记, 谢副校长 (谢付校长), 原任副秘书长, 纪委书记, 劳资科长, 国务院委员, 楚大校长, 原剧团书记.
POST_PARTS = frozenset("副付总常代班原前大中小院局所站厂部委办处科室队组校团会馆行社村镇乡县市区省司")
# 长 of a post that starts a word with what follows (临街门店长期, 医院长达): no post.
AFTER_ZHANG = frozenset("期久达远度大短")
# English words before " at " that are no address's local part (we are at home.com).
NOT_EMAIL_LOCAL = _set("i am are is was were we you they he she it me us them be been stay stays "
                       "stayed live lives lived look looked arrive arrived meet here there")
# Relatives and neighbours named after "my" in English (my wife Wang Guilan, my son Tom).
LATIN_KIN = ("wife|husband|son|daughter|mother|father|mom|mum|dad|brother|sister|grandma|grandpa|"
             "grandmother|grandfather|grandson|granddaughter|neighbou?r|landlord|tenant|uncle|aunt")
# Second words of a place or an office, no English name (This is Jinxiang County.).
NOT_LATIN_NAMES = ("County|City|Town|Village|Road|Street|Hospital|School|Office|Bureau|Station|Park|"
                   "Center|Centre|Market|Community|Building")
# Titles said after a given name alone (德福大爷, 德福叔, 建国哥, 桂兰姐): TITLES and the one-character
# words of kinship people use for an elder or a peer they know.
GIVEN_TITLES = TITLES | _set("叔 哥 姐 嫂 婶 伯 姨 爷 奶 娘 哥哥 姐姐 大哥哥 老哥 老弟 老姐 兄弟 妹子")
# Words for a person written right before their name in officials' notes (走访老人李秀英, 五保户张建国).
TITLES_BEFORE = _set(
    "老人 老汉 老大爷 老奶奶 老大娘 大爷 大娘 大妈 阿姨 老师 老师傅 师傅 老党员 党员 五保户 低保户 困难户 "
    "贫困户 残疾人 孤寡老人 独居老人 空巢老人 留守老人 退伍军人 老兵")
# Two-character words whose second character is a surname (照顾, 了解): the surname there is no
# name's start, whatever title follows (照顾留守老人, 了解高龄老人).
ENDS_IN_SURNAME = _set(
    "了解 照顾 回顾 兼顾 不顾 光顾 看顾 尊敬 孝敬 致敬 独居 邻居 定居 同居 分居 安居 家居 民居 寡居 蜗居 "
    "关于 对于 由于 等于 属于 位于 处于 至于 善于 敢于 终于 过于 基于 陪同 如同 共同 连同 不同 "
    "专门 部门 上门 出门 进门 热门 关门 开门 厂房 住房 楼房 平房 新房 老房 病房 机房 营房 库房 "
    "一位 两位 几位 各位 这位 那位 哪位 每位 诸位 多位 数位 单位 岗位 座位 地位 部位 到位 首位 本位 职位 "
    "床位 车位 学位 水位 价位 摊位 铺位 展位 方位 品位 席位 泊位 "
    "双方 对方 各方 一方 队伍 把关 承包 打包 红包 担任 主任 信任 责任 就任 离任 到任 现任 前任 历任 上任 "
    "如何 任何 为何 几何 奈何 从何 语文 人文 天文 中文 英文 公文 "
    "不管 没管 人管 谁管 都管 要管 会管 能管 该管 来管 去管 也管 还管 再管 主管 监管 接管 托管 分管 代管 "
    "掌管 看管 严管 统管 公司 上司 官司 寿司 感谢 多谢 致谢 鸣谢 答谢 道谢 酬谢 谢谢 ")
# Characters that never belong to a given name, even after a compound surname.
PARTICLES = "的了在是和与及跟给也都就还又说我你他她它们这那有没不很太已吗呢吧啊呀嘛被把从到对向"
# Characters that start what is said about a person (王强喝了酒, 李娜被车撞了, 张伟去年去世了):
# after a relative word, a name of two characters followed by one of these ends there.
PREDICATE_STARTS = frozenset(
    "喝打骂被去到从把让给对向跟又还都就不没也在是已曾总刚要想会能可突因得患病住摔出回走离欠借拿骑干做"
    "扣收占拖骗偷抢踢推砸逼欺卡压扔今昨前每说讲叫常经一正身上办失，。、；！？,.;!? \n（(的和与")
# Characters that end a name rather than continue it: particles, pronouns, verbs, places.
NOT_GIVEN = (
    "吗呢吧啊呀嘛的了在住家是和与及跟给向把被从到也都就还又说讲称问反映投诉举报电话手机号码人们个这那些有没不很太"
    "已曾将要会能可请让叫去来过着得地对于为以而但或并且等其所此该各每某今年岁男女先生士师傅老本同村"
    "您你我他她它咱俺镇乡县市区省街路楼栋室单元户里上下前后内外边旁现发看找帮通知联系处办修换装拆查核"
    "实沟协调回复答访告确认经时候日期点分钟多少几两次应需希望求")
# 生 ends a given name often (张春生, 王德生) though NOT_GIVEN holds it (张先生 is no 张先…): in a
# name it stands wherever it starts no word said about the person (王芳生病, 刘洋生活困难).
GIVEN_SHENG = ("生(?!病|活|气|日|产|意|怕|命|存|长|效|育|态|物|前|下|了(?!解)|过|孩|娃|火|锈|虫|源|"
               "父|母|于|在)")
# 有 starts a given name before a character names wish for (张有福, 王有才, 李有田: outside tester
# T28, finding 8) though NOT_GIVEN holds it (王家有人 is no 王有…).
GIVEN_YOU = "有(?=[福财才田德志根林山富贵胜亮良金银余仁义礼信忠旺顺庆龙虎])"
# Words that start with a surname but are no name (金额, 方便, 高速, 公司 …).
NOT_NAMES = _set(
    "农行 农行卡 农商行 钱财 方式 方面 方便 任意 初级 高级 符合 港澳 清泉 方向 方案 方法 单位 单元 门卫 门口 "
    "门前 门牌 高度 高温 高速 高层 高楼 高压 金额 路灯 路面 路口 路段 路边 石头 江边 "
    "白天 关于 关闭 关系 关注 万元 田地 文件 文明 安全 安装 安排 安置 常常 常年 温度 "
    "毛病 包裹 严重 申请 明天 明年 明显 时间 时候 时段 都是 和平 和谐 来电 来人 那边 "
    "那里 区域 信息 信号 于是 由于 但是 居民 居住 利用 利益 公司 公共 公路 公园 公安 "
    "公交 公示 公开 公布 车辆 车位 车库 车主 车子 管理 管道 管网 边上 东边 南边 北边 "
    "东西 国家 国道 黄色 龙头 全部 全村 全家 原因 原来 连续 项目 麻烦 卫生 商店 商户 "
    "商场 平时 平方 平台 平安 计划 宣传 初步 容易 普通 危险 玉米 银行 利息 干部 干净 "
    "信访 展开 智能 幸福 植物 富裕 满意 楼道 楼下 楼上 楼顶 华为 相关 强制 强烈 支持 "
    "支付 封闭 师傅 简单 应该 应当 应急 任何 任务 程序 程度 司机 师生 孙子 孙女 房东 "
    "房屋 房子 房产 房价 房租 冷水 邻居 乐意 武装 夏天 秋天 冬天 春天 海边 云南 成本 "
    "成功 成立 成绩 成都 尚未 全面 齐全 严格 党员 党委 党支部 党组织 伍仟 万块 万多 水费 "
    "电费 明白 明确 解决 解释 曲折 游客 游乐 苗木 童装 席位 景区 景点 甘肃 江苏 江西 "
    "湖南 湖北 河南 河北 山东 山西 广东 广西 海南 浙江 福建 安徽 贵州 四川 陕西 吉林 "
    "宁夏 黑龙江 辽宁 内蒙 新疆 西藏 青海 北京 天津 上海 重庆 金乡 济宁 桂花 强度 帅气 "
    "盛情 谈话 谈判 封面 阳台 阳光 明亮 向日葵 向前 向上 向下 林业 林地 农村 农业 农民 "
    "农田 农药 牛奶 马路 马上 鲁西 郁闷 燕子 时常 时刻 晋升 甄别 惠民 合同 宫殿 席子 "
    "胡同 施工 施肥 雷雨 雷电 钱款 费用 杜绝 苏醒 魏县 庞大 童年 文化 文字 文具 莫名 "
    "项链 连接 卓越 古代 古老 吉祥 简直 景观 冷冻 冷气 米饭 宗教 卫星 全国 全市 全县 "
    "全镇 应用 师范 和睦 商量 商品 商业 沙子 荣誉 燕窝 原则 原价 劳动 楚楚 皮肤 花园 "
    "花坛 花草 权利 权益 强行 屠宰 豆腐 井盖 祖国 丰富 支援 国庆 平整 相同 初中 门诊 "
    "云端 容量 来往 普及 戈壁 伏天 鹿角 薄弱 羊肉 乌黑 母亲 修理 修复 修建 修缮 修改 "
    "况且 宿舍 鲜花 印象 隆重 诸位 战士 战争 慕名 玉石 银子 公平 公正 哈哈 宾馆 茅草 "
    "呼吸 居然 居委 揭发 尉氏 斯文 元旦 衣服 信任 信用 展示 阴天 智慧 幸亏 植树 衡量 "
    "富有 尧山 由此 代表 代理 付款 单独 单价 单身 车间 车站 边界 华丽 喻为 蒲公英 房间 "
    "时期 穆斯林 司法 古镇 吉利 简易 连带 麦田 景色 费劲 冷清 米面 柏油 宗旨 卫视 全体 "
    "应对 边境 师资 和解 仇恨 商务 刁难 沙发 荣获 丛林 仲裁 巩固 明星 池塘 查看 查询 "
    "查处 麻将 迟到 迟迟 官方 官员 封锁 谈论 鞠躬 惠及 乐于 南方 南面 班级 班车 储存 "
    "原先 劳务 楼梯 盘子 满足 满是 闻到 位置 位于 厉害 区别 海拔 花费 花钱 权力 强大 "
    "朴实 盖子 练习 廉价 井水 祖宗 巴士 丰收 支出 国际 国内 国外 平常 平均 计算 索要 "
    "宣布 相信 相对 初始 门面 云朵 容器 敬老 来源 都市 普遍 阿姨 阿婆 杭州 那么 印刷 "
    "战斗 危房 公务 利润 信件 金钱 金属 江河 石材 石油 段落 洪水 康复 庄稼 纪律 凌晨 "
    "毕业 季节 辛苦 尤其 曾经 许多 胡说 胡乱 胡闹 陆续 任性 焦急 谢谢 舒服 甘心 周末 周围 "
    "程度 余下 郑重 连忙 平滑 高血 高烧 代母 代父 代替 代为 高兴 "
    "方才 明明 常在 安心 关心 宁愿 查阅 满月 代课 任课 任教 古稀 代写 盖章 南郭 钱包 包工 包工头 "
    "余生 毕生 平生 原生 门生 花生 劳资 南京 南宁 南昌 国土 国务 纪检 纪委 高铁 ")
# Given-name parts that are words for people or places, not names (向领导, 和小孩, 宋科长).
NOT_GIVEN_WORDS = _set(
    "一起 业主 中间 主任 乡长 书记 人员 他们 会计 你们 保安 公司 包围 区长 医生 医院 工头 "
    "单位 厅长 县长 司机 合国 处长 大哥 大妈 大姐 大家 大爷 奶奶 学员 学校 学生 孩子 "
    "客服 家长 密集 小区 小学 小孩 局长 居委 居民 工作 市长 干涉 干部 幼儿 开除 律师 "
    "心力 怀揣 患者 我们 所长 承担 指定 政府 明白 最近 有关 村委 村长 栏目 校长 民警 "
    "什么 爷爷 物业 相关 社区 科长 站长 级职 组长 经理 缓冲 群众 老人 老师 老板 老汉 花费 "
    "街道 警官 讨债 赔偿 退休 部长 部门 镇长 长打 门卫 队长 阿姨 附近 院长 陪读 领导 "
    "叔叔 伯伯 婶婶 婆婆 公公 哥哥 姐姐 弟弟 妹妹 爸爸 妈妈 舅舅 姑姑 大娘 大叔 大婶 大伯 阿婆 "
    "先生 学生 发生 产生 出生 人生 民生 卫生 花生 一生 终生 考生 新生 后生 师生 书生 "
    "财务 检验 档案 主治 妇女 人事 后勤 宣传 纪检 办公 教务 总务 技术 生产 销售 质检 安全 信访 监察 "
    "审计 组织 统战 政法 工会 团委 ")
# Surnames that are also words said after a relative (父亲曾在部队, 父亲左腿骨折, 对孩子施压, 儿子任…校长,
# 小妹冶金厂职工): after a relative of someone else's (not 我爸), no name starts with one.
UNOWNED_WORDS = "曾任左施冶"
# What people say they 叫 (call for, call out) that is no child's name: 老公叫外卖, 孩子叫救命.
CALLED_FOR = _set(
    "外卖 快递 救护车 救护 出租车 出租 的士 滴滴 代驾 警察 民警 医生 护士 保安 物业 师傅 老师 救命 "
    "帮忙 人来 人帮忙 车来 车子 开门 起床 吃饭 回家 过来 出来 进来 进去 上来 下来 醒来 不停 半天 "
    "一声 几声 了半天 疼痛 肚子疼 头疼 饿了 难受 来人 苦连天 苦不迭 冤枉 委屈 救火 报警 "
    "爸爸 妈妈 爷爷 奶奶 叔叔 阿姨 哥哥 姐姐 姥姥 姥爷 外公 外婆 伯伯 舅舅 老公 老婆 ")
# Words for a relative (我爸, 俺闺女, 我家老伴儿): a name may follow one at once.
# Who holds a bank account or card, named on it (开户名李桂兰, 收款人：刘德华): the name of a 低保,
# 养老金 or 补贴 complaint's person (outside tester, round 21). Longer words first where one
# starts another (开户名称 before 开户名), so the whole label is the cue.
ACCOUNT_HOLDERS = "开户名称|开户名|开户人|账户名称|账户名|户名|收款人|持卡人|账户持有人"
# Who did the work, as staff sign a result (经办人：韩梅梅; a body there is none: bodies.py). Only
# with a colon, 是 or 为 after it: 去找厂里负责人谈过 names no one.
SIGNED_BY = "经办人|经手人|负责人|承办人|办理人|联络人|接待人|记录人|填报人|审核人|核实人|值班人|对接人"
FAMILY = ("爸爸|妈妈|爸|妈|爹|娘|爹爹|老爹|老娘|干爹|干妈|后妈|后爹|娃|"
           "父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老公|老婆|丈夫|妻子|爱人|媳妇|儿子|女儿|"
           "哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|孙子|孙女|岳父|岳母|公公|婆婆|伯伯|叔叔|舅舅|邻居|朋友|同事|"
           "家人|亲戚|老伴|老伴儿|对象|孩子|闺女|儿媳|儿媳妇|女婿|侄子|侄女|外甥|外甥女|外孙|外孙女|嫂子|"
           "弟媳|姐夫|妹夫|前夫|前妻|男朋友|女朋友|男友|女友|未婚夫|未婚妻|继父|继母|姑姑|姑妈|姨妈|舅妈|"
           "婶婶|丈母娘|老丈人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|老头子|老头儿|老头|老婆子|老太婆|"
           "孩他爸|孩他妈|孩他爹|孩他娘|孩子他爸|孩子他妈|那口子|当家的|男人|婆娘|先生")
# Words for a person by role (住户, 家长代表, 村医, 网格员, 房东): a name may follow one at once, as after
# 邻居 (outside tester, round 25: 楼上住户孙桂芝 went to the public column while 邻居赵铁柱 was masked).
ROLES = ("住户|居民|村民|村民代表|群众|群众代表|家长|家长代表|村医|乡村医生|网格员|房东|房主|业主|业主代表|"
         "租户|租客|房客|户主|老板|老板娘|店主|摊主|车主|村干部|保洁员|保安|物业经理")
# Posts a name may follow at once, as after a role (班主任刘秀英, 村支书张富贵, 电工班长周建民; outside
# tester, round 25): JOB_TITLES and the longer posts that end in none of them. A post alone
# (初三班主任, 村支书说) names no one and stays.
POSTS = JOB_TITLES | _set("班主任 村支书 老支书 村会计 教练 门卫 管家")
# 村的支书【姓名】: 支书 and 班长 start with a surname but name no one; nor does what is done or
# said after a post (医生查房, 主席纪念馆, 秘书付出, 院长原封退回; read on the taidi2020c letters).
NOT_NAMES = NOT_NAMES | POSTS | _set("纪念 查房 查完 查清 查明 毕竟 盛气 付出 温暖 原封")
NOT_GIVEN_WORDS = NOT_GIVEN_WORDS | _set("大夫 总")  # 医生张大夫, 经理王总说: a surname and a title
# Words said right after a person whose first character may also end a given name (王强带队,
# 李华负责, 赵刚亲自): after a role or a post, a name of two characters ends before one.
SAID_AFTER = _set(
    "带队 带人 带领 带头 带着 负责 亲自 组织 答应 同意 拒绝 收钱 收了 处理 安排 知道 认为 觉得 承诺 "
    "发现 表示 开会 开车 开着 推说 推脱 声称 扬言 威胁 私自 擅自 天天 整天 经常 偏偏 竟然 居然 根本 "
    "硬说 嫌弃 骑车 动手 索要 强行 找人 叫人 召集 主持 值班 上班 下班 来了 过来 违规 违法 违反 私下 当着 "
    "用手 利用 滥用 活活 解释 近期 公然 伙同 勾结")
# Characters common in given names: a two-character given name alone before 家门口 (晓梅家门口) is
# taken only when both its characters are here (自己家门口, 邻居家里, 大家的 are no names).
GIVEN_CHARS = frozenset(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超兰霞刚桂红玉萍鹏辉玲飞建梅燕鑫波斌宇浩凯俊帅雪琳晶婷慧丹"
    "瑶欣悦怡佳颖倩淑珍凤琴莉兵峰亮宏志晓荣德福宝贵珠翠香莲菊彩柱栓喜旺娥琼蓉芬妮莹璐薇蕾菲媛"
    "嫣婉娴嘉琪琦瑞祥庆隆昌铭涵轩睿哲博泽豪毅阳晨旭胜华")
# Verbs of contact done (找了张建国了解情况, 问了李秀英): a name may follow at once, as after 联系了.
CONTACTED = ("找了", "找过", "问了", "问过")
# The last character of a village named without 村 (李庄, 后王楼, 马集, 大刘屯): a place, so a
# surname and one of these is no name (走访王庄), and such a place may stand between a cue and a
# name (走访李庄刘翠花, places.py).
VILLAGE_ENDS = "庄楼集屯营店寨铺湾桥"
# Staff's results name whom they reached: 联系到/联系上 as 联系了 (已联系到赵德明，恢复供水), and after 经
# the visit may be a phrase of its own before the name (经回访，刘翠花确认…) — names.py's _NEAR.
VISITED_LINKS = {**dict.fromkeys(("联系到", "联系上"), ""),
                 **dict.fromkeys(("经回访", "经走访", "经联系", "经电话回访", "经电话联系", "经入户走访"),
                                 "(?:了|到|上)?[，,]?")}
# … and a person among others (经回访刘翠花等村民确认…, 走访了李秀英等住户, 回访刘翠花等3户村民), or
# what was done after reaching them (联系上刘翠花后…; not a village reached: 联系王庄后).
GROUPED = ("等村民", "等群众", "等住户", "等居民", "等农户", "等老人", "等几户", "等家庭", "等户")
GROUPED_AFTER = ("|".join(GROUPED) + "|等[0-9一二两三四五六七八九十几多]+(?:户|人|名|位|家)"
                 "|(?<![庄村集楼屯营店寨铺湾桥园厂场站馆院所局社队组坊沟洼岗坡庙寺岭堂河湖滩堤坝渠])后(?![面边头方])")
# Words for a person, anyone's, that may stand right before 叫, 名叫 or 姓 (她叫李秀兰, 老人姓高，叫高玉兰,
# 那个司机叫杜明辉, 一个叫王建国的人): then the name told is that person's (called.py). Things and
# places (小区, 村子, 牌子, 病) are called by 叫 too, so the list names people only.
PERSONS_CALLED = _set(
    "他 她 TA ta Ta 其 个 一名 那人 此人 这人 该人 那个人 这个人 那位 这位 对方 人家 老人 老人家 老太太 老太 "
    "老奶奶 老大爷 老大娘 老爷爷 老爷子 老头 老汉 老伯 大爷 大娘 大妈 大婶 大叔 大姐 大哥 阿姨 小孩 小孩子 "
    "孩子 小伙子 小伙 小哥 姑娘 女孩 男孩 女孩子 男孩子 男的 女的 男子 女子 男人 女人 主人 男主人 女主人 "
    "户主 房东 房主 租户 租客 房客 业主 车主 摊主 店主 老板 老板娘 司机 工人 负责人 包工头 工头 经理 会计 "
    "组长 村长 书记 主任 班主任 老师 医生 护士 收费员 保安 当事人 五保户 困难户 低保户 贫困户 患者 病人 "
    "死者 伤者 嫌疑人 欠款人 学生 同学 同事 朋友 邻居 住户 居民 村民 网格员 师傅 骑手 快递员 外卖员 "
    "小姑娘 媳妇 丈夫 妻子 儿子 女儿 闺女 母亲 父亲 妹妹 姐姐 弟弟 哥哥 老公 老婆 对象 骗子 小偷 客服 "
    "销售 中介 法人 股东 领导 干部 职工 员工 店员 服务员 营业员 厨师 门卫 代表")
# English words for a person before "named" or "called" (an old man named Wang Defu, the landlord,
# named Chen Jianguo; not a shop named Happy Mart, a dog called Lucky).
LATIN_PERSONS = ("man|woman|lady|gentleman|guy|boy|girl|child|kid|person|someone|somebody|worker|"
                 "driver|landlady|owner|resident|student|teacher|officer|manager|granny|friend|elder|"
                 "cleaner|guard|boss|colleague|" + LATIN_KIN)
# What is said right after a name told by 名叫, 叫做 or 她叫 (名叫王建国，, 她叫李秀兰今年八十了): the name
# ends there, where a thing's or a place's name goes on (名叫金城花园, 叫做违章搭建).
TOLD_AFTER = "今年|现年|是|在|原|住|家住|一个人|独自|独居|已|也|被|从|年近|年过|身体|腿脚|患"
# Things and places named by 名叫, 叫做 or 名字 (这个小区名叫…, 病名叫…, 这种行为叫做…, 村子名字叫…):
# what follows is no person's name (names.py).
THINGS_CALLED = _set(
    "小区 社区 村 村子 庄 路 街 街道 河 桥 山 湖 店 商店 饭店 酒店 公司 企业 工厂 厂 学校 中学 小学 "
    "医院 诊所 病 疾病 行为 情况 现象 做法 网站 平台 软件 超市 市场 楼盘 大厦 项目 品牌 牌子 产品 地方 "
    "单位 机构 组织 花园 家园 游戏 节目 公众号 群 药 东西")
# A place's last words after what was taken for a name (名叫青禾实验中学, 名叫白沙河).
PLACE_ENDS = "小区|公司|实验|中学|小学|学校|医院|超市|酒店|饭店|宾馆|广场|大道|集团|河(?![边里])"
# What 老 starts after a surname that is a title or a word, not a village's given name (names._ELDER).
ELDER_NOT = "板|头|婆|公|汉|伯|太|爷|表|总|师|乡|家|人|大|二|实|伴|年|是|在|了|说|被|把"
# Said in English right before a whole name (Teacher Li Ming, Thanks to Zhou Jianguo, Mr. Zhou Jianguo).
LATIN_TITLES = ("[Tt]eacher|[Dd]octor|Dr\\.?|[Oo]fficer|[Pp]rincipal|[Dd]irector|Mrs?\\.?|Ms\\.?|Miss|"
                "[Tt]hanks? to|[Tt]hank you,?")
