"""`python -m tests.e2e.serve_against_fake PORT`: the real `python -m bot run`, pointed at the fake Discord on 127.0.0.1:PORT.

Used by the end-to-end tests that need a process of its own (signals), and by benchmarks/bench_load.py.
"""

from __future__ import annotations

import sys

import discord
import yarl


def main(port: int) -> int:
    discord.http.Route.BASE = f"http://127.0.0.1:{port}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/gateway")
    from bot.run import main as run_main

    return run_main("run")


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
