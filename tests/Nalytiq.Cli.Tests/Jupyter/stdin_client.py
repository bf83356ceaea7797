"""Input on the stdin channel of `nalytiq kernel`, driven by the real jupyter_client, one scenario per run.

Usage: python3 stdin_client.py <kernel-name> <scenario> [args...]. Helpers come from kernel_client.py; a scenario exits
0 when its expectations hold, otherwise prints what differed and exits 1.
"""
import json
import os
import queue
import time

from kernel_client import TIMEOUT, execute, expect, fail, iopub_until_idle, of_type, reply, run

SECRET = "s3cr3t-Pa55-7f1c"  # the C# test checks that it never appears in the kernel's log either


def input_request(kc, parent_id, timeout=TIMEOUT):
    """The next input_request on stdin, which must be parented to the cell parent_id."""
    try:
        msg = kc.get_stdin_msg(timeout=timeout)
    except queue.Empty:
        fail("no input_request for " + parent_id)
    expect(msg["msg_type"] == "input_request", "stdin message %r" % msg["msg_type"])
    expect(msg["parent_header"].get("msg_id") == parent_id, "input_request parented to %r, not the cell %r" % (msg["parent_header"].get("msg_id"), parent_id))
    return msg["content"]


def answered(kc, code, answers, **kwargs):
    """Runs a cell with allow_stdin, answering its input_requests in order: (reply, iopub, the requests' contents)."""
    msg_id = kc.execute(code, allow_stdin=True, **kwargs)
    requests = []
    for answer in answers:
        requests.append(input_request(kc, msg_id))
        kc.input(answer)
    return reply(kc, msg_id), iopub_until_idle(kc, msg_id), requests


def no_stdin_message(kc, seconds=1.0):
    try:
        msg = kc.get_stdin_msg(timeout=seconds)
    except queue.Empty:
        return
    fail("unexpected %s on stdin: %r" % (msg["msg_type"], msg["content"]))


def result_text(messages):
    results = of_type(messages, "execute_result")
    expect(len(results) == 1, "one execute_result: %r" % [m["msg_type"] for m in messages])
    return results[0]["content"]["data"]["text/plain"]


def console_input(km, kc):
    response, messages, requests = answered(kc, 'Console.Write("Your name? ");\nvar name = Console.ReadLine();\n$"Hello {name}"', ["Ada"])
    expect(response["content"]["status"] == "ok", "reply %r" % response["content"])
    expect(requests == [{"prompt": "", "password": False}], "input_request %r" % requests)
    expect(result_text(messages) == "Hello Ada", "result %r" % result_text(messages))
    # Console.Read takes one character of an answered line; the rest of the line is read without asking again.
    response, messages, requests = answered(kc, "var first = (char)Console.Read();\nvar rest = Console.In.ReadLine();\n$\"{first}|{rest}\"", ["xyz"])
    expect(len(requests) == 1 and result_text(messages) == "x|yz", "Console.Read then ReadLine %r %r" % (requests, result_text(messages)))
    response, messages, requests = answered(kc, "var a = Console.ReadLine();\nvar b = Console.ReadLine();\na + \"+\" + b", ["one", "two"])
    expect(len(requests) == 2 and result_text(messages) == "one+two", "two reads, two requests %r" % result_text(messages))
    no_stdin_message(kc)


def input_values(km, kc):
    response, messages, requests = answered(kc, '#!set --name who --value @input:"Who are you?"', ["Grace"])
    expect(response["content"]["status"] == "ok", "@input reply %r" % response["content"])
    expect(requests == [{"prompt": "Who are you?", "password": False}], "@input request %r" % requests)
    response, messages = execute(kc, "who")
    expect(result_text(messages) == "Grace", "@input value %r" % result_text(messages))

    response, messages, requests = answered(kc, '#!set --name secret --value @password:"Secret"', [SECRET])
    expect(response["content"]["status"] == "ok", "@password reply %r" % response["content"])
    expect(requests == [{"prompt": "Secret", "password": True}], "@password request %r" % requests)
    response, messages = execute(kc, "secret.GetClearTextPassword().Length")
    expect(result_text(messages) == str(len(SECRET)), "@password value length %r" % result_text(messages))
    seen = messages

    response, messages, requests = answered(kc, 'var pin = await Microsoft.DotNet.Interactive.Kernel.GetPasswordAsync("PIN");\npin.GetClearTextPassword().Length', [SECRET])
    expect(requests == [{"prompt": "PIN", "password": True}] and result_text(messages) == str(len(SECRET)), "GetPasswordAsync %r %r" % (requests, messages))
    seen += messages

    # The assistant's --key is typed "password": an @input for it is asked as a password.
    response, messages, requests = answered(kc, '#!ask --provider gemini --providers --key @input:"Gemini key"', [SECRET])
    expect(response["content"]["status"] == "ok", "#!ask --key reply %r" % response["content"])
    expect(requests == [{"prompt": "Gemini key", "password": True}], "#!ask --key request %r" % requests)
    seen += messages

    leaks = [m for m in seen if SECRET in json.dumps(m["content"])]
    expect(not leaks, "the password reached iopub: %r" % [m["msg_type"] for m in leaks])
    with open(os.path.join(".nalytiq", "kernel-history.jsonl"), encoding="utf-8") as history:
        expect(SECRET not in history.read(), "the password reached the history file")


