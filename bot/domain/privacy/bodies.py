"""A body's name where a label leads to a person: 经办人：民政所牛建华, 承办人：县水务局, 联系人：村委会.

Staff sign a result with the label of whoever did the work (经办人, 经手人, 负责人, 承办人), and as
often put their unit there, or the unit and then the person. After such a label (names.py) a body
is no name: the name may only follow it. A body is read by how its name ends — 所, 局, 站, 办, 委,
中心, 公司, 村委(会), 镇政府, 社区, 街道, 联合会, 热线 … — within one phrase, after a few characters
that say what it is (民政所, 县住房和城乡建设局, 国网金乡县供电公司, 县12345政务服务便民热线), or as a
body of its own word (社区, 街道办, 镇政府); a village or town is such a place too (负责人是桐木村
杨调解员). A post that starts with the same character (所长, 局长, 站长, 办主任) is no body's end;
nor is a phrase that says what someone did (韩梅梅到村委会核实: 到 is no part of a body's name).
A three-character name that ends as a body does (张国站) is read as a body: rare, and the price
of reading 林业站 and 民政所 as bodies.
"""

from __future__ import annotations

import re

# How a body's name ends, longest first where one ends another (村委会 before 委).
_ENDS = ("委员会|联合会|居委会|村委会|村委|镇政府|乡政府|人民政府|政府|街道办事处|街道办|街道|办事处|"
         "社区|中心|公司|集团|银行|信用社|派出所|卫生院|医院|法院|检察院|学校|中学|小学|幼儿园|大队|"
         "中队|支队|热线|服务站|管理站|管理处|[所局站办委厅处镇乡屯]|村(?![民里委])")
# A body's own word, with nothing before it (社区, 街道办, 镇政府, 村委会).
_ALONE = ("委员会|居委会|村委会|村委|镇政府|乡政府|政府|街道办事处|街道办|街道|办事处|社区|派出所|卫生院|"
          "镇里|乡里|村里")
# What may stand before a body's end: what it is and where (县, 市, 民政, 12345). Not what a phrase
# about a person holds: 的了在到去说…, spaces and punctuation; 和 only in a body's name that says
# where first or is a ministry's (县住房和城乡建设局, 人力资源和社会保障局; 韩梅梅和民政所 is a person
# and a body).
_NOT_IN = "的了着在到去来说讲与跟同对把被给向从是也就都将让请已曾正刚还又再要想经核帮找给叫及"
_CHAR = rf"(?:[0-9\u4e00-\u9fff](?<![{_NOT_IN}和]))"
_CHAR_AND = rf"(?:[0-9\u4e00-\u9fff](?<![{_NOT_IN}]))"
_WHERE = "[县市区省镇乡]|国网|住房|人力资源|自然资源|教育|文化|卫生|农业|工业"
# After a one-character end, what makes it a word of its own: 处理, 办理, 办公, 所以, 所有, 局面.
_NOT_AFTER = "[长理公以有面在托事]|主任|书记"
_BODY = re.compile(
    rf"(?:{_ALONE}|(?:{_WHERE}){_CHAR_AND}{{0,16}}(?:{_ENDS})|[0-9A-Za-z\u4e00-\u9fff](?<![{_NOT_IN}和])"
    rf"{_CHAR}{{0,14}}(?:{_ENDS}))(?!{_NOT_AFTER})")
_SHORTEST_BEFORE_ONE = 2  # 民政所, 桐木村: one character before 所 or 村 is a surname (张局, 李村)


def end(text: str, at: int) -> int:
    """Where the body whose name starts at `at` ends (several in a row, 县民政局民政所, read as one);
    `at` when no body's name starts there."""
    while (m := _BODY.match(text, at)) is not None and _whole(m):
        at = m.end()
    return at


def _whole(m: re.Match[str]) -> bool:
    """Whether the match is a body's name, not a surname before a one-character end (张局, 王所)."""
    word = m[0]
    return len(word) > _SHORTEST_BEFORE_ONE or word[-1] not in "所局站办委厅处镇乡屯村" \
        or re.fullmatch(_ALONE, word) is not None
