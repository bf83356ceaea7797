"""Executes a notebook with nbclient against the given kernel: python3 run_notebook.py <kernel-name> <in.ipynb> <out.ipynb>.

The kernelspec is found through JUPYTER_PATH; the kernel starts in the notebook's folder. Exits 0 when every cell ran
and no output is an error; otherwise prints the failing cell and exits 1. The executed notebook is written either way.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    name, source, target = sys.argv[1:4]
    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(notebook, kernel_name=name, timeout=600, startup_timeout=120,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}})
    failed = None
    try:
        client.execute()
    except CellExecutionError as e:
        failed = str(e)
    finally:
        nbformat.write(notebook, target)
    errors = [(i, o) for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"
              for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    if failed or errors:
        print("FAIL: %s %r" % (failed or "", errors[:3]))
        sys.exit(1)
    executed = sum(1 for cell in notebook.cells if cell.cell_type == "code" and cell.get("execution_count"))
    print("OK %d cells" % executed)


if __name__ == "__main__":
    main()
