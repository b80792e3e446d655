"""Exit 1, saying which, when a pin in requirements*.txt differs from the lock files.

`make check` runs it, so a version changed in requirements*.txt without `make lock` fails
the check rather than leaving `make` to install the old version. The development lock must
also pin everything the runtime lock does, at the same version, so tests run on what
production runs.
"""

import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def pins(path):
    """{name: version} for every `name==version` line of a requirements file."""
    found = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            requirement = Requirement(line)
            found[canonicalize_name(requirement.name)] = str(requirement.specifier).removeprefix("==")
    return found


def differences(wanted, lock, lock_name):
    return [
        f"{name}=={version} is {lock_name}'s {name}=={lock.get(name, '(missing)')}"
        for name, version in wanted.items()
        if lock.get(name) != version
    ]


runtime_lock, dev_lock = pins("requirements.lock"), pins("requirements-dev.lock")
problems = (
    differences(pins("requirements.txt"), runtime_lock, "requirements.lock")
    + differences(pins("requirements-dev.txt"), dev_lock, "requirements-dev.lock")
    + differences(runtime_lock, dev_lock, "requirements-dev.lock")
)
if problems:
    sys.exit("The lock files are out of date; run `make lock`:\n  " + "\n  ".join(problems))
