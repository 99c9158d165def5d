"""Intake throughput and latency, side by side with a minimal PTB echo bot, in one run; then
fairness under a flood.

    python benchmarks/intake.py [--messages 1000] [--users 200] [--rounds 5] [--flood 300]
                                [--compare CHECKOUT]

Throughput: both bots run as subprocesses against the same loopback fake Bot API with its flood
limits off; our bot's own pacing is configured off (max_per_second = 0 and friends), so the
figures measure the pipeline: inbox commit, routing, ticket + audit + outbox commit, delivery,
sent-mark commit. Rounds alternate ours and the echo bot (and, with `--compare`, the bot of
another checkout, e.g. `git worktree add /tmp/before main`, measured the same way). Prints
medians over the rounds, the ratio, p50/p99 receipt→acknowledgement latency, resident memory
(router loaded) and start-up.

Fairness: our bot with its default pacing and flood limit, on the fake with Telegram's limits
on. One citizen sends `--flood` messages at once, then another citizen reports: how long the
second waits for the acknowledgement, and how long the flooder's replies take. Then one citizen
sends 60 reports to the water unit (its group gets 20 messages a minute: three minutes of
pushes), then someone reports an emergency: how long until it reaches the unit's group.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.sandbox import FakeBotAPI
from tests.harness import REPO, BotProcess

REPORTS = [
    "{n}号楼停水两天了，一直没人管", "村口路灯坏了{n}天了，晚上很黑", "公司拖欠我们{n}个月工资不发",
    "小区楼下烧烤店油烟太大，第{n}次反映了", "孩子上学的校车超载，今天坐了{n}个人",
]
NO_PACING = {"telegram.max_per_second": 0, "telegram.per_chat_per_second": 0,
             "telegram.per_group_per_minute": 0}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def burst(fake: FakeBotAPI, users: list[int], count: int, answered: str
          ) -> tuple[float, list[float]]:
    """Send `count` messages round-robin from `users`; wait for one answer each.

    Returns messages per second (first receipt → last answer) and per-message latencies.
    """
    before = {u: len(fake.sent(u)) for u in users}
    sent_at: dict[int, list[float]] = {u: [] for u in users}
    seen = len(fake.sent())
    got = 0
    start = time.monotonic()
    for i in range(count):
        user = users[i % len(users)]
        sent_at[user].append(time.monotonic())
        fake.send_text(user, REPORTS[i % len(REPORTS)].format(n=i + 1))

    def done() -> bool:
        """Counts answers as they come (reading only the new part of the fake's log, so the
        wait costs the machine next to nothing: both bots share it with this process)."""
        nonlocal seen, got
        new = fake.sent(after=seen)
        seen += len(new)
        got += sum(1 for r in new if r["method"] == "sendMessage" and r["chat_id"] in sent_at
                   and answered in (r["text"] or ""))
        return got >= count

    fake.wait_until(done, timeout=600)
    latencies = []
    last = start
    for user, times in sent_at.items():
        replies = [r for r in fake.sent(user, "sendMessage")][before[user]:]
        for sent, reply in zip(times, replies, strict=False):
            latencies.append(reply["at"] - sent)
            last = max(last, reply["at"])
    return count / (last - start), latencies


def run_ours(fake: FakeBotAPI, users: list[int], count: int, repo: Path = REPO
             ) -> tuple[float, float, list[float], list[float], float, float]:
    """Our bot (of checkout `repo`): msg/s, CPU ms per message, latencies, lone latencies,
    RSS, start-up."""
    with tempfile.TemporaryDirectory() as folder:
        bot = BotProcess(Path(folder), fake, NO_PACING, repo=repo)
        started = time.monotonic()
        bot.start()
        startup = time.monotonic() - started
        assert bot.proc is not None
        burst(fake, users[-1:], 1, "已收到您的反映")  # routing warmed up, as the echo's send
        cpu = cpu_seconds(bot.proc.pid)
        rate, latencies = burst(fake, users, count, "已收到您的反映")
        cpu = (cpu_seconds(bot.proc.pid) - cpu) / count * 1000
        lone = [burst(fake, [user], 1, "已收到您的反映")[1][0] for user in users[:20]]
        memory = rss_mb(bot.proc.pid)
        bot.stop()
        return rate, cpu, latencies, lone, memory, startup


def run_echo(fake: FakeBotAPI, users: list[int], count: int) -> tuple[float, float]:
    """The echo bot: msg/s and CPU ms per message."""
    env = {**os.environ, "INTAKE_BOT_TOKEN": fake.token}
    proc = subprocess.Popen([sys.executable, str(REPO / "benchmarks/echo_bot.py"), fake.base_url],
                            env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    time.sleep(1.0)  # let it start polling
    burst(fake, users[-1:], 1, "")
    cpu = cpu_seconds(proc.pid)
    rate, _ = burst(fake, users, count, "")
    cpu = (cpu_seconds(proc.pid) - cpu) / count * 1000
    proc.terminate()
    proc.wait(20)
    return rate, cpu


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


FLOODER, VICTIM, WATER_GROUP = 700_001, 700_002, -700_003
EMERGENCY = "水管爆裂了，水淹进屋里，老人被困在家里出不来"


def _first(fake: FakeBotAPI, chat: int, needle: str, after: float) -> float:
    """When the first message to `chat` containing `needle` arrived after `after`."""
    found = fake.wait_until(lambda: [r["at"] for r in fake.sent(chat)
                                     if r["at"] > after and needle in (r["text"] or "")], 120)
    return float(found[0])


def fairness(flood: int) -> None:
    """The victim's wait behind a flood, and an emergency's wait behind a unit's backlog."""
    with FakeBotAPI() as fake, tempfile.TemporaryDirectory() as folder:
        fake.add_group(WATER_GROUP, "县水务局工作群")
        bot = BotProcess(Path(folder), fake, {"units.water.chat_id": WATER_GROUP}).start()
        start = time.monotonic()
        for i in range(flood):
            fake.send_text(FLOODER, "你好" if i % 10 else REPORTS[i % 5].format(n=i))
        reported = time.monotonic()
        fake.send_text(VICTIM, "村口路灯坏了三天了，晚上很黑")
        victim = _first(fake, VICTIM, "已收到您的反映", start) - reported
        # The flood's receipt (its tickets' numbers) waits a minute after it: not counted.
        fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE chat_id = ? AND state"
                                              " IN ('queued', 'sending', 'unknown') AND"
                                              " dedupe_key NOT LIKE 'receipts:%'",
                                              [FLOODER]), 300)
        replies = fake.sent(FLOODER)
        print("\nfairness (default pacing, Telegram's limits on the fake, one run):")
        print(f"  another citizen's ack after a {flood}-message flood: {victim * 1000:.0f} ms"
              f" (the flooder got {len(replies)} replies over"
              f" {replies[-1]['at'] - start:.1f} s; every message stored)")
        for i in range(60):
            fake.send_text(VICTIM + 1, f"{i + 1}号楼停水了")
        fake.wait_until(lambda: fake.sent(WATER_GROUP), 60)
        reported = time.monotonic()
        fake.send_text(VICTIM + 2, EMERGENCY)
        urgent = _first(fake, WATER_GROUP, "水管爆裂", reported) - reported
        ack = _first(fake, VICTIM + 2, "已收到您的反映", reported) - reported
        behind = len([r for r in fake.sent(WATER_GROUP) if "停水" in (r["text"] or "")])
        print(f"  an emergency after 60 reports to its unit: in the unit's group after"
              f" {urgent * 1000:.0f} ms (ahead of {60 - behind} queued pushes), acknowledged"
              f" after {ack * 1000:.0f} ms")
        bot.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--flood", type=int, default=300)
    parser.add_argument("--compare", type=Path, help="another checkout's bot, in the same rounds")
    args = parser.parse_args()
    ours, echo, our_cpu, echo_cpu, other, other_cpu = [], [], [], [], [], []
    latencies, lone, memory, startup = [], [], [], []
    with FakeBotAPI(flood_limits=False) as fake:
        for round_ in range(args.rounds):
            users = [100_000 * (round_ + 1) + u for u in range(args.users)]
            rate, cpu, lat, single, mem, start = run_ours(fake, users, args.messages)
            ours.append(rate)
            our_cpu.append(cpu)
            latencies += lat
            lone += single
            memory.append(mem)
            startup.append(start)
            rate, cpu = run_echo(fake, [u + 50_000 for u in users], args.messages)
            echo.append(rate)
            echo_cpu.append(cpu)
            line = (f"round {round_ + 1}: ours {ours[-1]:.0f} msg/s ({our_cpu[-1]:.2f} ms CPU/msg),"
                    f" echo {rate:.0f} msg/s ({cpu:.2f} ms CPU/msg)")
            if args.compare:
                rate, cpu, *_ = run_ours(fake, [u + 70_000 for u in users], args.messages,
                                         args.compare.resolve())
                other.append(rate)
                other_cpu.append(cpu)
                line += f", {args.compare.name} {rate:.0f} msg/s ({cpu:.2f} ms CPU/msg)"
            print(line, flush=True)
    ours_median, echo_median = statistics.median(ours), statistics.median(echo)
    ratios = [o / e for o, e in zip(ours, echo, strict=True)]
    print(f"\nintake, {args.messages} messages from {args.users} users, median of {args.rounds}:")
    print(f"  金来办 (durable)      {ours_median:8.0f} msg/s, {statistics.median(our_cpu):.2f} ms"
          " CPU per message")
    print(f"  PTB echo bot          {echo_median:8.0f} msg/s, {statistics.median(echo_cpu):.2f} ms"
          " CPU per message")
    print(f"  ratio                 {ours_median / echo_median:8.2f}  (target >= 0.8; per round:"
          f" {', '.join(f'{r:.2f}' for r in ratios)}, median {statistics.median(ratios):.2f};"
          f" CPU per message {statistics.median(echo_cpu) / statistics.median(our_cpu):.2f})")
    if args.compare:
        print(f"  {args.compare.name + ' (compared)':20s}  {statistics.median(other):8.0f} msg/s,"
              f" {statistics.median(other_cpu):.2f} ms CPU per message, ratio"
              f" {statistics.median(other) / echo_median:.2f} (CPU per message"
              f" {statistics.median(echo_cpu) / statistics.median(other_cpu):.2f})")
    print(f"  receipt→ack latency   p50 {percentile(latencies, 0.5) * 1000:.0f} ms,"
          f" p99 {percentile(latencies, 0.99) * 1000:.0f} ms (queueing in the burst)")
    print(f"  a lone message        p50 {percentile(lone, 0.5) * 1000:.0f} ms,"
          f" p99 {percentile(lone, 0.99) * 1000:.0f} ms (receipt→ack, nothing else queued)")
    print(f"  resident memory       {statistics.median(memory):8.0f} MB (router loaded)")
    print(f"  start-up to polling   {statistics.median(startup):8.2f} s (jieba included)")
    fairness(args.flood)


if __name__ == "__main__":
    main()