def not_allowed(km, kc):
    execute(kc, "1")  # warm up the compiler: the bound below measures the refusal only
    execute(kc, "#!lang fr")
    for code in ["Console.ReadLine()", '#!set --name x --value @input:"Value"', 'await Microsoft.DotNet.Interactive.Kernel.GetInputAsync("Value")']:
        started = time.monotonic()
        response, messages = execute(kc, code, allow_stdin=False)
        elapsed = time.monotonic() - started
        content = response["content"]
        expect(content["status"] == "error", "%r with allow_stdin false: %r" % (code, content))
        text = json.dumps(content, ensure_ascii=False)
        expect("n'accepte pas de saisie" in text and "allow_stdin" in text, "%r: the error says why, in French: %r" % (code, content))
        expect(elapsed < 10, "%r: refused after %.1f s" % (code, elapsed))
        expect(of_type(messages, "error"), "%r: an error on iopub" % code)
        expect(not of_type(messages, "stream"), "%r: the refusal is told once, as the error: %r" % (code, of_type(messages, "stream")))
        print("%s refused in %.2f s: %s" % (code, elapsed, content["evalue"]))
    reader = json.dumps(execute(kc, "Console.ReadLine()", allow_stdin=False)[0]["content"], ensure_ascii=False)
    expect("StdinNotAllowedException" in reader and "   at " not in reader, "a console read's error has no stack trace: %r" % reader)
    no_stdin_message(kc)
    response, _ = execute(kc, "1 + 1")
    expect(response["content"]["status"] == "ok", "kernel usable after refusals")


def interrupted(km, kc):
    execute(kc, "1")  # warm up the compiler, so the bound measures the interrupt only
    for code in ["Console.ReadLine()", '#!set --name never --value @input:"Never answered"']:
        msg_id = kc.execute(code, allow_stdin=True)
        input_request(kc, msg_id)
        started = time.monotonic()
        km.interrupt_kernel()
        content = reply(kc, msg_id)["content"]
        elapsed = time.monotonic() - started
        expect(content["status"] == "error" and content["ename"] == "Interrupted", "%r: interrupted reply %r" % (code, content))
        expect(elapsed < 2.0, "%r: the interrupt took %.2f s" % (code, elapsed))
        print("%s interrupted in %.2f s" % (code, elapsed))
    kc.input("late")  # answers nothing: dropped, never read by a later cell
    response, messages, requests = answered(kc, "Console.ReadLine()", ["fresh"])
    expect(response["content"]["status"] == "ok" and result_text(messages) == "fresh", "a later read gets its own answer: %r" % result_text(messages))


def shutdown_waiting(km, kc):
    execute(kc, "1")
    process = km.provisioner.process
    msg_id = kc.execute("Console.ReadLine()", allow_stdin=True)
    input_request(kc, msg_id)
    msg = kc.session.msg("shutdown_request", {"restart": False})
    kc.session.send(kc.control_channel.socket, msg)
    started = time.monotonic()
    expect(reply(kc, msg["header"]["msg_id"], "control")["content"]["status"] == "ok", "shutdown_reply")
    while process.poll() is None and time.monotonic() - started < 15:
        time.sleep(0.1)
    elapsed = time.monotonic() - started
    expect(process.returncode == 0, "exit code %r after %.1f s" % (process.returncode, elapsed))
    print("exited %.2f s after shutdown_request" % elapsed)


SCENARIOS = {f.__name__: f for f in (console_input, input_values, not_allowed, interrupted, shutdown_waiting)}


if __name__ == "__main__":
    run(SCENARIOS)
