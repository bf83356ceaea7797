"""Drives `nalytiq kernel` through the real jupyter_client, one scenario per run.

Usage: python3 kernel_client.py <kernel-name> <scenario> [args...]. The kernelspec is found through JUPYTER_PATH.
Exits 0 when the scenario's expectations hold; otherwise prints what differed and exits 1.
"""
import json
import os
import sys
import time

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

TIMEOUT = 120  # a loaded two-core machine compiles the first cell slowly


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def reply(client, msg_id, channel="shell"):
    """The reply to msg_id on the given channel (skipping replies to earlier requests)."""
    get = client.get_shell_msg if channel == "shell" else client.get_control_msg
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = get(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    fail("no reply to " + msg_id)


def iopub_until_idle(client, msg_id):
    """Every iopub message parented to msg_id, up to and including its idle status."""
    seen = []
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = client.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        seen.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return seen
    fail("no idle status for " + msg_id)


def execute(client, code, **kwargs):
    msg_id = client.execute(code, **kwargs)
    return reply(client, msg_id), iopub_until_idle(client, msg_id)


def of_type(messages, msg_type):
    return [m for m in messages if m["msg_type"] == msg_type]


def kernel_info(km, kc):
    msg_id = kc.kernel_info()
    content = reply(kc, msg_id)["content"]
    statuses = [m["content"]["execution_state"] for m in of_type(iopub_until_idle(kc, msg_id), "status")]
    expect(statuses == ["busy", "idle"], "busy/idle around kernel_info: %r" % statuses)
    expect(content["status"] == "ok", "status %r" % content)
    expect(content["protocol_version"] == "5.3", "protocol_version %r" % content["protocol_version"])
    expect(content["implementation"] == "nalytiq", "implementation %r" % content["implementation"])
    info = content["language_info"]
    expected = {"name": "C#", "mimetype": "text/x-csharp", "file_extension": ".cs", "pygments_lexer": "csharp", "codemirror_mode": "text/x-csharp"}
    for key, value in expected.items():
        expect(info.get(key) == value, "language_info.%s = %r" % (key, info.get(key)))
    expect(content["banner"] and content["help_links"], "banner and help links")
    control_id = kc.session.send(kc.control_channel.socket, kc.session.msg("kernel_info_request"))["header"]["msg_id"]
    expect(reply(kc, control_id, "control")["content"]["implementation"] == "nalytiq", "kernel_info on control")
    statuses = [m["content"]["execution_state"] for m in of_type(iopub_until_idle(kc, control_id), "status")]
    expect(statuses == ["busy", "idle"], "busy/idle around kernel_info on control: %r" % statuses)
    kc.session.send(kc.shell_channel.socket, kc.session.msg("no_such_request", {}))  # ignored, with a log line
    expect(reply(kc, kc.kernel_info())["content"]["status"] == "ok", "serving after an unknown message")
    time.sleep(1)
    expect(kc.hb_channel.is_beating(), "heartbeat")


def execute_output(km, kc):
    response, messages = execute(kc, 'Console.WriteLine("hello from C#");\n6 * 7')
    expect(response["content"]["status"] == "ok", "reply %r" % response["content"])
    count = response["content"]["execution_count"]
    expect(count == 1, "execution_count %r" % count)
    inputs = of_type(messages, "execute_input")
    expect(inputs and inputs[0]["content"]["execution_count"] == 1, "execute_input %r" % inputs)
    streams = of_type(messages, "stream")
    expect(any(s["content"]["name"] == "stdout" and "hello from C#" in s["content"]["text"] for s in streams), "stdout %r" % streams)
    results = of_type(messages, "execute_result")
    expect(len(results) == 1, "one execute_result: %r" % results)
    expect(results[0]["content"]["data"].get("text/plain") == "42", "text/plain %r" % results[0]["content"]["data"])
    expect(results[0]["content"]["execution_count"] == 1, "result count")
    response, messages = execute(kc, "var hidden = 1;", silent=True)
    expect(response["content"]["execution_count"] == 1, "silent keeps the count: %r" % response["content"])
    expect(not of_type(messages, "execute_input"), "silent publishes no execute_input")
    response, messages = execute(kc, "var notKept = 2;", store_history=False)
    expect(response["content"]["execution_count"] == 1 and of_type(messages, "execute_input"), "store_history=False keeps the count: %r" % response["content"])
    response, messages = execute(kc, '"html"')
    data = of_type(messages, "execute_result")[0]["content"]["data"]
    expect(response["content"]["execution_count"] == 2 and "text/plain" in data, "second cell %r %r" % (response["content"], data))


def display_update(km, kc):
    # How Nalytiq's live progress displays and updates (LiveDisplay): through the invocation context.
    code = ('var shown = Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(\n'
            '    Microsoft.DotNet.Interactive.KernelInvocationContext.Current, "loading", "text/plain");\n'
            'shown.Update("done");')
    response, messages = execute(kc, code)
    expect(response["content"]["status"] == "ok", "reply %r" % response["content"])
    displays, updates = of_type(messages, "display_data"), of_type(messages, "update_display_data")
    expect(len(displays) == 1 and len(updates) == 1, "one display and one update: %r" % [m["msg_type"] for m in messages])
    display_id = displays[0]["content"]["transient"]["display_id"]
    expect(updates[0]["content"]["transient"]["display_id"] == display_id, "same display_id: %r %r" % (displays[0]["content"], updates[0]["content"]))
    expect(updates[0]["content"]["data"]["text/plain"] == "done", "updated data %r" % updates[0]["content"]["data"])
    response, messages = execute(kc, 'shown.Update("again, from the next cell");')
    updates = of_type(messages, "update_display_data")
    expect(len(updates) == 1 and updates[0]["content"]["transient"]["display_id"] == display_id, "update from a later cell %r" % messages)
    # object.Display() in the pinned library returns a value whose id was never shown: its update is not lost.
    response, messages = execute(kc, 'var other = "first".Display("text/plain");\nother.Update("second");')
    shown = [m["content"]["data"].get("text/plain") for m in of_type(messages, "display_data")]
    expect(shown == ["first", "second"] and not of_type(messages, "update_display_data"), "orphan update shown: %r" % messages)


def error(km, kc):
    response, messages = execute(kc, 'throw new InvalidOperationException("boom");')
    content = response["content"]
    expect(content["status"] == "error", "reply %r" % content)
    expect(content["ename"] == "InvalidOperationException", "ename %r" % content["ename"])
    expect(content["evalue"] == "boom", "evalue %r" % content["evalue"])
    expect(not any("Microsoft.CodeAnalysis" in line or "Microsoft.DotNet.Interactive" in line for line in content["traceback"]), "framework frames in %r" % content["traceback"])
    errors = of_type(messages, "error")
    expect(len(errors) == 1 and errors[0]["content"]["ename"] == "InvalidOperationException", "error output %r" % errors)
    response, _ = execute(kc, "int x = ;")
    expect(response["content"]["status"] == "error" and response["content"]["ename"] == "CompilationError", "compile error %r" % response["content"])
    response, _ = execute(kc, "1 + 1")
    expect(response["content"]["status"] == "ok", "kernel usable after errors")


def stop_on_error(km, kc):
    failing = kc.execute('await Task.Delay(1500);\nthrow new InvalidOperationException("first");')
    queued = kc.execute('Console.WriteLine("must not run");')
    expect(reply(kc, failing)["content"]["status"] == "error", "first cell fails")
    expect(reply(kc, queued)["content"]["status"] == "aborted", "queued cell aborted")
    messages = iopub_until_idle(kc, queued)
    expect(not of_type(messages, "stream"), "aborted cell printed %r" % of_type(messages, "stream"))
    response, messages = execute(kc, 'Console.WriteLine("runs again");')
    expect(response["content"]["status"] == "ok" and of_type(messages, "stream"), "later cells run")
    # A cell sent the moment the failure's reply arrives was not queued behind it: it runs, every time.
    for attempt in range(10):
        failed = kc.execute('throw new InvalidOperationException("again");')
        expect(reply(kc, failed)["content"]["status"] == "error", "cell %d fails" % attempt)
        following = kc.execute('1 + 1')
        expect(reply(kc, following)["content"]["status"] == "ok", "cell sent after failure %d ran" % attempt)


def is_complete(km, kc):
    cases = {
        "var x = 1;": "complete",
        "if (true)\n{": "incomplete",
        "int x = ;": "invalid",
        "#!upload data.csv": "complete",
        "": "complete",
    }
    for code, expected in cases.items():
        msg_id = kc.is_complete(code)
        content = reply(kc, msg_id)["content"]
        expect(content["status"] == expected, "%r: %r, expected %s" % (code, content, expected))
        if expected == "incomplete":
            expect(content.get("indent") == "    ", "indent %r" % content)


def complete(km, kc):
    execute(kc, "var harvestTotal = 42;")
    code = 'var é = "ü";\nConsole.WriteL'
    content = reply(kc, kc.complete(code, len(code)))["content"]
    expect(content["status"] == "ok" and "WriteLine" in content["matches"], "matches %r" % content.get("matches", [])[:20])
    expect(content["cursor_start"] == len(code) - len("WriteL") and content["cursor_end"] == len(code), "cursor %r" % content)
    types = content["metadata"]["_jupyter_types_experimental"]
    expect(any(t["text"] == "WriteLine" and t["type"] for t in types), "types %r" % types[:5])
    content = reply(kc, kc.complete("harvestT", 8))["content"]
    expect("harvestTotal" in content["matches"] and content["cursor_start"] == 0, "a variable of an earlier cell %r" % content)


def bad_signature(km, kc):
    forged = Session(key=b"not-the-key", username=kc.session.username)
    msg = forged.msg("execute_request", {"code": 'System.IO.File.WriteAllText("forged.txt", "x")', "silent": False,
                                         "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forged.send(kc.shell_channel.socket, msg)
    response, _ = execute(kc, 'System.IO.File.Exists("forged.txt")')
    expect(response["content"]["status"] == "ok" and response["content"]["execution_count"] == 1, "forged message counted: %r" % response["content"])
    import os
    expect(not os.path.exists("forged.txt"), "the forged cell ran")


def interrupt(km, kc):
    response, _ = execute(kc, "1")  # warm up the compiler, so the bound measures the interrupt only
    cell = kc.execute("await Task.Delay(20000, Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken);")
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:  # wait until the cell is running
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == cell and msg["msg_type"] == "execute_input":
            break
    time.sleep(1)
    started = time.monotonic()
    km.interrupt_kernel()
    content = reply(kc, cell)["content"]
    elapsed = time.monotonic() - started
    bound = float(sys.argv[3]) if len(sys.argv) > 3 else 2.0
    expect(content["status"] == "error" and content["ename"] == "Interrupted", "interrupted reply %r" % content)
    expect(elapsed < bound, "interrupt took %.2f s (bound %.1f s)" % (elapsed, bound))
    response, messages = execute(kc, "\"after\"")
    expect(response["content"]["status"] == "ok", "next cell after interrupt: %r" % response["content"])
    print("interrupt took %.2f s" % elapsed)


def shutdown(km, kc):
    process = km.provisioner.process
    msg = kc.session.msg("shutdown_request", {"restart": True})
    kc.session.send(kc.control_channel.socket, msg)
    content = reply(kc, msg["header"]["msg_id"], "control")["content"]
    expect(content["status"] == "ok" and content["restart"] is True, "shutdown_reply %r" % content)
    deadline = time.monotonic() + 30
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    expect(process.returncode == 0, "exit code %r" % process.returncode)
    km2, kc2 = start_new_kernel(kernel_name=sys.argv[1], startup_timeout=TIMEOUT)
    try:
        km2.shutdown_kernel(now=False)
        expect(not km2.is_alive(), "kernel alive after KernelManager.shutdown_kernel")
    finally:
        kc2.stop_channels()


def inspect(km, kc):
    execute(kc, "var harvestTotal = 42;")
    code = 'var é = "ü";\nConsole.WriteLine'
    msg_id = kc.inspect(code, len(code))
    content = reply(kc, msg_id)["content"]
    statuses = [m["content"]["execution_state"] for m in of_type(iopub_until_idle(kc, msg_id), "status")]
    expect(statuses == ["busy", "idle"], "busy/idle around inspect: %r" % statuses)
    expect(content["status"] == "ok" and content["found"] is True and content["metadata"] == {}, "inspect_reply %r" % content)
    plain, markdown = content["data"].get("text/plain", ""), content["data"].get("text/markdown", "")
    expect("WriteLine" in plain and "```" not in plain, "text/plain %r" % plain)
    expect("WriteLine" in markdown, "text/markdown %r" % markdown)
    code = "Math.Max(1, "
    content = reply(kc, kc.inspect(code, len(code), detail_level=1))["content"]
    expect(content["found"] is True and "Max" in content["data"]["text/plain"], "help on the call the cursor is in %r" % content)
    content = reply(kc, kc.inspect("harvestTotal", 3))["content"]
    expect(content["found"] is True and "harvestTotal" in content["data"]["text/plain"], "a variable of an earlier cell %r" % content)
    content = reply(kc, kc.inspect("   ", 1))["content"]
    expect(content["status"] == "ok" and content["found"] is False and content["data"] == {}, "nothing to inspect %r" % content)


def history(kc, **content):
    msg = kc.session.msg("history_request", dict({"output": False, "raw": True}, **content))
    kc.session.send(kc.shell_channel.socket, msg)
    response = reply(kc, msg["header"]["msg_id"])
    statuses = [m["content"]["execution_state"] for m in of_type(iopub_until_idle(kc, msg["header"]["msg_id"]), "status")]
    expect(statuses == ["busy", "idle"], "busy/idle around history: %r" % statuses)
    expect(response["msg_type"] == "history_reply" and response["content"]["status"] == "ok", "history_reply %r" % response)
    return [tuple(h[:2]) + (tuple(h[2]) if isinstance(h[2], list) else h[2],) for h in response["content"]["history"]]


def restarted(km, kc):
    """A new kernel process in the same folder (the client's restart)."""
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    return start_new_kernel(kernel_name=sys.argv[1], startup_timeout=TIMEOUT)


def history_across_restarts(km, kc):
    for code, kwargs in [("1 + 1", {}), ("var a = 3;", {}), ("var hidden = 0;", {"silent": True}),
                         ("var notKept = 0;", {"store_history": False}), ("a * 2", {}), ('throw new Exception("x");', {}), ("a * 2", {})]:
        execute(kc, code, **kwargs)
    session = history(kc, hist_access_type="range", session=0, start=1)[0][0]
    expect(history(kc, hist_access_type="range", session=0, start=1) == [
        (session, 1, "1 + 1"), (session, 2, "var a = 3;"), (session, 3, "a * 2"), (session, 4, 'throw new Exception("x");'), (session, 5, "a * 2")],
        "range %r" % history(kc, hist_access_type="range", session=0, start=1))
    expect(history(kc, hist_access_type="range", session=0, start=2, stop=4) == [(session, 2, "var a = 3;"), (session, 3, "a * 2")], "range start/stop")
    tail = history(kc, hist_access_type="tail", n=3, output=True)
    expect(tail == [(session, 3, ("a * 2", "6")), (session, 4, ('throw new Exception("x");', None)), (session, 5, ("a * 2", "6"))], "tail with output %r" % tail)
    expect(history(kc, hist_access_type="range", session=session, start=1, stop=2, output=True) == [(session, 1, ("1 + 1", "2"))], "absolute session")
    found = history(kc, hist_access_type="search", pattern="a ?*", unique=False)
    expect(found == [(session, 3, "a * 2"), (session, 5, "a * 2")], "search %r" % found)
    expect(history(kc, hist_access_type="search", pattern="a ?*", unique=True) == [(session, 5, "a * 2")], "search unique")
    expect(history(kc, hist_access_type="search", pattern="*", n=1) == [(session, 5, "a * 2")], "search n")

    km, kc = restarted(km, kc)
    try:
        execute(kc, '"second"')
        expect(history(kc, hist_access_type="range", session=0, start=1) == [(session + 1, 1, '"second"')], "the next start is the next session")
        expect(len(history(kc, hist_access_type="range", session=-1, start=1)) == 5, "session -1 is the previous start")
        tail = history(kc, hist_access_type="tail", n=2)
        expect(tail == [(session, 5, "a * 2"), (session + 1, 1, '"second"')], "tail survives a restart %r" % tail)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def history_file_broken(km, kc):
    execute(kc, '"kept"')
    km, kc = restarted(km, kc)
    path = os.path.join(".nalytiq", "kernel-history.jsonl")
    try:
        with open(path, "ab") as f:
            f.write(b'not json\n{"session": "x"}\n\xff\xfe{"session": 1, "line"\n')
        km, kc = restarted(km, kc)
        response, _ = execute(kc, '"after corruption"')
        expect(response["content"]["status"] == "ok", "a corrupt file breaks execution: %r" % response["content"])
        tail = [h[2] for h in history(kc, hist_access_type="tail", n=10)]
        expect(tail == ['"kept"', '"after corruption"'], "history beside corrupt lines %r" % tail)
        os.replace(path, path + ".old")
        os.mkdir(path)  # neither readable nor writable as a file
        km, kc = restarted(km, kc)
        response, _ = execute(kc, '"in memory"')
        expect(response["content"]["status"] == "ok", "an unwritable file breaks execution: %r" % response["content"])
        tail = [h[2] for h in history(kc, hist_access_type="tail", n=10)]
        expect(tail == ['"in memory"'], "history in memory %r" % tail)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


SCENARIOS = {f.__name__: f for f in (kernel_info, execute_output, display_update, error, stop_on_error, is_complete, complete, inspect,
                                     bad_signature, interrupt, shutdown, history_across_restarts, history_file_broken)}


def run(scenarios, environment=None, call=lambda scenario, km, kc: scenario(km, kc)):
    """Starts the kernel named by argv[1] in this folder and runs the scenario named by argv[2] of `scenarios` against it.

    The kernel's .nalytiq/ (its history, runs and cache) is the test's own folder; `environment` is added to the
    kernel's; `call` runs the scenario (by default with the kernel manager and the client). Prints "OK <scenario>".
    """
    name, scenario = sys.argv[1], sys.argv[2]
    os.environ.pop("NALYTIQ_HOME", None)
    os.environ.update(environment or {})
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        call(scenarios[scenario], km, kc)
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    print("OK " + scenario)


if __name__ == "__main__":
    run(SCENARIOS)
