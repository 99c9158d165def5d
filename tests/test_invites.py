"""Invite codes and /join: single use, expiry, throttling, identity by numeric id."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.actions import invites
from bot.actions.invites import JoinStatus
from bot.domain.permissions import Role
from bot.store import people
from tests.harness import REPO
from tests.staffkit import NOW, make_kit


def _code(kit, role: Role = Role.STAFF, unit: str | None = "water",
          now: dt.datetime = NOW) -> str:
    with kit.desk.store.atomic() as db:
        return invites.create(db, kit.desk.config, role, unit, now).code


def _redeem(kit, user_id: int, code: str, now: dt.datetime = NOW) -> invites.JoinResult:
    with kit.desk.store.atomic() as db:
        return invites.redeem(db, kit.desk.config, user_id, code, now)


def test_code_binds_the_numeric_id_once() -> None:
    kit = make_kit()
    code = _code(kit)
    assert len(code) == invites.CODE_LENGTH and set(code) <= set(invites.ALPHABET)
    result = _redeem(kit, 11, code.lower()[:4] + "-" + code.lower()[4:])  # typed loosely
    assert (result.status, result.role, result.unit) == (JoinStatus.JOINED, Role.STAFF, "water")
    assert people.actor_of(kit.db, kit.desk.config, 11).unit == "water"
    assert _redeem(kit, 12, code).status is JoinStatus.INVALID  # single use
    assert _redeem(kit, 11, code).status is JoinStatus.BOUND  # its owner is told what they are
    assert people.actor_of(kit.db, kit.desk.config, 12).role is Role.CITIZEN


def test_expired_and_unknown_codes_are_refused_alike() -> None:
    kit = make_kit()
    code = _code(kit)
    later = NOW + dt.timedelta(hours=kit.desk.config.people.invite_hours, seconds=1)
    assert _redeem(kit, 11, code, later).status is JoinStatus.INVALID
    assert _redeem(kit, 12, "AAAAAAAAAA").status is JoinStatus.INVALID
    assert _redeem(kit, 13, "").status is JoinStatus.INVALID
    assert kit.db.execute("SELECT count(*) FROM join_failures").fetchone()[0] == 3


def test_supervisor_code() -> None:
    kit = make_kit()
    result = _redeem(kit, 21, _code(kit, Role.SUPERVISOR, None))
    assert result.role is Role.SUPERVISOR and result.unit is None
    assert 21 in people.supervisors(kit.db, kit.desk.config)


def test_brute_force_is_throttled_even_for_a_valid_code() -> None:
    kit = make_kit()
    good = _code(kit)
    for attempt in range(invites.MAX_FAILURES):
        assert _redeem(kit, 31, f"WRONG{attempt:05d}").status is JoinStatus.INVALID
    throttled = _redeem(kit, 31, good)
    assert throttled.status is JoinStatus.THROTTLED and throttled.retry_at is not None
    assert people.actor_of(kit.db, kit.desk.config, 31).role is Role.CITIZEN
    # Another user is not affected, and the good code was not used up.
    assert _redeem(kit, 32, good).status is JoinStatus.JOINED
    # Once the window has passed without attempts, 31 may try again.
    assert _redeem(kit, 31, _code(kit), throttled.retry_at + dt.timedelta(seconds=1)).status \
        is JoinStatus.JOINED


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_no_typed_text_binds_without_a_code(typed: str) -> None:
    kit = make_kit()
    assert _redeem(kit, 41, typed).status is JoinStatus.INVALID


def test_a_second_code_changes_no_role_until_leave_and_username_changes_do_not_matter() -> None:
    """An outside tester's only supervisor sent a unit's code and silently became its staff: the
    county had no supervisor and the digest went to nobody. A second code is refused, unused."""
    kit = make_kit()
    _redeem(kit, 51, _code(kit, unit="water"))
    with kit.desk.store.atomic() as db:
        people.seen(db, 51, "新名字", "renamed_user", NOW)  # a new @username: still the same id
    assert people.actor_of(kit.db, kit.desk.config, 51).unit == "water"
    housing = _code(kit, unit="housing")
    refused = _redeem(kit, 51, housing)
    assert (refused.status, refused.role, refused.unit) == (JoinStatus.BOUND, Role.STAFF, "water")
    assert people.actor_of(kit.db, kit.desk.config, 51).unit == "water"
    with kit.desk.store.atomic() as db:
        people.unbind(db, 51, NOW)  # /leave
    assert _redeem(kit, 51, housing).status is JoinStatus.JOINED  # the code was kept unused
    assert people.actor_of(kit.db, kit.desk.config, 51).unit == "housing"


def test_join_flow_answers_and_tells_supervisors() -> None:
    kit = make_kit(supervisors=(900,))
    code = _code(kit)
    assert "绑定成功" in invites.join(kit.desk, kit.msg(61, name="李四"), code, NOW)
    assert "邀请码无效" in invites.join(kit.desk, kit.msg(62), code, NOW)
    [note] = kit.sent_to(900)
    assert "李四" in note  # staff act in office: supervisors see who joined, by name
    # A supervisor who joins is answered, and the other supervisors are told; not they themselves.
    assert "绑定成功" in invites.join(kit.desk, kit.msg(63, name="王督查"),
                                    _code(kit, Role.SUPERVISOR, None), NOW)
    assert [t for t in kit.sent_to(63) if "绑定成功" in t]
    assert not [t for t in kit.sent_to(63) if "已通过邀请码" in t]
    assert [t for t in kit.sent_to(900) if "王督查" in t]
    # The supervisor sends a unit's code: told what they are and how to change, still supervising.
    staff_code = _code(kit)
    said = invites.join(kit.desk, kit.msg(63, name="王督查"), staff_code, NOW)
    assert "您已是督查人员" in said and "/leave" in said and "绑定成功" not in said, said
    assert people.actor_of(kit.db, kit.desk.config, 63).role is Role.SUPERVISOR
    assert "绑定成功" in invites.join(kit.desk, kit.msg(64), staff_code, NOW)  # not used up
    # A supervisor named in the config is told to ask the operator.
    said = invites.join(kit.desk, kit.msg(900), _code(kit), NOW)
    assert "您已是督查人员" in said and "系统管理员" in said and "/leave" not in said, said
    assert people.actor_of(kit.db, kit.desk.config, 900).role is Role.SUPERVISOR


def test_replayed_join_changes_nothing() -> None:
    kit = make_kit()
    msg = kit.msg(71)
    assert invites.join(kit.desk, msg, "WRONGWRONG", NOW)
    kit.db.execute("INSERT INTO inbox (update_id, payload, received_at, processed_at)"
                   " VALUES (?, '{}', '', 'x')", [msg.update_id])
    assert invites.join(kit.desk, msg, "WRONGWRONG", NOW) == ""
    assert kit.db.execute("SELECT count(*) FROM join_failures").fetchone()[0] == 1


def test_cli_invite_prints_the_code_alone_on_the_last_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    example = (REPO / "config.example.toml").read_text(encoding="utf-8")
    config.write_text(example.replace('database = "data/intake.db"',
                                      f'database = "{tmp_path / "intake.db"}"'), encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", "invite", *args, "--config",
                               str(config)], cwd=REPO, capture_output=True, text=True, timeout=60)

    unit = run("--unit", "water")
    supervisor = run("--supervisor")
    assert unit.returncode == supervisor.returncode == 0, unit.stderr + supervisor.stderr
    codes = [p.stdout.splitlines()[-1] for p in (unit, supervisor)]
    with sqlite3.connect(tmp_path / "intake.db") as conn:
        rows = dict(conn.execute("SELECT code, coalesce(unit, role) FROM invites"))
    assert rows == {codes[0]: "water", codes[1]: "supervisor"}
    bad = run("--unit", "nowhere")
    assert bad.returncode == 2 and "water" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert run().returncode == 2


def test_a_code_typed_in_a_group_is_revoked_and_answered_as_any_text() -> None:
    """An outside tester (round 20): /join CODE in a group left the code valid for anyone who
    read it. It is revoked there; the answer is the same for a code and for anything else."""
    kit = make_kit()
    code, other = _code(kit), _code(kit)
    exposed = invites.join(kit.desk, kit.msg(71, chat_id=-1001), code.lower(), NOW)
    wrong = invites.join(kit.desk, kit.msg(72, chat_id=-1001), "WRONGWRONG", NOW)
    assert exposed == wrong and "已立即作废" in exposed and "私聊" in exposed
    assert _redeem(kit, 71, code).status is JoinStatus.INVALID  # not even its sender
    assert _redeem(kit, 73, other).status is JoinStatus.JOINED  # other codes are untouched
