import os
import sys

from factcheck.cli import main
from factcheck.files.terminal import excepthook

sys.excepthook = excepthook   # (a traceback, which would end the run, shows control characters as the run does)
status = main()
if sys.argv[1:2] == ["build"] and isinstance(status, int):
    # A build has ended its workers, kernels and render process and written everything (a killed build is safe at
    # any point): tearing down the interpreter, which holds the ledger, the plan's hashes and pandas, would only
    # delay the exit (0.3 s after a one-claim edit at 200 articles, more on a loaded machine).
    from factcheck.pipeline.socket_folder import remove_multiprocessing_folder

    remove_multiprocessing_folder()   # (os._exit runs no clean-up: multiprocessing's folder would stay)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
raise SystemExit(status)
