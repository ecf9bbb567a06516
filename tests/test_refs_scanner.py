"""The RE2 scanner stays within RE2's memory for its DFA on any input.

RE2 builds the scanner's DFA states lazily, within a memory budget; a pattern
too large for it (whole issuing bodies' names, Unicode letter classes) makes
RE2 fall back, text by text, to an engine many times slower, saying so only on
standard error, and every result stays the same. So this runs the extractor in
a child process over text meant to visit many states, and reads its standard
error, where RE2 writes.
"""

import subprocess
import sys

_PROBE = r'''
import random
from sotay.bench.refs import ADVERSARIAL, DENSE
from sotay.bench.synthetic import synthetic_text
from sotay.refs import find

rng = random.Random(7)
texts = [synthetic_text(1_000_000)]
texts += [unit * (200_000 // len(unit)) for unit in [*ADVERSARIAL.values(), *DENSE.values()]]
# Every printable character up to U+2000, at random: the most states the scanner can meet.
alphabet = [chr(c) for c in range(32, 0x2000) if chr(c).isprintable()]
texts.append("".join(rng.choice(alphabet) for _ in range(300_000)))
print(sum(len(find(t)) for t in texts))
'''


def test_the_scanner_never_runs_out_of_dfa_memory():
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 0
    assert "DFA out of memory" not in done.stderr, done.stderr[:500]
