# Sổ tay sinh hoạt chi bộ: every task an editor, a developer or an operator runs.
# `make serve` and `make test` do all set-up themselves (virtualenv, locked
# dependencies, and for tests Debian's chromium, nginx and faketime).

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/test.txt
STAMP := $(VENV)/.installed-$(shell cat $(LOCK) pyproject.toml 2>/dev/null | sha256sum | cut -c1-12)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build preview test lint check new bench dist lock clean system-deps
.DEFAULT_GOAL := help

help: ## list every target
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): $(LOCK) pyproject.toml
	@# The lock pins wheels for Python 3.11: another Python failed later, in pip, with no word why.
	@test -x $(BIN)/python || $(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
	  || { echo "Cần Python 3.11 (python3.11, hoặc python3 của Debian 12); $(PYTHON) là $$($(PYTHON) --version 2>&1)." >&2; exit 1; }
	@# Debian's own python3 makes a virtualenv only with python3-venv installed.
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) \
	  || { rm -rf $(VENV) && scripts/ensure-system-deps python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	@# The project itself goes on the path with a .pth file: no build backend to fetch, nothing unpinned.
	$(BIN)/python -c "import site; open(site.getsitepackages()[0] + '/sotay.pth', 'w').write('$(CURDIR)\n')"
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP) ## create .venv with the locked dependencies

serve: $(STAMP) ## build the site and serve it on http://127.0.0.1:8000 (reloads on changes)
	$(BIN)/python -m sotay check
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(STAMP) ## build the site into site/ (built aside, then swapped in)
	$(BIN)/python -m sotay build --site-dir site

preview: $(STAMP) ## build the copy that opens from its files (preview/index.html, no server): CI's preview for reviewers
	$(BIN)/python -m sotay build --offline --site-dir preview

check: $(STAMP) ## check all content: schema, NFC, registry, references, links, safety
	$(BIN)/python -m sotay check

CONTENT ?= content
new: $(STAMP) ## new content from a template: make new KIND=guidance|meeting|agenda|library|topic|document TITLE="..." [LIBRARY=...] [SOURCE=...]
	@# KIND, TITLE, LIBRARY and SOURCE reach the recipe as environment variables (make exports what is set on
	@# its command line): read as "$$TITLE", a title with quotes, $$ or backquotes stays text, never shell code.
	@test -n "$$KIND" -a -n "$$TITLE" || { printf '%s\n' \
	  'Cách dùng: make new KIND=<loại> TITLE="Tiêu đề" (đề cương: thêm LIBRARY=<thư-viện>)' \
	  '  loại: guidance (trang hướng dẫn), meeting (mô hình sinh hoạt), agenda (chương trình mẫu),' \
	  '        library (thư viện chuyên đề), topic (đề cương chuyên đề),' \
	  '        document (văn bản trong sổ: TITLE là trích dẫn như nguồn ghi, thêm SOURCE=<mã-nguồn>)' \
	  '  Ví dụ: make new KIND=topic TITLE="Tiêu đề" LIBRARY=thu-vien-chung' >&2; exit 2; }
	$(BIN)/python -m sotay new "$$KIND" "$$TITLE" --content "$(CONTENT)" $${LIBRARY:+--library "$$LIBRARY"} $${SOURCE:+--source "$$SOURCE"}

# Test workers (pytest-xdist): one per core. A file's tests stay on one worker, so the site, the
# release and the browser a file shares are built once per worker, not once per test.
JOBS ?= auto
test: $(STAMP) system-deps lint ## set up, lint, then run the whole test suite (browser and nginx tests included)
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile

lint: $(STAMP) ## lint the Python code (ruff; rules in pyproject.toml)
	$(BIN)/ruff check sotay hooks tests scripts

bench: $(STAMP) ## benchmarks: build, search, exports, extraction (ratios against baselines)
	$(BIN)/python -m sotay bench

dist: $(STAMP) ## build the release into dist/ (SITE_URL=http://host/sub-path/ sets where it is served; SIGNING_KEY=ssh-key signs it; then deploy/README.md)
	@# SITE_URL and SIGNING_KEY reach dist as environment variables (make exports what is set on its
	@# command line): no default here, so dist tells an unset SITE_URL and names the address it builds for.
	$(BIN)/python -m sotay dist

system-deps: ## install Debian's chromium, nginx, faketime and ssh-keygen when missing (tests need them)
	@scripts/ensure-system-deps

lock: $(STAMP) ## re-pin dependencies (requirements/*.txt, with hashes) from pyproject.toml
	$(BIN)/python -m pip install --quiet pip-tools
	@# The lock names packages and hashes only: indexes and wheel folders are the machine's own pip settings.
	$(BIN)/pip-compile -q --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links -o requirements/base.txt pyproject.toml
	$(BIN)/pip-compile -q --generate-hashes --strip-extras --no-emit-index-url --no-emit-find-links --extra test -o requirements/test.txt pyproject.toml

clean: ## remove build output and caches (keeps .venv)
	rm -rf site preview dist .cache .pytest_cache
