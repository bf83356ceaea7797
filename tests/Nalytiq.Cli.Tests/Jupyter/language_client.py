"""The session language of `nalytiq kernel` as a client sees it, driven by the real jupyter_client.

Usage: python3 language_client.py <kernel-name> <scenario>. Helpers come from kernel_client.py. Prints what the kernel
said (one `KERNEL_INFO <json>` line per kernel_info_reply) for the C# test to compare; exits 1 when a reply is wrong.
"""
import json

from kernel_client import execute, expect, reply, run


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


if __name__ == "__main__":
    run(SCENARIOS)
