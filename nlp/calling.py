"""打…电话 is to call someone, not to hit them (refs #10, tester31).

`打我老婆手机`, `有事打我爸电话`, `联系不上就打我媳妇的手机` leave a number to ring; read as violence
they made a report urgent, told the citizen to call 110 and sent it to the police. `dialled`
rewrites such a phrase as 拨…电话 (dial) before an emergency is looked for, so the person
after it is someone to call. Only a person's phone counts: 打 then whose it is — a relative, a
neighbour, a post (村长, 物业) — then 电话, 手机, 座机 or 号码, or the number itself
(打我的13866660000, 打俺儿子的135…, 打我:188…: a blow is never followed by seven digits), with no
mark or word of harm between (and "if you cannot reach me" before it, 联系不上就…, is no one missing);
`打我老婆`, `他拿刀打人`, `他打我老婆，手机都摔了`, `打我的头`, `打我3回了` keep their 打.
A person alone is someone to call too where the words before say so — 联系不上我就打我儿子, 有事
打俺闺女, 也可以打我家老头, 找不到我打他爹 — or a number follows, in figures or in words
(打我闺女 一三九零…); `他打我儿子`, `我老公有事就打我儿子` keep their 打 (someone does it). A blow
denied (没人打俺儿子, 不是有人打我儿子) is none.
Calls or texts that harass (一直打我电话骚扰, 天天发短信骚扰我) are 电话骚扰, the police's nuisance
by phone: no blow, and no harassment in person (性骚扰, the women's federation's) either.
"""

from __future__ import annotations

import re

__all__ = ["dialled"]

_WHOSE = (r"老婆|媳妇儿?|老公|爱人|丈夫|妻子|对象|老伴儿?|爸爸?|妈妈?|爹|娘|儿子|女儿|闺女|孩子|"
          r"哥哥?|姐姐?|弟弟?|妹妹?|爷爷|奶奶|姥姥|姥爷|外公|外婆|孙子|孙女|女婿|儿媳妇?|叔叔?|"
          r"阿姨|舅舅?|婶婶?|大爷|大娘|公公|婆婆|岳父|岳母|亲戚|家人|家里|邻居|朋友|同事|老板|房东|"
          r"物业|村长|书记|主任|组长|网格员|师傅|老头子?|老太太?|老婆子")
# 打, whose (我/俺/他…, a person word, or both), then the phone: 打我老婆手机, 打我媳妇的手机,
# 打俺家座机, 打村长电话, 打我电话. A bare 打电话 names no one to hit and stays as it is, so the
# words the routing tables learned (打电话骂俺, 冒充客服打电话) keep their form.
# The phone itself is read as 电话 whatever it is called: 手机 alone leans to the police's stolen
# phones in the learned opinion, and a number to ring names no matter.
# A number given straight after whose it is: a landline or a mobile, spaced or dashed as typed
# (0539-1234567, 139 1234 5678), or starred (138****1234), or in words (一三九零…); a colon or a
# space may stand before it.
_NUMBER = (r"[: ]?(?:\+?86)?(?:\d[\d *-]{5,}\d"
           r"|[零〇幺一二三四五六七八九][零〇幺一二三四五六七八九 -]{5,}[零〇幺一二三四五六七八九])")
# Before a number, whoever is named (打她侄子的152…, 打李会计 0539…) is someone to ring.
_CALL = re.compile(
    rf"打((?:[我俺他她你咱]们?家?的?(?:{_WHOSE})?|(?:{_WHOSE}))的?)(?:电话|手机号|手机|座机|号码)"
    rf"|打([^,.!?;:\s\d。、打了伤死]{{1,6}}?)(?={_NUMBER})")
# Whose and who alone (我儿子, 他爹, 我家老头), after words that ask to be called — when the writer
# cannot be reached (联系不上我就, 找不到我, 不在家), if need be (有事, 急事), or as a choice (可以, 也可以,
# 或者) — and before the clause ends, a "will do" (也行, 就行, 吧) or a number. Nobody is named
# before them in the clause: 他一有事就打我儿子, 我老公有事就打我儿子 tell who does it, a blow.
_WHO = rf"(?:[我他她你咱]们?家?的?)?(?:{_WHOSE})"
_ASKED = re.compile(
    r"(?P<cue>(?:联系不上|联系不到|找不到|打不通|不接电话|没人接|不在家?|有事|有急事|急事|"
    r"(?<!不)可以|或者)(?:我|人)?(?:的话)?,?(?:就|也|再|请|麻烦|可以|也可以)?)"
    rf"打(?P<who>{_WHO})(?=$|[,.!?;:。 ]|也行|也可以|就行|吧|{_NUMBER})")
_DOER = re.compile(rf"[他她]|那人|有人|那个人|男的|女的|{_WHOSE}")
# A blow denied: 没人打我儿子, 没有人打她, 谁也没打, 不是有人打我儿子 (the writer saying they meant a call).
_DENIED = re.compile(r"(?:没有?人|没谁|谁也没|谁都没|不是(?:说)?有人|并没有人)(?:在|要)?打"
                     rf"(?={_WHO})")


# "If you cannot reach me, call…": 联系不上就打…, 找不到我就打…, 打不通的话打… say where to call
# when the writer is out, nobody gone missing.
_UNREACHED = re.compile(r"(?:联系不上|联系不到|找不到|打不通|不接电话|没人接)(?:我|人)?(?:的话)?(?=[,，]?"
                        r"(?:就|可以|请|再|麻烦)?(?:拨|给[^,，。!?]{1,8}?打电话|打电话))")


# A call or a text that harasses: 拨我电话骚扰 (as 打我电话骚扰 reads once dialled), 电话骚扰我, 发短信骚扰,
# 老是打电话骚扰 (not 打骚扰电话推销, spam calls, the hotline's).
# The 打 goes too: jieba cuts 打电话 as one word, which would leave 骚扰 standing alone.
_HOUNDING = re.compile(r"(?:[打拨发][^,，。!?！？]{0,6}?)?(?:电话|手机|短信)"
                       r"[^,，。!?！？]{0,6}?骚扰(?:我|俺)?")


def dialled(text: str) -> str:
    """`text` with each 打…电话/手机/座机 (to call someone) written 拨…电话, and the "if you
    cannot reach me" before such a call said as "if need be" (需要时), and a call or text that
    harasses as 电话骚扰."""
    if "打" in text:
        called = _ASKED.sub(_asked, _CALL.sub(lambda m: f"拨{m[1] or m[2]}电话", text))
        called = _DENIED.sub("没人碰", called)
        text = _UNREACHED.sub("需要时", called) if "拨" in called or "打电话" in called else called
    return _HOUNDING.sub("电话骚扰", text) if "骚扰" in text else text


def _asked(found: re.Match[str]) -> str:
    """A person asked to be called (联系不上我就打我儿子) as dialled, unless someone does it."""
    clause = re.split(r"[,.!?;:。]", found.string[:found.start()])[-1]
    if _DOER.search(clause.replace("其他", "")):
        return found[0]
    return f"{found['cue']}拨{found['who']}电话"
