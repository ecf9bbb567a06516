import os
import sys


def _run() -> int:
    try:
        from .cli import main

        return main()
    except ModuleNotFoundError as missing:
        if (missing.name or "").startswith("sotay"):
            raise
        # Run with a Python outside the project's .venv (an editor typing `python -m sotay check`
        # in a new terminal): say how to get the tools, not a traceback ending in "No module named 're2'".
        print(f"Thiếu thư viện {missing.name}: lệnh này cần môi trường của dự án (.venv). Hãy chạy "
              "`make check` (lần đầu tự cài), hoặc `source .venv/bin/activate` rồi chạy lại.", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `python -m sotay check | head`: the reader has seen enough; no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


sys.exit(_run())
