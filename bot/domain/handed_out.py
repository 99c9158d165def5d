"""What personal data of someone else a staff answer hands the citizen (outside tester, round 25,
finding 3): /reply and /done texts reach the citizen word for word, so a neighbour's phone or the
landlord's name in them reaches the one who complained about that neighbour or landlord.

A unit may give a citizen a contact on purpose (the repair crew's number, 王师傅), so a phone or
a name goes as written and the staff member who sent it is told, in the same answer, what kind of
data went out. No unit hands a citizen someone's ID number or bank card (outside tester T27,
finding 1: a neighbour's ID and card number reached the citizen, and again in the 回访): those are
masked before the text is stored or sent (`for_citizen`), but for numbers the citizen gave
themselves, and staff are told. What the masking (bot/domain/privacy) would replace counts — a
phone, an ID number, a name by its cue or a post or role before it — but not the citizen's own
phone or name, nor a label staff typed themselves (【电话】 names no one).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.domain.privacy import LABELS, mask, mask_kinds, numbers_in, scan
from bot.domain.privacy import numbers as _numbers

# Never handed to a citizen but their own: an ID number, a bank card, and a document's number
# after its word (护照号…, or a number after 身份证 that is no valid ID number: one digit off).
HIDDEN = (_numbers.ID, _numbers.CARD, _numbers.DOCUMENT)


def for_citizen(text: str, own_words: str = "") -> str:
    """`text` as the citizen may read it: every ID number, bank card and document number in it
    masked, but one written in `own_words` (what the citizen gave on the ticket). Both are read
    as the masking reads them (round 28: an ID number split by zero-width spaces, or reversed,
    went through)."""
    return mask_kinds(text, HIDDEN, numbers_in(own_words, HIDDEN))


def hidden_kinds(written: str, sent: str) -> list[str]:
    """The kinds `for_citizen` masked in `written` to give `sent` (身份证号, 银行卡号, 证件号)."""
    return [LABELS[kind][1:-1] for kind in HIDDEN
            if sent.count(LABELS[kind]) > written.count(LABELS[kind])]

# Each label the masking puts, and the kind of data it stands for as staff read it.
_KINDS = (("【电话】", "电话"), ("【身份证号】", "身份证号"), ("【银行卡号】", "银行卡号"),
          ("【姓名】", "姓名"))


def others_data(text: str, own_phones: Iterable[str] = (), own_name: str | None = None
                ) -> list[str]:
    """The kinds of personal data (电话, 身份证号, 银行卡号, 姓名) in `text` that are not the
    citizen's own: `own_phones`, the digits of the citizen's numbers; `own_name`, their name
    (Telegram's, as known for the ticket). Empty when none; each kind once, in the order above."""
    read = scan(text)
    own = set(own_phones)
    kinds = []
    for label, kind in _KINDS:
        added = read.text.count(label) - text.count(label)
        if added <= 0:
            continue
        if kind == "电话" and read.phones and set(read.phones) <= own \
                and added == len(read.phones):
            continue  # the citizen's own number, told back to them
        if kind == "姓名" and read.names and own_name \
                and all(mask(name, [own_name]) == label for name in read.names):
            continue  # the citizen's own name (王秀英女士，您好)
        kinds.append(kind)
    return kinds
