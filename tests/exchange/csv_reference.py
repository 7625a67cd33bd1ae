#!/usr/bin/env python3
"""Writes random CSV files and what Python's csv module reads from them, for TestCsvDifferential.

usage: csv_reference.py --seed N --cases N --out DIR
DIR/case-K.csv are the inputs (UTF-8); DIR/expected.json lists, per file, the records (blank
lines dropped, as CsvReader skips them; a leading
U+FEFF is the byte order mark and dropped) or "error": true for a quote that is never closed."""
import argparse
import csv
import io
import json
import os
import random

PLAIN = ["a", "b", "Z", " ", "\t", "'", "=", "+", "-", "@", "\u5f20", "\U0001F600", "\u3000", "\uFEFF", '"']
QUOTED = PLAIN + [",", "\r", "\n", "\r\n", '"']
ENDS = ["\n", "\r\n", "\r"]


def plain(rng):
    # An unquoted field: no separator, no line end, and no quote as its first character.
    text = "".join(rng.choice(PLAIN) for _ in range(rng.randint(0, 6)))
    while text.startswith('"'):
        text = text[1:]
    return text, text


def quoted(rng):
    value = "".join(rng.choice(QUOTED) for _ in range(rng.randint(0, 6)))
    raw = '"' + value.replace('"', '""') + '"'
    if rng.random() < 0.2:  # text after the closing quote is appended
        tail, _ = plain(rng)
        tail = tail.lstrip('"')
        raw += tail
        value += tail
    return raw, value


def record(rng):
    fields = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        fields.append(plain(rng) if kind < 0.55 else quoted(rng) if kind < 0.95 else ("", ""))
    if all(v.strip(" \t\u3000\uFEFF") == "" for _, v in fields):
        fields[0] = ("a" + fields[0][0], "a" + fields[0][1]) if not fields[0][0].startswith('"') else ("a", "a")
    return ",".join(raw for raw, _ in fields)


def case(rng):
    parts = []
    for i in range(rng.randint(1, 8)):
        if i > 0:
            parts.append(rng.choice(ENDS))
            if rng.random() < 0.15:
                parts.append(rng.choice(ENDS))  # a blank line
        parts.append(record(rng))
    if rng.random() < 0.5:
        parts.append(rng.choice(ENDS))
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    expected = []
    for k in range(args.cases):
        text = case(rng)
        unclosed = rng.random() < 0.05
        if unclosed:
            text += rng.choice(ENDS) + 'x,"never closed' + rng.choice(["", "\n", "a,b"])
        name = "case-%d.csv" % k
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(text.encode("utf-8", "surrogatepass"))
        entry = {"file": name}
        if text.startswith("\ufeff"):
            text = text[1:]  # the file's byte order mark, which an import strips
        if unclosed:
            try:
                list(csv.reader(io.StringIO(text, newline=""), strict=True))
                entry["error"] = False  # cannot happen: strict csv refuses an open quote
            except csv.Error:
                entry["error"] = True
        else:
            rows = list(csv.reader(io.StringIO(text, newline="")))
            entry["records"] = [r for r in rows if r]
        expected.append(entry)
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=True)


if __name__ == "__main__":
    main()
