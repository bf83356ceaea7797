"""Faults and bad input against `nalytiq kernel`, through the real jupyter_client: none may hang the kernel or lose
recorded data.

Usage: python3 kernel_faults.py <kernel-name> <scenario> [args...], in the folder the kernels run in (the test's own);
the kernelspec is found through JUPYTER_PATH. Exits 0 when the scenario's expectations hold; otherwise prints what
differed and exits 1. Helpers come from kernel_client.py.
"""
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import time

from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_client.manager import start_new_kernel

from kernel_client import TIMEOUT, execute, expect, fail, iopub_until_idle, of_type, reply

WORKBENCH = "var wb = Nalytiq.Extensions.NalytiqExtension.Workbench!;\n"


def connect(connection_file):
    """A new client on a running kernel, as `jupyter console --existing` makes one."""
    kc = BlockingKernelClient(connection_file=connection_file)
    kc.load_connection_file()
    kc.start_channels()
    # Not wait_for_ready: without a manager it takes a heartbeat not yet answered for a dead kernel. Ready is when
    # kernel_info is answered on shell and its status reaches iopub: a subscription not yet made loses messages.
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        expect(reply(kc, msg_id)["content"]["status"] == "ok", "kernel_info for a new client")
        try:
            while kc.get_iopub_msg(timeout=1)["parent_header"].get("msg_id") != msg_id:
                pass
            return kc
        except queue.Empty:
            continue
    fail("the new client never got iopub messages")


def wait_for_input(kc, msg_id):
    """Waits until the cell msg_id has started (its execute_input is out)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            return
    fail("cell %s never started" % msg_id)


def ok(kc, code, what):
    response, messages = execute(kc, code)
    expect(response["content"]["status"] == "ok", "%s: %r" % (what, response["content"]))
    return messages


def value(kc, code, what):
    """The text/plain of the cell's result."""
    results = of_type(ok(kc, code, what), "execute_result")
    expect(len(results) == 1, "%s: no result" % what)
    return results[0]["content"]["data"]["text/plain"]


def wait_exit(process, seconds):
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    return process.poll()


def stop(km, kc):
    if kc is not None:
        kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=True)


def client_until_running(connection_file, code):
    """Role of the client process that goes away: starts the cell, says so, then waits to be killed."""
    kc = connect(connection_file)
    wait_for_input(kc, kc.execute(code))
    print("running", flush=True)
    time.sleep(TIMEOUT)


def start_client_and_kill_it(name, connection_file, code):
    client = subprocess.Popen([sys.executable, __file__, name, "_client_until_running", connection_file, code],
                              stdout=subprocess.PIPE, text=True)
    line = client.stdout.readline().strip()
    client.kill()
    client.wait()
    expect(line == "running", "the first client did not start its cell: %r" % line)


def client_gone_mid_cell(name):
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = None
    try:
        # A cell that ends by itself while nobody listens: it finishes, its value is kept in history.
        start_client_and_kill_it(name, km.connection_file, 'await Task.Delay(3000);\n"finished alone"')
        kc = connect(km.connection_file)
        expect(reply(kc, kc.kernel_info())["content"]["implementation"] == "nalytiq", "kernel_info after the client went away")
        response, _ = execute(kc, '"second client"')
        expect(response["content"]["status"] == "ok" and response["content"]["execution_count"] == 2,
               "the second client's cell: %r" % response["content"])
        msg = kc.session.msg("history_request", {"output": True, "raw": True, "hist_access_type": "tail", "n": 2})
        kc.session.send(kc.shell_channel.socket, msg)
        history = [tuple(h[2]) for h in reply(kc, msg["header"]["msg_id"])["content"]["history"]]
        expect(history[0] == ('await Task.Delay(3000);\n"finished alone"', "finished alone"), "the orphan cell's result: %r" % history)

        # A cell that would wait forever: a later client interrupts it and goes on.
        kc.stop_channels()
        kc = None
        start_client_and_kill_it(name, km.connection_file,
                                 "await Task.Delay(Timeout.Infinite, Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken);")
        kc = connect(km.connection_file)
        msg = kc.session.msg("interrupt_request", {})
        kc.session.send(kc.control_channel.socket, msg)
        expect(reply(kc, msg["header"]["msg_id"], "control")["content"]["status"] == "ok", "interrupt_reply")
        started = time.monotonic()
        response, _ = execute(kc, '"after the interrupt"')
        expect(response["content"]["status"] == "ok", "a cell after interrupting the orphan: %r" % response["content"])
        expect(time.monotonic() - started < 10, "the cell after the interrupt waited %.1f s" % (time.monotonic() - started))
        time.sleep(1.5)  # the heartbeat channel reports after its first round trips
        expect(kc.hb_channel.is_beating(), "heartbeat")
    finally:
        stop(km, kc)


