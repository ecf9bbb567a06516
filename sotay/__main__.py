import os
import sys


def _utf8_out() -> None:
    """Messages are Vietnamese: written as UTF-8 wherever they go. Redirected to a file on Windows
    (or under a legacy locale), Python's default encoding cannot write "lỗi", and the check ended
    in a traceback instead of its report."""
    for stream in (sys.stdout, sys.stderr):
        if (stream.encoding or "").lower().replace("-", "").replace("_", "") != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _run() -> int:
    _utf8_out()
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
