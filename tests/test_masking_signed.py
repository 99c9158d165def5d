"""Who did the work, as staff sign a result (outside tester T27, finding 12; refs #10): 经办人,
经手人, 负责人, 承办人 … lead to a person's name as 联系人 does — but as often to a body (经办人：民政所,
承办人：县水务局), which is no name: the label stops at the body and masks only a name after it
(经办人：民政所牛建华 → 经办人：民政所【姓名】; bot/domain/privacy/bodies.py)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public
from bot.domain.privacy.words import SIGNED_BY

_CONFIG = Path(__file__).resolve().parent.parent / "config.example.toml"
UNITS = sorted({unit["name"] for unit in tomllib.loads(_CONFIG.read_text(encoding="utf-8"))
                ["units"]})
SHORT = ("民政所", "水务局", "住建局", "供电所", "林业站", "村委会", "村委", "居委会", "镇政府", "社区",
         "街道办", "派出所", "卫生院", "司法所", "综治办", "财政所", "县民政局民政所", "桐木村")
LABELS = (*SIGNED_BY.split("|"), "联系人")


@pytest.mark.parametrize(("text", "masked"), [
    ("经手人：韩梅梅", "经手人：【姓名】"),
    ("经办人：民政所牛建华，电话0537-6201234", "经办人：民政所【姓名】，电话【电话】"),
    ("负责人：张建军", "负责人：【姓名】"),
    ("承办人：县水务局李明，已上门核实", "承办人：县水务局【姓名】，已上门核实"),
    ("经办人是韩梅梅", "经办人是【姓名】"),
    ("经办人:欧阳娜娜", "经办人:【姓名】"),
    ("值班人：王强，电话13905371234", "值班人：【姓名】，电话【电话】"),
    ("经办人：村委会王强", "经办人：村委会【姓名】"),
    ("经办人：韩梅梅到村委会核实", "经办人：【姓名】到村委会核实"),
    ("经办人：韩梅梅和民政所的同志一起上门", "经办人：【姓名】和民政所的同志一起上门"),
    ("物业的项目负责人为卢秋生", "物业的项目负责人为【姓名】"),
])
def test_a_name_after_who_did_the_work_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert mask(masked) == masked


@pytest.mark.parametrize("text", [
    "经办人：民政所", "承办人：县水务局", "联系人：民政所", "经办人：镇政府", "负责人：住建局",
    "经办人：县人力资源和社会保障局", "经办人：县12345政务服务便民热线", "联系人：社区",
    "记录人：民政所所长", "负责人是否到场", "相关负责人表示明天修好", "主要负责人已到场",
    "负责人员已到场", "去找厂里负责人谈过，还没谈拢", "经办人联系过您吗", "会一并转给经办人",
    "请负责人尽快处理", "负责人为其办理了手续",
])
def test_a_body_or_a_label_alone_stays(text: str) -> None:
    assert mask(text) == text


@given(st.sampled_from(LABELS), st.sampled_from(["：", ":", "是", "为", "： "]),
       st.sampled_from((*UNITS, *SHORT)),
       st.sampled_from(["", "。", "，已上门核实", "负责", "已核实", "（电话【电话】）", "办理", "处理完毕"]))
def test_a_unit_name_after_the_label_is_never_masked(label: str, link: str, unit: str,
                                                     after: str) -> None:
    text = f"已办结。{label}{link}{unit}{after}"
    for shown in (mask(text), mask_public(text)):
        assert unit in shown and "【姓名】" not in shown, (text, shown)


@given(st.sampled_from(LABELS), st.sampled_from(["：", "是"]), st.sampled_from((*UNITS, *SHORT)),
       st.sampled_from(["牛建华", "韩梅梅", "赵德明", "欧阳娜娜", "孙桂芝"]),
       st.sampled_from(["", "，电话【电话】", "。", "，已核实"]))
def test_a_name_after_a_unit_after_the_label_is_masked(label: str, link: str, unit: str,
                                                       name: str, after: str) -> None:
    text = f"已办结。{label}{link}{unit}{name}{after}"
    shown = mask(text)
    assert shown == f"已办结。{label}{link}{unit}【姓名】{after}", (text, shown)
