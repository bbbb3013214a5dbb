"""The extraction modules and the dictionary's lookup compiled to C with mypyc, built beside the source and used only
while they match it.

    python -c "from zhibiao.compiled import main; main()"    # build it (`make install` does)
    ZHIBIAO_PURE=1 zhibiao run …                             # plain Python even where a build is current

Extraction is most of a run's time, and most of extraction is Python work per sentence and per fact around the
grammar's regular expressions: compiled, the same code runs about 1.5x faster (`python -m bench.extract_ab . --old-plain`). The
build lands in `build/compiled/` of the checkout, never in the source tree, with the hash of the sources it was
made from; `zhibiao/__init__.py` puts it first on the package's path only when that hash is the sources' own, so an
edited module is never shadowed by a stale build (it runs as plain Python until the next build). Any failure to
build leaves plain Python, which gives the same facts (tests/test_compiled.py compares the two).
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parent / "build" / "compiled"
STAMP = BUILD / "SOURCES.sha256"
# the modules compiled: extraction, whose per-fact Python work the compiler cuts, and the indicator dictionary, whose
# lookup each fact's phrase goes through
MODULES = [*sorted((PACKAGE / "extract").glob("*.py")), PACKAGE / "indicators.py"]
# the type checks the compiler needs, on the compiled modules only (others, and third-party code, are imported as is)
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent"]


def sources_hash() -> str:
    """One hash of the compiled modules' sources and of this file (how they are built)."""
    h = hashlib.sha256()
    for path in [*MODULES, Path(__file__).resolve()]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def current() -> bool:
    """Whether a build exists and was made from the sources as they are now."""
    try:
        return STAMP.read_text().strip() == sources_hash()
    except OSError:
        return False


def use(package_path: list[str]) -> bool:
    """Put a current build first on zhibiao's path (`package_path`, its __path__) and load mypyc's shared runtime
    module the compiled modules import, unless ZHIBIAO_PURE asks for plain Python. Returns whether the build is used.
    (The build folder never goes on sys.path: a process spawned from this one inherits sys.path, and would take the
    build's zhibiao/ folder, which has no __init__, for the package itself.)"""
    if os.environ.get("ZHIBIAO_PURE") or not current():
        return False
    for shared in BUILD.glob("*__mypyc*"):
        name = shared.name.split(".")[0]
        if name not in sys.modules:
            spec = importlib.util.spec_from_file_location(name, shared)
            if spec is None or spec.loader is None:
                return False
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
    package_path.insert(0, str(BUILD / "zhibiao"))
    return True


def build() -> None:
    """Compile MODULES into BUILD (through a temporary folder: a failed build leaves the last good one or none)."""
    from mypyc.build import mypycify  # (mypy is a build tool, not a dependency of the library)
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    root = PACKAGE.parent
    cwd = os.getcwd()
    os.chdir(root)  # mypyc names modules by their paths from here (zhibiao/extract/grammar.py → zhibiao.extract.grammar)
    try:
        with tempfile.TemporaryDirectory(prefix="zhibiao-compile-") as tmp:
            extensions = mypycify([*MYPY_FLAGS, *(str(p.relative_to(root)) for p in MODULES)],
                                  opt_level="3", target_dir=str(Path(tmp) / "c"))
            command = build_ext(Distribution({"name": "zhibiao-compiled", "ext_modules": extensions}))
            command.build_lib = str(Path(tmp) / "lib")
            command.build_temp = str(Path(tmp) / "temp")
            command.ensure_finalized()
            command.run()
            Path(tmp, "lib", STAMP.name).write_text(sources_hash() + "\n")
            shutil.rmtree(BUILD, ignore_errors=True)
            BUILD.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(Path(tmp) / "lib", BUILD)
    finally:
        os.chdir(cwd)


@contextlib.contextmanager
def _output_to(log: Path):
    """Both output streams, of this process and of the compiler it runs, into `log` (mypyc and gcc say much)."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(log, "w") as fh:
        os.dup2(fh.fileno(), 1)
        os.dup2(fh.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def main() -> int:
    if current():
        print(f"zhibiao: compiled extraction is current ({BUILD})")
        return 0
    print("zhibiao: compiling extraction with mypyc (1-2 minutes)…", flush=True)
    BUILD.parent.mkdir(parents=True, exist_ok=True)
    log = BUILD.parent / "compile.log"
    try:
        with _output_to(log):
            build()
    except BaseException as exc:  # no mypy, no C compiler, a type error: plain Python it is, said on one line
        if isinstance(exc, KeyboardInterrupt):
            raise
        said = str(exc).strip().splitlines()[-1] if str(exc).strip() else "no message"
        print(f"zhibiao: extraction stays plain Python: compiling failed ({type(exc).__name__}: {said}; "
              f"see {log})", file=sys.stderr)
        return 0
    print(f"zhibiao: compiled extraction built in {BUILD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
