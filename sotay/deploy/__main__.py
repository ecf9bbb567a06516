# -*- coding: utf-8 -*-  # noqa: UP009 (a server's Python 2 reads this file to say it is too old)
"""Run as a folder (`python3 sotay/deploy`, which scripts/deploy does) with the server's own
Python, whatever the folder is called and through a link to it: the package is imported by its
folder's name from the folder above, which is put on the path last (argparse_vi.py there gives
argparse its Vietnamese words, and no module there can stand in for one of the standard library's),
and this folder itself leaves the path (its modules are the package's, not top-level ones). The
release's zipapp has a __main__.py of its own."""

import importlib
import os
import sys

if sys.version_info < (3, 9):  # noqa: UP036 (the server's Python, not ours); as the zipapp says it (dist.PYTHON_CHECK)
    told = "Cần Python 3.9 trở lên để triển khai; máy này có Python %d.%d. " % sys.version_info[:2]  # noqa: UP031 (Python 2 reads it)
    sys.stderr.write(told + "Hãy chạy bằng python3.9 (hoặc mới hơn) nếu máy có.\n")
    sys.exit(2)

if __package__:  # python -m sotay.deploy: named so in its usage line, not as the repository's script
    from .cli import main as _main

    def main():
        return _main(prog="python -m " + __package__)
else:
    here = os.path.dirname(os.path.realpath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.realpath(p or ".") != here]
    sys.path.append(os.path.dirname(here))
    main = importlib.import_module(os.path.basename(here) + ".cli").main

sys.exit(main())
