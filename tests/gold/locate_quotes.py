"""Fill in `start`/`end` of every gold quote from its text: offsets are never counted by hand.

    .venv/bin/python tests/gold/locate_quotes.py [GOLD_FILE ...]

Offsets are into the raw seed text (the file's bytes decoded as UTF-8, newlines
untouched). A quote that occurs more than once is placed at its first
occurrence at or after the `start` already in the file, so an edited gold file
keeps pointing at the mention its author meant. Exits 1 naming every quote it
cannot find.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
DOCUMENTS_DIR = GOLD_DIR.parent.parent / "fixtures" / "documents"
FACT_TYPES = ("casualty_figures", "statements", "suspects")


def locate(raw: str, fact: dict) -> bool:
    quote, hint = fact["quote"], fact.get("start") or 0
    if raw[hint : hint + len(quote)] == quote:
        start = hint
    else:
        start = raw.find(quote, hint)
        start = raw.find(quote) if start < 0 else start
    if start < 0:
        return False
    fact["start"], fact["end"] = start, start + len(quote)
    return True


def locate_file(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (DOCUMENTS_DIR / gold_path.name.removesuffix(".json")).read_bytes().decode("utf-8")
    missing = [
        f"{gold_path.name}: {fact_type}: {fact['quote'][:60]!r}"
        for fact_type in FACT_TYPES
        for fact in gold[fact_type]
        if not locate(raw, fact)
    ]
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return missing


def main(paths: list[str]) -> int:
    gold_paths = [Path(p) for p in paths] or sorted(GOLD_DIR.glob("*.json"))
    missing = [line for path in gold_paths for line in locate_file(path)]
    for line in missing:
        print(f"quote not found: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
