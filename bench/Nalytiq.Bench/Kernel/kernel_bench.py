#!/usr/bin/python3
"""Times `nalytiq kernel` against dotnet-interactive's Jupyter kernel over fresh kernel processes.

Run by `dotnet run -c Release --project bench/Nalytiq.Bench -- kernel` (which installs both kernelspecs into a private
JUPYTER_PATH and passes it here); needs Debian's /usr/bin/python3 with python3-jupyter-client. Progress goes to
stderr, one JSON document to stdout. See docs/performance.md.

Per kernel process (a new one each time, alternating which kernel goes first):
  ready        process start -> first kernel_info_reply (a kernel_info_request is re-sent every 0.25 s until one comes)
  first_idle   process start -> first iopub status "idle" seen (any parent)
  first_result process start -> execute_result of the first `1+1`
  cell_1plus1  that first `1+1` alone: execute_request sent -> execute_result
  nuget_r      (old kernel) `#r "nuget: Nalytiq.Extensions, <version>"`: execute_request sent -> execute_reply + idle
  start_to_first_nalytiq_result = ready + nuget_r + cell_1plus1 (old), ready + cell_1plus1 (ours: Nalytiq built in)

Three kinds of process, the order rotated each round: "ours"; "old" (1+1 first, then the #r as
nuget_r_after_1plus1, then the rest: figures comparable with ours); "old_r_first" (#r as the first cell, then 1+1,
as a notebook does, and nothing else: the old kernel's start to first Nalytiq-ready result; a #r after a first cell
runs on a warm submission path and is several times faster, which would flatter the old kernel).
  round_trip   p50/p99 over --executes `1+1`: execute_request sent -> execute_reply and its iopub idle (as nbclient)
  completion   p50 over --completions complete_request for `Console.Wr` (cursor at the end) -> complete_reply
  upload       (optional) first `#!upload <csv>` of the process -> execute_reply + idle
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from queue import Empty

import jupyter_client
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

REPLY_TIMEOUT = 300.0  # a first #r restore or a 3M-row upload on a busy machine can take a while


def log(message):
    print(f"[kernel-bench] {message}", file=sys.stderr, flush=True)


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100), at least 1
    return ordered[int(rank) - 1]


class Session:
    """One kernel process and its blocking client; every time is seconds on time.perf_counter()."""

    def __init__(self, kernel_name, cwd, env):
        self.km = KernelManager(kernel_name=kernel_name)
        self.km.shutdown_wait_time = 5.0
        self.cwd = cwd
        self.env = env
        self.kc = None
        self.t0 = None
        self.first_idle = None
        self.kernel_info = None
        self.last_sent = None

    def start(self):
        self.t0 = time.perf_counter()
        self.km.start_kernel(cwd=self.cwd, env=self.env)
        self.kc = self.km.client()
        self.kc.start_channels()

    def _iopub(self, timeout):
        """One iopub message or None; notes the first idle (receipt time)."""
        try:
            msg = self.kc.get_iopub_msg(timeout=timeout)
        except Empty:
            return None
        now = time.perf_counter()
        if (self.first_idle is None and msg["msg_type"] == "status"
                and msg["content"].get("execution_state") == "idle"):
            self.first_idle = now
        return msg, now

    def _drain_iopub(self):
        while self._iopub(0) is not None:
            pass

    def wait_ready(self, timeout=REPLY_TIMEOUT):
        """process start -> first kernel_info_reply; shell and iopub polled in turn (2 ms granularity)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if not self.km.is_alive():
                raise RuntimeError("the kernel process exited before answering kernel_info")
            self.kc.kernel_info()
            resend = time.perf_counter() + 0.25
            while time.perf_counter() < resend:
                try:
                    msg = self.kc.get_shell_msg(timeout=0.002)
                except Empty:
                    self._drain_iopub()
                    continue
                if msg["msg_type"] == "kernel_info_reply":
                    ready = time.perf_counter()
                    self.kernel_info = msg["content"]
                    self._drain_iopub()
                    return ready - self.t0
        raise TimeoutError("no kernel_info_reply")

    def wait_first_idle(self, timeout=30.0):
        """Seconds from start to the first idle seen; waits for one if none came yet (the kernel_info's idle)."""
        deadline = time.perf_counter() + timeout
        while self.first_idle is None and time.perf_counter() < deadline:
            self._iopub(0.05)
        return None if self.first_idle is None else self.first_idle - self.t0

    def execute(self, code, timeout=REPLY_TIMEOUT):
        """Runs a cell; returns (seconds to execute_result or None, seconds to reply+idle, status, error text)."""
        self._drain_iopub()
        sent = self.last_sent = time.perf_counter()
        msg_id = self.kc.execute(code, store_history=True, allow_stdin=False)
        deadline = sent + timeout
        result_at = None
        idle_at = None
        reply = None
        error = None
        while (reply is None or idle_at is None) and time.perf_counter() < deadline:
            if reply is None:
                try:
                    msg = self.kc.get_shell_msg(timeout=0.002 if idle_at is None else deadline - time.perf_counter())
                    if msg["parent_header"].get("msg_id") == msg_id:
                        reply = msg["content"]
                        reply_at = time.perf_counter()
                except Empty:
                    pass
            while idle_at is None:
                got = self._iopub(0 if reply is None else max(0.0, deadline - time.perf_counter()))
                if got is None:
                    break
                msg, at = got
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                kind = msg["msg_type"]
                if kind == "execute_result" and result_at is None:
                    result_at = at
                elif kind == "error":
                    error = f"{msg['content'].get('ename')}: {msg['content'].get('evalue')}"
                elif kind == "status" and msg["content"].get("execution_state") == "idle":
                    idle_at = at
        if reply is None or idle_at is None:
            raise TimeoutError(f"no execute_reply/idle for {code!r} within {timeout} s")
        status = reply.get("status")
        if status != "ok" and error is None:
            error = f"{reply.get('ename')}: {reply.get('evalue')}"
        done = max(reply_at, idle_at)
        return (None if result_at is None else result_at - sent), done - sent, status, error

    def complete(self, code, timeout):
        """complete_request with the cursor at the end -> seconds to complete_reply, or None if none came."""
        sent = time.perf_counter()
        msg_id = self.kc.complete(code, len(code))
        deadline = sent + timeout
        while time.perf_counter() < deadline:
            try:
                msg = self.kc.get_shell_msg(timeout=max(0.0, deadline - time.perf_counter()))
            except Empty:
                break
            if msg["parent_header"].get("msg_id") == msg_id:
                return time.perf_counter() - sent, msg["content"]
        return None, None

    def stop(self):
        try:
            if self.kc is not None:
                self.kc.stop_channels()
        finally:
            if self.km.has_kernel:
                self.km.shutdown_kernel(now=False)


