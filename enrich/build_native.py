"""Compile enrich/_scanhits.pyx in place (`make install` runs it; `python -m enrich.build_native`).

Optional: without Cython or a C compiler it says so and exits 0, and enrichment runs the pure Python path (the
same results, slower). The compiled module is used only while its VERSION equals native_scan.NATIVE_VERSION."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> int:
    try:  # as Any: Cython and setuptools ship no types (mypy is strict on enrich/, with or without them installed)
        cythonize: Any = importlib.import_module("Cython.Build").cythonize
        setuptools: Any = importlib.import_module("setuptools")
    except ImportError as error:
        print(f"enrich: compiled scan pass not built ({error}); the pure Python path is used", file=sys.stderr)
        return 0
    os.chdir(HERE.parent)  # build_ext --inplace writes enrich/_scanhits.*.so relative to the working folder
    extension = setuptools.Extension("enrich._scanhits", ["enrich/_scanhits.pyx"], extra_compile_args=["-O2"])
    try:  # a bare Distribution: setup() would read (and validate) the project's pyproject.toml
        dist = setuptools.Distribution({"name": "survtrack-scanhits",
                                        "ext_modules": cythonize([extension], quiet=True, language_level=3)})
        command = dist.get_command_obj("build_ext")
        command.inplace, command.build_temp = True, str(Path("build") / "scanhits")
        dist.run_command("build_ext")
    except (SystemExit, Exception) as error:  # no compiler, no Python headers: the pure Python path
        print(f"enrich: compiled scan pass not built ({error}); the pure Python path is used", file=sys.stderr)
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
