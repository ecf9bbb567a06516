"""Run as a folder (`python3 sotay/deploy`, which scripts/deploy does) with the server's own
Python: the folder above this one takes this folder's place on the path, last, so the package is
`deploy`, argparse_vi.py beside it gives argparse its Vietnamese words, and no other module there can
stand in for one of the standard library's. (The release's zipapp has a __main__.py of its own.)"""

import os
import sys

if __package__:  # python -m sotay.deploy
    from .cli import main
else:
    sys.path[0:1] = []
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from deploy.cli import main

sys.exit(main())
