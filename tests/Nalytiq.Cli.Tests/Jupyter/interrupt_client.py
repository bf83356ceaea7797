"""Interrupts long Nalytiq commands in `nalytiq kernel` through the real jupyter_client, one scenario per run.

Usage: python3 interrupt_client.py <kernel-name> <scenario> <bound-seconds> <interrupted-text> [args...]. The kernel
runs in French (NALYTIQ_LANG=fr); <interrupted-text> is the French evalue an interrupted cell must carry. Each scenario
prints the measured latencies ("... took 0.42 s") and exits 0 when its expectations hold.
"""
import sys
import time

from kernel_client import TIMEOUT, execute, expect, fail, iopub_until_idle, of_type, reply, run


def wait_for(kc, msg_id, accept):
    """Reads iopub until a message parented to msg_id satisfies accept; returns it."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and accept(msg):
            return msg
    fail("nothing expected arrived for " + msg_id)


def is_display(msg):
    return msg["msg_type"] in ("display_data", "update_display_data")


def plain(msg):
    return msg["content"].get("data", {}).get("text/plain", "")


def ok(kc, code):
    response, messages = execute(kc, code)
    expect(response["content"]["status"] == "ok", "%r failed: %r" % (code, response["content"]))
    return messages


def result(kc, code):
    results = of_type(ok(kc, code), "execute_result")
    expect(len(results) == 1, "one result for %r: %r" % (code, results))
    return plain(results[0])


def interrupt_running(km, kc, code, ready, delay=0.0, after='"next"'):
    """Runs code, waits until ready(msg) says it is under way, then delay seconds, and interrupts it; then sends the
    cell after at once. Returns (seconds from the interrupt to the cell's error reply, seconds to the next cell's ok
    reply, the next cell's text/plain result)."""
    cell = kc.execute(code)
    wait_for(kc, cell, ready)
    time.sleep(delay)
    started = time.monotonic()
    km.interrupt_kernel()
    content = reply(kc, cell)["content"]
    ended = time.monotonic() - started
    expect(content["status"] == "error" and content["ename"] == "Interrupted", "interrupted reply %r" % content)
    expect(content["evalue"] == INTERRUPTED, "localized evalue %r, expected %r" % (content["evalue"], INTERRUPTED))
    errors = of_type(iopub_until_idle(kc, cell), "error")
    expect(len(errors) == 1 and errors[0]["content"]["evalue"] == INTERRUPTED, "error output %r" % errors)
    following = result(kc, after)
    return ended, time.monotonic() - started, following


def check_bound(name, ended, following):
    print("%s: interrupt took %.2f s, next cell done %.2f s after it" % (name, ended, following))
    expect(ended < BOUND, "%s: interrupt took %.2f s (bound %.1f s)" % (name, ended, BOUND))


def upload(km, kc):
    big, small = sys.argv[5], sys.argv[6]
    ok(kc, "#!upload %s --name sales" % small)
    before = result(kc, "sales.Rows.Count")
    # The progress view appears once the upload has run for a while: it is reading the big file then.
    ended, following, rows = interrupt_running(km, kc, "#!upload %s --name sales" % big, is_display, delay=0.3, after="sales.Rows.Count")
    check_bound("upload", ended, following)
    expect(rows == before, "sales no longer holds the small file's %s rows but %s" % (before, rows))
    catalog = result(kc, 'string.Join(",", Nalytiq.Extensions.NalytiqExtension.Workbench!.Datasets.All.Select(d => $"{d.Name}:{d.RowCount}"))')
    expect(catalog == "sales:%s" % before, "the catalog changed: %r" % catalog)


def analyze(km, kc):
    ok(kc, "#!upload %s --name sales" % sys.argv[5])
    ended, following, _ = interrupt_running(km, kc, "#!analyze sales", is_display)
    check_bound("analyze", ended, following)
    messages = ok(kc, "#!analyze sales --name profile")
    expect(of_type(messages, "display_data"), "the analysis runs again after the interrupt")


def train(km, kc):
    cancelled = sys.argv[6]
    ok(kc, "#!upload %s --name sales" % sys.argv[5])
    # SDCA finishes first; the interrupt comes while FastTree trains, so a best model exists and must be recorded.
    code = "#!train sales --label channel --trainers sdca,fasttree --time-budget 120 --name model"
    best_shown = lambda msg: is_display(msg) and len([line for line in plain(msg).split("\n") if line.strip()]) >= 3
    # Asked at once: the run must be recorded by the time the next cell runs, not some time after.
    status = "(await Nalytiq.Extensions.NalytiqExtension.Workbench!.ListRunsAsync()).Items[0].Status"
    ended, following, status = interrupt_running(km, kc, code, best_shown, delay=0.5, after=status)
    check_bound("train", ended, following)
    expect(status == "Cancelled", "the run store says %r" % status)
    artifacts = result(kc, 'var runs = Nalytiq.Extensions.NalytiqExtension.Workbench!.Runs;\n'
                           'string.Join(",", (await runs.GetRunAsync((await runs.ListRunsAsync()).Single().Id))!.Artifacts.Select(a => a.Path))')
    expect("model.zip" in artifacts, "the best model so far is kept: %r" % artifacts)
    shown = "\n".join(plain(m) for m in of_type(ok(kc, "#!runs"), "display_data"))
    expect(cancelled in shown, "#!runs does not show the run as %r: %r" % (cancelled, shown))
    response, _ = execute(kc, "model")
    expect(response["content"]["status"] == "error" and "CS0103" in response["content"]["evalue"], "an interrupted #!train bound its variable: %r" % response["content"])


def job_wait(km, kc):
    ok(kc, "#!upload %s --name sales" % sys.argv[5])
    ok(kc, "#!train sales --label channel --trainers sdca,fasttree --time-budget 120 --background")
    jobs = "Nalytiq.Extensions.NalytiqExtension.Workbench!.ListJobs().Items[0]"
    job = result(kc, jobs + ".Id").strip('"')
    # Interrupting the cell that follows a job stops the following, not the job.
    ended, following, status = interrupt_running(km, kc, "#!jobs --wait " + job, is_display, delay=0.5, after=jobs + ".Status")
    check_bound("jobs --wait", ended, following)
    expect(status == "Running", "the job stopped with the cell that followed it: %r" % status)
    ok(kc, "#!jobs --cancel " + job)
    status = result(kc, "await Nalytiq.Extensions.NalytiqExtension.Workbench!.Jobs.WaitAsync(\"%s\"); %s.Status" % (job, jobs))
    expect(status == "Cancelled", "job after --cancel: %r" % status)
    run = result(kc, "(await Nalytiq.Extensions.NalytiqExtension.Workbench!.ListRunsAsync()).Items[0].Status")
    expect(run == "Cancelled", "the cancelled job's run is %r" % run)


SCENARIOS = {f.__name__: f for f in (upload, analyze, train, job_wait)}
BOUND = float(sys.argv[3])
INTERRUPTED = sys.argv[4]


if __name__ == "__main__":
    run(SCENARIOS, environment={"NALYTIQ_LANG": "fr"})