def rss_kb(pid, field):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    fail("no %s for pid %d" % (field, pid))


def flood_stdout(name, limit, note, language, memory_mb):
    """50 MB on stdout, in 1 KB writes then in 1-character writes: each cell's output is coalesced and cut after `limit`
    characters with one note (in `language`); the kernel's memory stays bounded and the next cell runs."""
    limit, memory_mb = int(limit), int(memory_mb)
    os.environ["NALYTIQ_LANG"] = language
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        pid = km.provisioner.process.pid
        ok(kc, 'Console.Write("warm");', "warm-up")
        before = rss_kb(pid, "VmRSS")
        floods = [('var chunk = new string(\'x\', 999) + "\\n";\nfor (var i = 0; i < 50_000; i++) Console.Write(chunk);',
                   ("x" * 999 + "\n") * (limit // 1000)),
                  ("for (var i = 0; i < 50_000_000; i++) Console.Write('y');", "y" * limit)]
        for code, shown in floods:
            started = time.monotonic()
            messages = ok(kc, code, "the flood")
            elapsed = time.monotonic() - started
            peak = rss_kb(pid, "VmHWM")
            streams = of_type(messages, "stream")
            stdout = "".join(s["content"]["text"] for s in streams if s["content"]["name"] == "stdout")
            notes = [s["content"]["text"] for s in streams if s["content"]["name"] == "stderr"]
            print("flood: %.1f s, %d stream messages, %d characters shown, memory %d MB -> peak %d MB"
                  % (elapsed, len(streams), len(stdout), before // 1024, peak // 1024))
            expect(stdout == shown, "the first %d characters: got %d" % (limit, len(stdout)))
            expect(notes == [note], "one note on stderr: %r, expected %r" % (notes, note))
            expect(len(streams) <= 200, "%d stream messages: not coalesced" % len(streams))
            expect(elapsed < 90, "the flood took %.1f s" % elapsed)
            expect((peak - before) // 1024 < memory_mb, "memory grew by %d MB (bound %d MB)" % ((peak - before) // 1024, memory_mb))
            expect(value(kc, '"next"', "the next cell") == "next", "the next cell")
        messages = ok(kc, 'Console.Write("a"); await Task.Delay(1000); Console.Write("b"); Console.Error.Write("e"); Console.Write("c");', "small writes")
        texts = [(s["content"]["name"], s["content"]["text"]) for s in of_type(messages, "stream")]
        expect(texts == [("stdout", "a"), ("stdout", "b"), ("stderr", "e"), ("stdout", "c")], "order and timing of small writes: %r" % texts)
    finally:
        stop(km, kc)


def shutdown_stuck_cell(name, restart, bound):
    """A cell that never looks at its token, then shutdown_request: a reply, then the process exits by itself."""
    restart, bound = restart == "restart", float(bound)
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        process = km.provisioner.process
        # A busy loop, or one that sleeps: neither looks at its cancellation token.
        cell = kc.execute("while (true) System.Threading.Thread.Sleep(100);" if restart else "while (true) { }")
        wait_for_input(kc, cell)
        time.sleep(1)
        started = time.monotonic()
        msg = kc.session.msg("shutdown_request", {"restart": restart})
        kc.session.send(kc.control_channel.socket, msg)
        content = reply(kc, msg["header"]["msg_id"], "control")["content"]
        expect(content["status"] == "ok" and content["restart"] is restart, "shutdown_reply %r" % content)
        code = wait_exit(process, bound)
        elapsed = time.monotonic() - started
        print("exited with %r after %.1f s" % (code, elapsed))
        expect(code == 0, "the process did not exit by itself within %.0f s (exit code %r)" % (bound, code))
        if restart:
            kc.stop_channels()
            kc = None
            km.start_kernel()  # what the client does on restart: a new process on the same connection file
            kc = connect(km.connection_file)
            expect(value(kc, "6 * 7", "a cell after the restart") == "42", "a cell after the restart")
    finally:
        stop(km, kc)


def unknown_message(name):
    """A custom msg_type gets busy/idle and no reply, on shell and control; the kernel keeps answering."""
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        for channel in (kc.shell_channel, kc.control_channel):
            custom = kc.session.msg("nalytiq_custom_request", {"anything": [1, 2]})
            kc.session.send(channel.socket, custom)
            statuses = [m["content"]["execution_state"] for m in of_type(iopub_until_idle(kc, custom["header"]["msg_id"]), "status")]
            expect(statuses == ["busy", "idle"], "busy/idle around the custom message: %r" % statuses)
            info = kc.session.msg("kernel_info_request")
            kc.session.send(channel.socket, info)
            get = kc.get_shell_msg if channel is kc.shell_channel else kc.get_control_msg
            replied = []
            while not replied or replied[-1] != info["header"]["msg_id"]:
                replied.append(get(timeout=TIMEOUT)["parent_header"].get("msg_id"))
            expect(custom["header"]["msg_id"] not in replied, "a reply to the custom message on %s" % channel)
        expect(value(kc, "1 + 1", "a cell after custom messages") == "2", "a cell after custom messages")
    finally:
        stop(km, kc)


def write_csv(path, rows=400, noisy=False):
    """A CSV with a learnable binary label; noisy flips one label in five. Training ends when its trials are done
    (400 rows: about 2 s), so a training meant to outlast something needs many noisy rows."""
    with open(path, "w") as f:
        f.write("region,altitude,rain,yield_t,good\n")
        for i in range(rows):
            altitude = 1400 + (i * 37) % 900
            rain = 800 + (i * 53) % 700
            good = altitude + rain / 2 > 2100
            if noisy and (i * 7) % 5 == 0:
                good = not good
            f.write("%s,%d,%d,%.2f,%s\n" % ("north south east west".split()[i % 4], altitude, rain,
                                            altitude / 500 + rain / 900 + (i % 7) / 10, "yes" if good else "no"))


def two_kernels_worker(name, tag):
    """One of two kernels started at once in the same folder: cells, the cache, the run store, a clean shutdown."""
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        ok(kc, "#!upload crops.csv", tag + " upload")
        ok(kc, "#!analyze crops", tag + " analyze")
        source = value(kc, WORKBENCH + 'var analysis = await wb.AnalyzeAsync("crops", crops);\n$"{analysis.Source} {analysis.CacheWarning?.Key}"',
                       tag + " cached analysis")
        expect(source.split()[0] in ("Memory", "Garnet"), "%s: the second analysis was %s" % (tag, source))
        cache = value(kc, WORKBENCH + 'var cache = (await wb.GetCacheReportAsync()).Statistics;\n$"{cache.Connected} {cache.Warning?.Key}"',
                      tag + " cache report")
        print("kernel %s: cache connected, warning: %s" % (tag, cache))
        expect(cache in ("True ", "False Cache_DirectoryInUse"), "%s: the cache says %s" % (tag, cache))
        run = WORKBENCH + ('var run = await wb.Runs.CreateRunAsync("faults", "%s");\n'
                           'await wb.Runs.LogMetricAsync(run.Id, "score", 1);\n'
                           'await wb.Runs.EndRunAsync(run.Id, Nalytiq.Training.RunStatus.Completed);\nrun.Id') % tag
        ok(kc, run, tag + " run")
        ok(kc, '"%s done"' % tag, tag + " last cell")
        kc.stop_channels()
        kc = None
        km.shutdown_kernel(now=False)
        expect(km.provisioner is None or not km.is_alive(), "%s still alive" % tag)
    finally:
        stop(km, kc)
    print("worker %s done" % tag)


def two_kernels_same_folder(name):
    write_csv("crops.csv")
    workers = [subprocess.Popen([sys.executable, __file__, name, "_two_kernels_worker", tag], stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True) for tag in ("A", "B")]
    outputs = [w.communicate(timeout=TIMEOUT * 4)[0] for w in workers]
    for worker, output in zip(workers, outputs):
        print(output)
        expect(worker.returncode == 0, "a kernel started beside another failed")
        expect("address already in use" not in output.lower(), "address already in use")

    # Everything both kernels recorded is there, unmixed.
    records = [json.loads(line) for line in open(os.path.join(".nalytiq", "kernel-history.jsonl"), encoding="utf-8")]
    sessions = [r["session"] for r in records if "started" in r]
    expect(len(sessions) == 2 and len(set(sessions)) == 2, "two distinct history sessions: %r" % sessions)
    for tag in ("A", "B"):
        cells = [r for r in records if r.get("input") == '"%s done"' % tag]
        expect(len(cells) == 1, "kernel %s's last cell in history: %r" % (tag, cells))
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        runs = value(kc, WORKBENCH + 'string.Join(",", (await wb.ListRunsAsync(new() { Experiment = "faults" })).Items'
                         '.Select(r => $"{r.Name}:{r.Status}:{r.Metric("score")}").Order())', "the runs of both kernels")
        expect(runs == "A:Completed:1,B:Completed:1", "runs %s" % runs)
        ok(kc, "#!upload crops.csv", "upload in a third kernel")
        source = value(kc, WORKBENCH + 'var analysis = await wb.AnalyzeAsync("crops", crops);\n$"{analysis.Source} {analysis.CacheWarning is null}"',
                       "the analysis in a third kernel")
        expect(source == "Garnet True", "the cache after two kernels: %s" % source)
    finally:
        stop(km, kc)


def kill_during_training(name):
    """kill -9 while #!train runs: the next kernel starts, the run is abandoned, the cache recovers."""
    write_csv("crops.csv", rows=200_000, noisy=True)
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        ok(kc, "#!upload crops.csv", "upload")
        ok(kc, "#!analyze crops", "analyze")
        training = kc.execute("#!train crops --label good --time-budget 300")
        wait_for_input(kc, training)
        database = os.path.join(".nalytiq", "runs.db")
        deadline = time.monotonic() + TIMEOUT
        running = []
        while not running and time.monotonic() < deadline:
            time.sleep(0.5)
            if os.path.exists(database):
                with sqlite3.connect(database, timeout=30) as db:
                    running = db.execute("SELECT id FROM runs WHERE status = 'running'").fetchall()
        expect(len(running) == 1, "the run never started")
        time.sleep(2)
        os.kill(km.provisioner.process.pid, signal.SIGKILL)
        expect(wait_exit(km.provisioner.process, 30) == -signal.SIGKILL, "the kernel did not die")
    finally:
        stop(km, kc)

    started = time.monotonic()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT)
    try:
        print("the next kernel answered after %.1f s" % (time.monotonic() - started))
        msg = kc.session.msg("history_request", {"output": False, "raw": True, "hist_access_type": "range", "session": -1, "start": 1})
        kc.session.send(kc.shell_channel.socket, msg)
        killed = [h[2] for h in reply(kc, msg["header"]["msg_id"])["content"]["history"]]
        expect(killed == ["#!upload crops.csv", "#!analyze crops"], "the killed kernel's history: %r" % killed)
        ok(kc, "#!runs", "#!runs after the kill")
        run = value(kc, WORKBENCH + 'var run = (await wb.ListRunsAsync()).Items.Single();\n'
                        '$"{run.Status}|{run.Tags.GetValueOrDefault("nalytiq.abandoned")}|{run.Error}"', "the killed run")
        expect(run.startswith("Failed|process|"), "the killed run: %s" % run)
        ok(kc, "#!upload crops.csv", "upload after the kill")
        source = value(kc, WORKBENCH + 'var analysis = await wb.AnalyzeAsync("crops", crops);\n$"{analysis.Source} {analysis.CacheWarning is null}"',
                       "the analysis after the kill")
        expect(source == "Garnet True", "the cache after the kill: %s" % source)
        ok(kc, "#!analyze crops", "#!analyze after the kill")
        ok(kc, "#!train crops --label good --time-budget 10", "training after the kill")
    finally:
        stop(km, kc)


SCENARIOS = {f.__name__: f for f in (client_gone_mid_cell, flood_stdout, shutdown_stuck_cell, unknown_message,
                                     two_kernels_same_folder, kill_during_training)}


def main():
    name, scenario, arguments = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.environ.pop("NALYTIQ_HOME", None)  # the kernels' .nalytiq/ is the test's own folder
    if scenario == "_client_until_running":
        client_until_running(*arguments)
        return
    if scenario == "_two_kernels_worker":
        two_kernels_worker(name, *arguments)
        return
    SCENARIOS[scenario](name, *arguments)
    print("OK " + scenario)


if __name__ == "__main__":
    main()
