"""Re-runs cells that bind a large value in `nalytiq kernel` through the real jupyter_client and reads the kernel's
managed heap from a cell after each run.

Usage: python3 memory_client.py <kernel-name> <scenario> <runs> <max-growth-bytes> [csv]. Prints the heap after each
run; exits 0 when it grew by less than max-growth-bytes from the first run to the last, else 1.
"""
import sys

from kernel_client import execute, expect, fail, of_type, run

# A full, blocking, compacting collection, then the bytes still live: the number the kernel reports.
HEAP = ("System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;\n"
        "System.GC.Collect(); System.GC.WaitForPendingFinalizers();\n"
        "System.Console.WriteLine(System.GC.GetTotalMemory(true));")


def succeed(kc, code):
    content = execute(kc, code)[0]["content"]
    expect(content["status"] == "ok", "%r failed: %r" % (code, content))


def heap(kc):
    messages = execute(kc, HEAP)[1]
    text = "".join(m["content"]["text"] for m in of_type(messages, "stream") if m["content"]["name"] == "stdout")
    try:
        return int(text.strip())
    except ValueError:
        fail("the heap cell printed %r" % text)


def reruns(kc, cell, runs, max_growth, check):
    heaps = [heap(kc)]
    for _ in range(runs):
        succeed(kc, cell)
        heaps.append(heap(kc))
    print("heap MB: " + " -> ".join("%.0f" % (h / 1048576) for h in heaps))
    growth = heaps[-1] - heaps[1]
    expect(growth < max_growth, "%d runs grew the heap by %d bytes (limit %d)" % (runs, growth, max_growth))
    messages = execute(kc, check)[1]
    results = of_type(messages, "execute_result")
    expect(results, "no result for %r" % check)
    print("check: " + results[0]["content"]["data"]["text/plain"])


def array_reruns(kc, runs, max_growth):
    reruns(kc, "var arr = new double[12_000_000];", runs, max_growth, "arr.Length")


def upload_reruns(kc, runs, max_growth, csv):
    reruns(kc, '#!upload "%s" --name big' % csv, runs, max_growth, "big.Rows.Count")


SCENARIOS = {f.__name__: f for f in (array_reruns, upload_reruns)}


if __name__ == "__main__":
    run(SCENARIOS, call=lambda scenario, km, kc: scenario(kc, int(sys.argv[3]), int(sys.argv[4]), *sys.argv[5:]))
