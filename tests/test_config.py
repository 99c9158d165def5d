"""Config: the example loads, every problem is named by its key path, the CLI never tracebacks."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config, parse_config
from tests.harness import EXAMPLE, REPO


def example() -> dict:
    with EXAMPLE.open("rb") as file:
        return tomllib.load(file)


def problems(data: dict) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, REPO / "x.toml", env={})
    return caught.value.problems


def test_example_config_loads_with_all_19_units_and_every_key() -> None:
    config = load_config(EXAMPLE, env={"INTAKE_BOT_TOKEN": "1:abc"})
    units_tsv = REPO.parent / "shared/data/units.tsv"
    if units_tsv.exists():  # the project's data lives beside the repository, never in it
        units = [line.split("\t")[0] for line in units_tsv.read_text().splitlines()[1:]]
        assert [u.code for u in config.units] == units
    assert config.telegram.token == "1:abc"  # the environment wins
    assert "1:abc" not in repr(config)
    assert config.storage.database == REPO / "data/intake.db"
    assert all(u.keywords for u in config.units)


def test_every_problem_is_reported_with_its_key_path() -> None:
    data = example()
    data["county"]["timezone"] = "Mars/Olympus"
    data["deadlines"]["accept_hours"] = "soon"
    data["digest"]["time"] = "25:99"
    data["telegram"]["colour"] = "blue"
    data["units"][1]["code"] = data["units"][0]["code"]
    data["units"][2]["keywords"] = []
    del data["units"][3]["name"]
    found = problems(data)
    for expected in ("county.timezone", "deadlines.accept_hours", "digest.time",
                     "telegram.colour: unknown key", "units[1].code: duplicate",
                     "units[2].keywords", "units[3].name: missing"):
        assert any(p.startswith(expected) for p in found), (expected, found)


def test_values_a_command_or_the_bot_could_not_use_are_problems() -> None:
    data = example()
    data["units"][4]["code"] = "住建 局"  # /transfer could never name it
    data["units"][5]["keywords"] = ["停水", " "]
    data["intake"] = {"photo_wait_minutes": 99999999999}
    found = problems(data)
    for expected in ("units[4].code: must be 1 to 32 letters", "units[5].keywords: must not"
                     " contain an empty keyword", "intake.photo_wait_minutes: must be at most"):
        assert any(p.startswith(expected) for p in found), (expected, found)


def test_a_malformed_token_is_a_problem_and_never_echoed(tmp_path: Path) -> None:
    import os

    result = run_cli("check-config", "--config", str(EXAMPLE),
                     env={**os.environ, "INTAKE_BOT_TOKEN": "bad token with spaces"})
    assert result.returncode == 2
    # named where it was given (outside tester: a bad token in the environment was blamed on
    # a config file that was right)
    assert "INTAKE_BOT_TOKEN: not a bot token" in result.stdout, result.stdout
    assert "bad token" not in result.stdout + result.stderr
    in_file = tmp_path / "config.toml"
    in_file.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'token = ""', 'token = "bad token with spaces"', 1), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "INTAKE_BOT_TOKEN"}
    result = run_cli("check-config", "--config", str(in_file), env=env)
    assert "telegram.token: not a bot token" in result.stdout, result.stdout
    assert "bad token" not in result.stdout + result.stderr


def test_hotline_unit_is_required() -> None:
    data = example()
    data["units"] = [u for u in data["units"] if u["code"] != "hotline"]
    assert any("hotline" in p for p in problems(data))


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, capture_output=True,
                          text=True, env=env, timeout=60)


def test_check_config_cli_exit_codes(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "INTAKE_BOT_TOKEN"}
    missing = run_cli("check-config", env=env)
    assert missing.returncode == 2 and "telegram.token: missing" in missing.stdout
    ok = run_cli("check-config", "--config", str(EXAMPLE), env={**env, "INTAKE_BOT_TOKEN": "1:x"})
    assert ok.returncode == 0, ok.stdout + ok.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[county\nname=", encoding="utf-8")
    bad = run_cli("--config", str(broken), "check-config", env=env)
    assert bad.returncode == 2 and "not valid TOML" in bad.stderr and "Traceback" not in bad.stderr
    # Saved by Windows Notepad as "UTF-8 with BOM": read as the same file (an outside tester got
    # "not valid TOML (Invalid statement (at line 1, column 1))" with no hint).
    bom = tmp_path / "bom.toml"
    bom.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    read = run_cli("check-config", "--config", str(bom), env={**env, "INTAKE_BOT_TOKEN": "1:x"})
    assert read.returncode == 0, read.stdout + read.stderr
    gbk = tmp_path / "gbk.toml"  # saved by Notepad in the local code page
    gbk.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gbk", "replace"))
    bad = run_cli("check-config", "--config", str(gbk), env=env)
    assert bad.returncode == 2 and "not UTF-8" in bad.stderr and "Traceback" not in bad.stderr
    absent = run_cli("check-config", "--config", str(tmp_path / "nope.toml"), env=env)
    assert absent.returncode == 2 and "not found" in absent.stderr


def test_run_without_token_fails_with_one_line(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "INTAKE_BOT_TOKEN"}
    result = run_cli("run", "--config", str(EXAMPLE), env=env)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "telegram.token" in result.stderr


def test_bad_arguments_are_one_line() -> None:
    for args in (["frobnicate"], ["invite"], ["tick", "--now", "yesterday"], ["eval"],
                 ["route", "--routes"]):
        result = run_cli(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, args
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert result.stderr.startswith("error: "), (args, result.stderr)


def test_check_config_reports_a_broken_routes_table(tmp_path: Path) -> None:
    import os

    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'routes = ""', 'routes = "missing.toml"'), encoding="utf-8")
    result = run_cli("check-config", "--config", str(config),
                     env={**os.environ, "INTAKE_BOT_TOKEN": "1:x"})
    assert result.returncode == 2 and result.stdout.startswith("nlp.routes:"), result.stdout