def one_process(name, args, kind):
    """kind: "ours"; "old" (1+1 first, then #r: every figure comparable with ours); "old_r_first" (#r first, then 1+1,
    as a notebook runs: the old kernel's start to first Nalytiq-ready result, nothing else)."""
    home = tempfile.mkdtemp(prefix=f"nalytiq-kernel-bench-home-{kind}-")
    env = dict(os.environ)
    env["NALYTIQ_HOME"] = home  # a fresh state folder: no cache from an earlier process
    env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
    env["DOTNET_NOLOGO"] = "1"
    env["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1"
    session = Session(name, args.cwd, env)
    nuget_r = f'#r "nuget: Nalytiq.Extensions, {args.nuget_version}"'
    figures = {}
    try:
        session.start()
        figures["ready_s"] = session.wait_ready()
        if kind == "old_r_first":
            _, r_s, status, error = session.execute(nuget_r)
            if status != "ok" or error:
                raise RuntimeError(f"#r failed: {error or status}")
            figures["nuget_r_s"] = r_s
        result_s, _, status, error = session.execute("1+1")
        if status != "ok" or result_s is None:
            raise RuntimeError(f"1+1 failed: {status} {error}")
        figures["cell_1plus1_s"] = result_s
        figures["first_result_s"] = session.last_sent - session.t0 + result_s
        figures["first_idle_s"] = session.wait_first_idle()
        info = session.kernel_info or {}
        figures["implementation"] = f"{info.get('implementation')} {info.get('implementation_version')}"
        if kind == "old_r_first":
            figures["start_to_first_nalytiq_result_s"] = figures["ready_s"] + figures["nuget_r_s"] + result_s
            return figures

        if kind == "old":
            if args.nuget_version:
                _, r_s, status, error = session.execute(nuget_r)
                if status != "ok" or error:
                    figures["nuget_r_error"] = error or status
                else:
                    figures["nuget_r_after_1plus1_s"] = r_s
        else:
            figures["start_to_first_nalytiq_result_s"] = figures["ready_s"] + result_s

        if args.upload and (kind == "ours" or "nuget_r_after_1plus1_s" in figures):
            path = args.upload.replace("\\", "/")
            _, up_s, status, error = session.execute(f'#!upload "{path}" --name sales')
            if status != "ok" or error:
                figures["upload_error"] = error or status
            else:
                figures["upload_s"] = up_s

        completions = []
        for _ in range(args.completions):
            seconds, content = session.complete("Console.Wr", timeout=args.completion_timeout)
            if seconds is None:
                figures["completion_note"] = f"no complete_reply within {args.completion_timeout} s"
                break
            completions.append(seconds)
            matches = (content or {}).get("matches") or []
            figures["completion_matches"] = len(matches)
            figures["completion_has_write"] = any(m.startswith("Write") for m in matches)
        if completions:
            figures["completion_p50_s"] = statistics.median(completions)

        trips = []
        for _ in range(args.executes):
            _, trip, status, error = session.execute("1+1")
            if status != "ok":
                raise RuntimeError(f"1+1 failed: {status} {error}")
            trips.append(trip)
        if trips:
            figures["round_trip_p50_s"] = percentile(trips, 50)
            figures["round_trip_p99_s"] = percentile(trips, 99)
    finally:
        session.stop()
        shutil.rmtree(home, ignore_errors=True)
    return figures


NUMBERS = [
    "ready_s", "first_idle_s", "first_result_s", "cell_1plus1_s", "nuget_r_s", "nuget_r_after_1plus1_s",
    "start_to_first_nalytiq_result_s",
    "round_trip_p50_s", "round_trip_p99_s", "completion_p50_s", "upload_s",
]


def summarize(runs):
    out = {}
    for key in NUMBERS:
        values = [r[key] for r in runs if r.get(key) is not None]
        if values:
            out[key] = {"min": min(values), "median": statistics.median(values), "n": len(values)}
    notes = sorted({f"{k}: {r[k]}" for r in runs for k in r if k.endswith(("_error", "_note"))})
    if notes:
        out["notes"] = notes
    impl = sorted({r["implementation"] for r in runs if "implementation" in r})
    if impl:
        out["implementation"] = impl
    return out


def loadavg():
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return None


def machine():
    memory = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "memory_bytes": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "jupyter_client": jupyter_client.__version__,
    }


