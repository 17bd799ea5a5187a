"""Wheel smoke: build the wheel, install it into a fresh venv, run --self-test elsewhere.

Run by scripts/test (not collected by pytest). The dependencies come from the lock file.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, fail, isolated_env

UV = ROOT / ".cache" / "tools" / "bin" / "uv"


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        fail(
            f"{' '.join(map(str, args))} exited {result.returncode}:\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result  # type: ignore[no-any-return]


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="companion-wheel-"))
    dist = work / "dist"
    run([str(UV), "build", "--wheel", "--out-dir", str(dist)], cwd=ROOT)
    wheels = sorted(dist.glob("companion-*.whl"))
    if len(wheels) != 1:
        fail(f"expected one wheel, found {wheels}")
    venv = work / "venv"
    run([str(UV), "venv", "--quiet", "--python", sys.executable, str(venv)])
    requirements = work / "requirements.txt"
    exported = run(
        [str(UV), "export", "--frozen", "--no-dev", "--no-emit-project", "--no-hashes", "--quiet"],
        cwd=ROOT,
    )
    requirements.write_text(exported.stdout, encoding="utf-8")
    python = venv / "bin" / "python"
    run([str(UV), "pip", "install", "--quiet", "--python", str(python), "-r", str(requirements)])
    run(
        [str(UV), "pip", "install", "--quiet", "--no-deps", "--python", str(python), str(wheels[0])]
    )
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    env = isolated_env(work / "home", QT_QPA_PLATFORM="offscreen")
    result = run([str(venv / "bin" / "companion"), "--self-test"], cwd=elsewhere, env=env)
    print(result.stdout)
    if "self-test passed" not in result.stdout:
        fail("the installed wheel's self-test did not pass")
    shipped = run(
        [
            str(python),
            "-c",
            "from companion.paths import resource_path as r;"
            "print(r('translations/companion_es.qm'), r('user-guide.es.md'))",
        ],
        cwd=elsewhere,
        env=env,
    )
    if "site-packages" not in shipped.stdout:
        fail(f"the installed wheel has no compiled translations: {shipped.stdout}")
    version = run([str(venv / "bin" / "companion"), "--version"], cwd=elsewhere, env=env)
    print(version.stdout.strip())
    print(f"wheel {wheels[0].name} installed in a fresh venv and self-tested from {elsewhere}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
