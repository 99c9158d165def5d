"""What staff read when a /done result only says the matter was passed on (T24 finding 11): that
is no 办结 — nobody would hold the problem while its citizen read it was finished — so the
ticket stays as it was and they are pointed to /transfer."""

from __future__ import annotations

from bot.render import esc


def not_done(number: str, result: str) -> str:
    n = esc(number)
    return (f"⚠️ 工单 <code>{n}</code> 未办结：办理结果“{esc(result)}”只说明已转交其他单位。"
            "这样办结后，就没有单位再办理这件事，市民却会收到“已办结”的通知。\n"
            f"如果此事应由其他单位办理，请用 <code>/transfer {n} 单位 理由</code> 改派"
            "（该单位会收到工单，市民也会得到通知）；"
            f"如果问题已经解决，请写明具体办理结果后再发 <code>/done {n} 办理结果</code>。")