def main():
    # Only the report goes to stdout: kernels inherit fds 1 and 2 (dotnet-interactive logs its ASP.NET host to
    # stdout), so fd 1 becomes a copy of stderr and the report is written to the saved original.
    report_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", default="nalytiq", help="kernelspec name of nalytiq kernel")
    parser.add_argument("--old", default=".net-csharp", help="kernelspec name of dotnet-interactive's C# kernel")
    parser.add_argument("--processes", type=int, default=5, help="fresh processes per kernel")
    parser.add_argument("--executes", type=int, default=200, help="1+1 round trips per process")
    parser.add_argument("--completions", type=int, default=20, help="complete_requests per process")
    parser.add_argument("--completion-timeout", type=float, default=10.0)
    parser.add_argument("--cwd", required=True, help="working directory of both kernels (notebooks/: its NuGet.Config)")
    parser.add_argument("--nuget-version", default=None, help="Nalytiq.Extensions version for the old kernel's #r")
    parser.add_argument("--packages-note", default=None, help="why the #r cell is skipped (packages missing)")
    parser.add_argument("--upload", default=None, help="CSV for a first #!upload per process (skipped if absent)")
    parser.add_argument("--extra", default=None, help="JSON object merged into the report (set by the bench)")
    args = parser.parse_args()

    specs = KernelSpecManager().find_kernel_specs()
    for name in (args.ours, args.old):
        if name not in specs:
            sys.exit(f"kernelspec {name!r} not found on the Jupyter path ({sorted(specs)}); JUPYTER_PATH={os.environ.get('JUPYTER_PATH')}")

    load_before = loadavg()
    started = time.time()
    kinds = ["ours", "old"] + (["old_r_first"] if args.nuget_version else [])
    names = {"ours": args.ours, "old": args.old, "old_r_first": args.old}
    runs = {kind: [] for kind in kinds}
    for i in range(args.processes):
        order = kinds[i % len(kinds):] + kinds[:i % len(kinds)]  # rotate which kernel goes first
        for kind in order:
            log(f"process {i + 1}/{args.processes}: {kind} ({names[kind]})")
            try:
                figures = one_process(names[kind], args, kind)
            except Exception as e:  # noqa: BLE001 - one failed process is reported, the others still count
                figures = {"process_error": f"{type(e).__name__}: {e}"}
            figures["index"] = i
            figures["position"] = order.index(kind)
            log(json.dumps(figures))
            runs[kind].append(figures)

    summaries = {kind: summarize(runs[kind]) for kind in kinds}
    ours = summaries["ours"]
    ratios = {}
    for key in NUMBERS:
        # The old kernel's start to first Nalytiq-ready result comes from the #r-first processes (as a notebook).
        old = summaries.get("old_r_first", {}) if key == "start_to_first_nalytiq_result_s" else summaries["old"]
        if key in ours and key in old and old[key]["median"] > 0:
            ratios[key] = {
                "median": ours[key]["median"] / old[key]["median"],
                "min": ours[key]["min"] / old[key]["min"] if old[key]["min"] > 0 else None,
            }

    def target(key, limit, text):
        ratio = ratios.get(key, {}).get("median")
        return {"target": text, "ratio_median": ratio, "met": None if ratio is None else ratio <= limit}

    report = {
        "benchmark": "kernel",
        "machine": machine(),
        "load_average_before": load_before,
        "load_average_after": loadavg(),
        "seconds": time.time() - started,
        "settings": {
            "processes": args.processes, "executes": args.executes, "completions": args.completions,
            "cwd": args.cwd, "ours": args.ours, "old": args.old,
            "nuget_version": args.nuget_version, "upload": args.upload,
        },
        "packages": {"available": args.nuget_version is not None, "note": args.packages_note},
        "kernels": summaries,
        "ratios_ours_over_old": ratios,
        "targets": {
            "start_to_first_nalytiq_result": target(
                "start_to_first_nalytiq_result_s", 0.5,
                "ours (ready + 1+1) <= 0.5x old (ready + #r nuget: Nalytiq.Extensions as first cell + 1+1; old_r_first processes), medians"),
            "trivial_round_trip": target("round_trip_p50_s", 1.0, "ours p50 <= old p50 (1+1, medians over processes)"),
        },
        "runs": runs,
    }
    if args.extra:
        report.update(json.loads(args.extra))
    report_out.write(json.dumps(report, indent=2) + "\n")
    report_out.flush()
    failed = [r for rs in runs.values() for r in rs if "process_error" in r]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
