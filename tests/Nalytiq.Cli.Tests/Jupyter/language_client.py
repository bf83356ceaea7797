"""The session language of `nalytiq kernel` as a client sees it, driven by the real jupyter_client.

Usage: python3 language_client.py <kernel-name> <scenario>. Helpers come from kernel_client.py. Prints what the kernel
said (one `KERNEL_INFO <json>` line per kernel_info_reply) for the C# test to compare; exits 1 when a reply is wrong.
"""
import json
import os
import sys

from jupyter_client.manager import start_new_kernel

from kernel_client import TIMEOUT, execute, expect, reply


def print_kernel_info(kc):
    content = reply(kc, kc.kernel_info())["content"]
    expect(content["status"] == "ok", "kernel_info_reply %r" % content)
    shown = {"banner": content["banner"], "help_links": [link["text"] for link in content["help_links"]]}
    print("KERNEL_INFO " + json.dumps(shown, ensure_ascii=False))


def banner(km, kc):
    print_kernel_info(kc)


def banner_after_lang(km, kc):
    """kernel_info at start, then after `#!lang rw` switched the session's language."""
    print_kernel_info(kc)
    response, _ = execute(kc, "#!lang rw")
    expect(response["content"]["status"] == "ok", "#!lang rw: %r" % response["content"])
    print_kernel_info(kc)


SCENARIOS = {f.__name__: f for f in (banner, banner_after_lang)}


def main():
    name, scenario = sys.argv[1], sys.argv[2]
    os.environ.pop("NALYTIQ_HOME", None)  # a #!lang choice is saved in the test's own folder
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        SCENARIOS[scenario](km, kc)
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    print("OK " + scenario)


if __name__ == "__main__":
    main()
