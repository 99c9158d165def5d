"""`python -m bot route|eval|learn` as real subprocesses, and their config errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.toml"

HISTORY = "text,label\n" + "".join(
    f"{text},{label}\n"
    for text, label in [
        ("小区停水三天了", "water"), ("自来水发黄", "water"), ("又停水了", "water"),
        ("老板拖欠工资", "hrss"), ("工地不发工资", "hrss"), ("拖欠工资半年", "hrss"),
    ] * 3
)


def bot(*args: str, stdin: str = "", cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, input=stdin, capture_output=True,
        text=True, timeout=120,
    )


def one_line_error(done: subprocess.CompletedProcess[str], expected: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("error")]
    assert len(lines) == 1 and expected in lines[0], done.stderr


def test_route_arguments_print_one_json_object_each() -> None:
    done = bot("route", "不是停电，是停水", "谢谢你们", "--config", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["unit"] == "water" and "停水" in first["keywords"]
    assert second["kind"] == "noise"
    assert "县水务局" in lines[0]  # ensure_ascii=False: readable Chinese


def test_route_reads_stdin_lines_in_order_and_empty_line_is_noise() -> None:
    done = bot("--config", str(EXAMPLE), "route", stdin="电费太贵了\n\n救命，厨房着火了\n")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert results[0]["unit"] == "power"
    assert results[1]["kind"] == "noise"
    assert results[2]["urgent"] is True and results[2]["kind"] == "report"


def test_a_message_called_noise_names_no_unit() -> None:
    """Greetings, thanks and pasted genres are no report: no unit, no unit's keyword, no
    candidates, whatever a unit's words they happen to hold (你好 once named housing, 收到 police)."""
    texts = ("你好", "谢谢", "收到", "你们辛苦了", "早上好", "购物清单：鸡蛋、挂面、酱油、电池",
             "湖人112比108险胜勇士")
    done = bot("route", *texts, "--config", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [result["kind"] for result in results] == ["noise"] * len(texts)
    for result in results:
        assert result["unit"] is None and result["unit_name"] is None, result
        assert result["candidates"] == [] and result["confidence"] == 0.0, result
    assert all(word in "你好谢谢收到你们辛苦了" for result in results[:4] for word in result["keywords"])


def test_learn_then_route_and_eval_with_the_table(tmp_path: Path) -> None:
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    routes = tmp_path / "routes.toml"
    done = bot("learn", str(history), "--out", str(routes), "--config", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert routes.is_file() and "2 units" in done.stdout
    done = bot("route", "--routes", str(routes), "家里停水了")
    assert json.loads(done.stdout)["unit"] == "water"
    done = bot("eval", str(history), "--routes", str(routes), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["rows"] == 18 and report["accuracy"] == 1.0
    assert set(report["units"]) == {"water", "hrss"}

    # The same table from the config's [nlp] routes (relative to the config file).
    config = tmp_path / "config.toml"
    config.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('routes = ""', 'routes = "routes.toml"', 1),
        encoding="utf-8",
    )
    done = bot("route", "拖欠工资", "--config", str(config))
    assert json.loads(done.stdout)["unit"] == "hrss"


def test_a_table_learned_on_other_labels_is_noted_and_refused_for_the_bot(tmp_path: Path) -> None:
    history = tmp_path / "history.csv"
    history.write_text(HISTORY.replace(",hrss", ",nosuchunit"), encoding="utf-8")
    routes = tmp_path / "routes.toml"
    done = bot("learn", str(history), "--out", str(routes), "--config", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert "not unit codes of config.example.toml: nosuchunit" in done.stderr
    assert json.loads(bot("route", "--routes", str(routes), "拖欠工资").stdout)["unit"] \
        == "nosuchunit"  # evaluating on other labels stays possible
    config = tmp_path / "config.toml"
    config.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('routes = ""', 'routes = "routes.toml"', 1),
        encoding="utf-8",
    )
    checked = bot("check-config", "--config", str(config))
    assert checked.returncode == 2
    assert "nlp.routes: units that are not in the config: nosuchunit" in checked.stdout


def test_eval_report_on_tsv(tmp_path: Path) -> None:
    data = tmp_path / "labelled.tsv"
    data.write_text(
        'id\tunit\ttext\n1\twater\t停水了\n2\tpower\t停电了\n3\twater\t路灯坏了 "引号"\n',
        encoding="utf-8",
    )
    done = bot("eval", str(data), "--config", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert "accuracy 0.6667" in done.stdout
    assert "water → urban: 1" in done.stdout
    assert "precision" in done.stdout


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        ('text,label\n"unclosed,water\n', "bad.csv", "malformed"),
        ("words,label\n停水,water\n", "nocol.csv", "no 'text' column"),
        ("text,kind\n停水,water\n", "nolabel.csv", "no 'label' or 'unit' column"),
        ("text,label\n停水,water,extra\n", "extra.csv", "3 fields"),
        ("", "empty.csv", "empty file"),
    ],
)
@pytest.mark.parametrize("command", ["eval", "learn"])
def test_bad_labelled_files_fail_with_one_line(
    tmp_path: Path, content: str, name: str, expected: str, command: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    extra = ["--out", str(tmp_path / "out.toml")] if command == "learn" else []
    one_line_error(bot(command, str(path), *extra, "--config", str(EXAMPLE)), expected)
    assert not (tmp_path / "out.toml").exists()


def test_too_few_rows_teach_no_table(tmp_path: Path) -> None:
    path = tmp_path / "five.tsv"
    path.write_text("text\tlabel\n停水了\twater\n路灯坏了\turban\n物业不管\thousing\n"
                    "工资没发\thrss\n医保报销\tmedins\n", encoding="utf-8")
    one_line_error(bot("learn", str(path), "--out", str(tmp_path / "out.toml"),
                       "--config", str(EXAMPLE)), "taught no keyword")
    assert not (tmp_path / "out.toml").exists()


def test_missing_file_and_missing_routes(tmp_path: Path) -> None:
    one_line_error(bot("eval", str(tmp_path / "nope.csv")), "file not found")
    one_line_error(bot("route", "--routes", str(tmp_path / "nope.toml"), "x"), "not found")


def test_config_errors_for_routes_and_keywords(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = tmp_path / "missing.toml"
    missing.write_text(text.replace('routes = ""', 'routes = "gone.toml"', 1), encoding="utf-8")
    one_line_error(bot("route", "x", "--config", str(missing)), "nlp.routes")
    (tmp_path / "bad.toml").write_text('[[units]]\ncode = "a"\n"x" = [', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace('routes = ""', 'routes = "bad.toml"', 1), encoding="utf-8")
    one_line_error(bot("route", "x", "--config", str(broken)), "not valid TOML")
    short = tmp_path / "short.toml"
    short.write_text(text.replace('"水龙头"', '"水"', 1), encoding="utf-8")
    one_line_error(bot("route", "x", "--config", str(short)), "unit 'water'")


def test_transfer_history_feeds_eval_and_learn(tmp_path: Path) -> None:
    import datetime as dt

    from bot.config import load_config
    from bot.store import tickets as repo
    from bot.store.db import Store

    config_path = tmp_path / "config.toml"
    config_path.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'database = "data/intake.db"', 'database = "intake.db"'), encoding="utf-8")
    config = load_config(config_path, env={})
    now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    store = Store.open(config.storage.database)
    with store.atomic() as db:  # routed to water, staff moved it to urban, urban took it on
        ticket = repo.create(db, config, source_key="k1", citizen_id=1, chat_id=1,
                             citizen_name="", text="小区门口井盖丢了", unit="water",
                             urgent=False, keywords=[], confidence=0.5, now=now)
        ticket = repo.update(db, ticket, now, 7, "staff", "transfer",
                             {"unit": "urban", "transfer_count": 1}, "井盖归城管", "water", "urban")
        repo.transition(db, ticket, "accept", now, 8, "staff")
    store.close()
    data = tmp_path / "labelled.csv"
    data.write_text(HISTORY, encoding="utf-8")

    report = bot("eval", str(data), "--json", "--config", str(config_path))
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["transferred_away"] == {"water": 1}

    learned = bot("learn", str(data), "--transfers", "--out", str(tmp_path / "r.toml"),
                  "--config", str(config_path))
    assert learned.returncode == 0, learned.stderr
    assert "adding 1 transferred tickets" in learned.stderr
    assert 'code = "urban"' in (tmp_path / "r.toml").read_text(encoding="utf-8")


def test_eval_refuses_labels_that_are_no_unit(tmp_path: Path) -> None:
    path = tmp_path / "typo.csv"
    path.write_text("text,label\n停水了,water\n路灯坏了,urbn\n", encoding="utf-8")
    one_line_error(bot("eval", str(path), "--config", str(EXAMPLE)), "not unit codes: urbn")


@pytest.mark.parametrize("data", [
    "停水了\n".encode("gbk"),  # a file saved as GBK, the usual way this happens
    "停电了\n".encode() + b"\xff\xfe\n",
])
def test_route_refuses_input_that_is_not_utf8(data: bytes) -> None:
    """Text that is not UTF-8 is not routed as replacement characters: one line naming the line
    and the problem, and a non-zero exit; lines before it were routed."""
    done = subprocess.run([sys.executable, "-m", "bot", "route", "--config", str(EXAMPLE)],
                          cwd=REPO, input=data, capture_output=True, timeout=120)
    stderr = done.stderr.decode()
    assert done.returncode == 2
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    assert stderr.startswith("error: stdin line ") and "not UTF-8" in stderr
    assert "\ufffd" not in done.stdout.decode()
    routed = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(routed) == stderr.startswith("error: stdin line 2")


def test_route_refuses_an_argument_that_is_not_utf8() -> None:
    done = subprocess.run([sys.executable.encode(), b"-m", b"bot", b"route", b"--config",
                           str(EXAMPLE).encode(), "停水了".encode("gbk")],
                          cwd=REPO, capture_output=True, timeout=120)
    stderr = done.stderr.decode()
    assert done.returncode == 2 and stderr.count("\n") == 1, stderr
    assert stderr.startswith("error: TEXT 1: not UTF-8") and done.stdout == b""


def test_route_reads_past_a_byte_order_mark() -> None:
    """A file saved by Windows Notepad as UTF-8 starts with a BOM: not part of the first text."""
    done = subprocess.run([sys.executable, "-m", "bot", "route", "--config", str(EXAMPLE)],
                          cwd=REPO, input="\ufeff停电了\n".encode(), capture_output=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "\\ufeff" not in done.stdout.decode() and "\ufeff" not in done.stdout.decode()
    assert json.loads(done.stdout)["unit"] == "power"
