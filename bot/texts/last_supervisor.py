"""What the county's last supervisor reads on /leave, then /leave 确认 (bot.actions.invites.leave)."""

from __future__ import annotations

LEAVING = (
    "⚠️ 您是目前唯一的督查人员。解除绑定后，紧急工单提醒、督办通知书、延期申请和每日简报将无人接收，"
    "延期申请也无人批准。建议先请系统管理员为接任者生成邀请码（python -m bot invite --supervisor），"
    "接任者绑定后再解除。如确需现在解除，请发送 /leave 确认。")
NONE_LEFT = "目前已没有督查人员，请提醒系统管理员尽快为接任者生成督查邀请码。"
