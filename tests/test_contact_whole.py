"""/contact offers only numbers that can be dialled (refs #10, tester31): a phone number split
over two messages (`有事打电话139 0537`, then `5678 找我就行`) made /contact return `1390537`.
Part of a number is no number: it is left out, and the two halves told in a row are joined."""

from __future__ import annotations

import pytest

from bot.domain.privacy.dialable import joined, whole
from tests.fuzzkit import WATER_STAFF, Rig


@pytest.mark.parametrize("digits", ["13905371234", "05378765432", "0108765432", "8765432",
                                    "87654321", "8613905371234"])
def test_a_whole_number_is_offered(digits: str) -> None:
    assert whole(digits)


@pytest.mark.parametrize("digits", ["1390537", "139053712", "0537876", "123456", "13905",
                                    "0537", "1234567"])
def test_part_of_a_number_is_not(digits: str) -> None:
    assert not whole(digits)


@pytest.mark.parametrize(("texts", "number"), [
    (["有事打电话139 0537", "5678 找我就行"], "13905375678"),
    (["停水了，电话139", "0537 5678"], "13905375678"),
    (["电话0537-87", "65432，白天打"], "05378765432"),
    (["手机号是139-0537-", "5678"], "13905375678"),
])
def test_halves_told_in_a_row_are_joined(texts: list[str], number: str) -> None:
    assert joined(texts) == [number]


@pytest.mark.parametrize("texts", [
    ["停水三天了", "5678找我"], ["电话13905375678", "谢谢"], ["3号楼停水", "2户没水"],
    ["有事打电话139 0537", "停水三天了"],
])
def test_nothing_is_joined_that_does_not_make_a_number(texts: list[str]) -> None:
    assert joined(texts) == []


def test_contact_never_offers_half_a_number(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "李庄村停水三天了，有事打电话139 0537", name="老乡")
    rig.say(user, "5678 找我就行", name="老乡")
    [ticket] = rig.tickets_of(user)
    [said] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert "1390537" not in said.replace("13905375678", ""), said
    assert "13905375678" in said, said


def test_contact_of_a_ticket_with_only_half_a_number_says_there_is_none(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "后王楼村停水了，电话139 0537", name="老乡")
    [ticket] = rig.tickets_of(user)
    [said] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert "1390537" not in said, said
