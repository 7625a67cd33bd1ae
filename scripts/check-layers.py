#!/usr/bin/env python3
"""The layers of StudyLedger are real: a layer includes only itself and the layers below it,
service headers include nothing of storage, only storage includes Qt Sql, only the GUI and the desktop program include Qt Widgets, and the domain
includes nothing of Qt but QtCore. Prints every violation as FILE:LINE: message; exit 1 if any.

usage: check-layers.py SRC_DIR [QT_INCLUDE_DIR]
"""
import os
import re
import sys

# What each folder of src/ may include from src/ (besides itself).
ALLOWED = {
    "domain": set(),
    "files": {"domain"},
    "storage": {"domain", "files"},
    "services": {"domain", "files", "storage"},
    "demo": {"domain", "files", "storage", "services"},
    "exchange": {"domain", "files", "services"},
    "report": {"domain", "files"},
    "gui": {"domain", "files", "services", "report", "exchange"},
    "cli": None,  # the two programs may use everything
    "app": None,
}
QT_SQL = ("storage",)
QT_WIDGETS = ("gui", "app")
QT_CORE_ONLY = ("domain", "files")

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def qt_module(header, qt_dir):
    """The Qt module that provides <header> (QtCore, QtSql …), or None when it is not Qt's."""
    if "/" in header:
        top = header.split("/")[0]
        return top if top.startswith("Qt") else None
    if not header.startswith("Q"):
        return None
    for module in sorted(os.listdir(qt_dir)) if os.path.isdir(qt_dir) else []:
        if os.path.exists(os.path.join(qt_dir, module, header)):
            return module
    return "QtUnknown"


def main():
    src = sys.argv[1]
    qt_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/include/x86_64-linux-gnu/qt6"
    problems = []
    cache = {}
    for layer in sorted(os.listdir(src)):
        folder = os.path.join(src, layer)
        if not os.path.isdir(folder):
            continue
        if layer not in ALLOWED:
            problems.append(f"{folder}: a folder of src/ that no layer rule names")
            continue
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        quote, header = m.groups()
                        where = f"{path}:{number}"
                        if quote == '"' and header.startswith("storage/") and layer == "services" \
                                and name.endswith(".h"):
                            problems.append(f"{where}: a service header includes {header}: "
                                            "service headers speak domain types only")
                        if quote == '"' and "/" in header:
                            target = header.split("/")[0]
                            allowed = ALLOWED[layer]
                            if target in ALLOWED and allowed is not None and target != layer \
                                    and target not in allowed:
                                problems.append(f"{where}: {layer} includes {header} ({target} "
                                                f"is not below {layer})")
                        elif quote == "<":
                            if header not in cache:
                                cache[header] = qt_module(header, qt_dir)
                            module = cache[header]
                            if module is None:
                                continue
                            if module == "QtSql" and layer not in QT_SQL and layer not in ("cli",):
                                problems.append(f"{where}: {layer} includes <{header}>: only "
                                                "storage speaks Qt Sql")
                            if module in ("QtWidgets", "QtPrintSupport") and layer not in QT_WIDGETS:
                                problems.append(f"{where}: {layer} includes <{header}>: only the "
                                                "GUI speaks Qt Widgets")
                            if layer in QT_CORE_ONLY and module not in ("QtCore", "QtUnknown"):
                                problems.append(f"{where}: {layer} includes <{header}> of {module}: "
                                                "the domain uses QtCore only")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layer violations", file=sys.stderr)
        return 1
    print("layers: every include points down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
