"""What someone reads when they typed a command their role does not give them (bot.actions.gate):
one text per reader and per role the command needs, whatever the command and whatever was typed
after it, so /approve and /urge read alike and no answer names or hints at a ticket."""

from __future__ import annotations

STAFF = "责任单位工作人员"
SUPERVISORS = "督查人员"

_CITIZEN_WAY = ("查看您反映的问题的办理进度，请发 /status 工单编号；发 /my 可列出您的全部工单；"
                "要补充情况，直接回复我关于该工单的消息即可。")


def for_citizen(supervision: bool) -> str:
    """A citizen in private chat: the command is not theirs; where their own view is."""
    who = SUPERVISORS if supervision else STAFF
    return f"这个命令仅供{who}使用。{_CITIZEN_WAY}"


# Staff in private chat who typed a supervisors' command (/approve, /urge, /publish, /digest …).
FOR_STAFF = (f"这个命令仅供{SUPERVISORS}使用。本单位的工单请用 /list、/show 查看和办理；"
             "需要延期请发 /extend，由督查人员批准后生效。")

# A supervisor in private chat who typed a unit's command (/accept, /done, /log …).
FOR_SUPERVISOR = (f"这个命令仅供{STAFF}使用。督查人员可以查看、批准延期、督办和发布，"
                  "不以责任单位名义办理工单。")

# Anyone in a group who typed a supervisors' command.
SUPERVISION_IN_PRIVATE = f"这个命令仅供{SUPERVISORS}在与我的私聊中使用。"


from bot.texts import command_roles_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), command_roles_en)
