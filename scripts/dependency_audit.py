"""Known vulnerabilities in the installed Python packages (pip-audit and its advisory service).

Exits 1 when a package has a known vulnerability. When the advisory service cannot be reached,
or answers for none of the packages (an index mirror without advisories), it says so and exits
0: an offline CI run is not failed for it. Run by `make audit` (and so by `make test`).
"""

import json

# pip-audit runs as a fixed command, without a shell.
import subprocess  # nosec B404
import sys
from pathlib import Path

PIP_AUDIT = Path(sys.executable).with_name("pip-audit")


def main():
    result = subprocess.run(  # nosec B603
        [str(PIP_AUDIT), "--skip-editable", "--progress-spinner", "off", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        last_line = (result.stderr.strip().splitlines() or ["no answer"])[-1]
        print(f"Dependency audit skipped: the advisory service could not be reached ({last_line})")
        return 0
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    unaudited = [d for d in dependencies if d.get("skip_reason")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            print(f"{dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    if vulnerable:
        print(f"Dependency audit failed: {len(vulnerable)} package(s) with known vulnerabilities")
        return 1
    audited = len(dependencies) - len(unaudited)
    if not audited:
        print(
            "Dependency audit inconclusive: the advisory service answered for none of the "
            f"{len(dependencies)} packages (offline, or an index without advisories)"
        )
        return 0
    print(
        f"Dependency audit: {audited} packages audited, no known vulnerability"
        + (f"; {len(unaudited)} could not be audited" if unaudited else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
