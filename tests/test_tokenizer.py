"""The private jieba tokenizer and text normalisation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from nlp.tokenizer import Tokenizer, default_tokenizer, make_tokenizer, normalize

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tokenizer() -> Tokenizer:
    return default_tokenizer()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３，停水！", "abc123,停水!"),  # full-width → half-width, lower case
        ("自來水顏色發黃", "自来水颜色发黄"),  # traditional → simplified
        ("電費怎麼這麼貴", "电费怎么这么贵"),
        ("停\x00水\u200b了\x1b", "停水了"),  # controls and zero-width characters dropped
        ("  多个词语   之间空格\n\t还有换行 ", "多个词语 之间空格 还有换行"),
        ("俺家停 电了", "我家停电了"),  # a space typed inside a word goes ...
        ("路 灯坏了", "路灯坏了"),
        ("我 要 反映", "我要反映"),
        ("春眠不觉晓 处处闻啼鸟", "春眠不觉晓 处处闻啼鸟"),  # ... but not between clauses or lines
        ("停电 abc 停水", "停电 abc 停水"),
        ("木有电了", "没有电了"),  # dialect spelling of 没有
        ("俺男人回来就打俺", "我男人回来就打我"),  # 山东 俺 for 我
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_keeps_simplified_text_unchanged() -> None:
    text = "小区停水三天了，物业说是自来水公司的事，著名的干部也没办法"
    assert normalize(text) == text.replace("，", ",")


def test_domain_words_stay_whole(tokenizer: Tokenizer) -> None:
    words = tokenizer.cut(normalize("我想申请个人身安全保护令，还有医保电子凭证在哪领"))
    assert "人身安全保护令" in words
    assert "医保电子凭证" in words


def test_boundaries_are_word_edges(tokenizer: Tokenizer) -> None:
    text = "提供水果"
    bounds = tokenizer.boundaries(text)
    assert 0 in bounds and len(text) in bounds
    assert 1 not in bounds  # inside 提供: so 供水 (1..3) is not a word here


def test_cache_goes_where_asked_and_userdict_file_is_closed(tmp_path: Path) -> None:
    # filterwarnings=error turns an unclosed userdict file (ResourceWarning) into a failure.
    tokenizer = make_tokenizer(tmp_path)
    assert (tmp_path / f"jieba-{jieba.__version__}.cache").is_file()
    assert tokenizer.cut("停水") == ["停水"]


def test_nothing_loads_at_import_time() -> None:
    code = (
        "import bot.cli.routing, nlp.router, nlp.learn, nlp.tokenizer;"
        "print(nlp.tokenizer.default_tokenizer.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_pypinyin_loads_with_the_router_not_at_import() -> None:
    code = (
        "import sys, nlp.routes, nlp.router, nlp.homophones, nlp.urgent;"
        "print('pypinyin' in sys.modules, nlp.homophones._pinyin_dict.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "0"]


def test_jieba_loads_with_the_tokenizer_without_pkg_resources(tmp_path: Path) -> None:
    # jieba imports pkg_resources only to open its own dictionary (fxsjy/jieba#1043): 60 ms of
    # start-up, hidden while jieba is imported; jieba then opens its dictionary itself.
    code = (
        "import sys, pathlib, nlp.routes, nlp.tokenizer;"
        "print('jieba' in sys.modules, end=' ');"
        f"t = nlp.tokenizer.make_tokenizer(pathlib.Path({str(tmp_path)!r}));"
        "print('pkg_resources' in sys.modules, t.cut('小区停水三天了'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().split(maxsplit=2) == ["False", "False", "['小区', '停水', '三天', '了']"]
