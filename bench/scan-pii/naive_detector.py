"""The textbook detector the issue measures against: five regexes, line by line, no validation.

Usage: python3 bench/scan-pii/naive_detector.py FILE  -> prints the match count per pattern.
"""
import re
import sys

PATTERNS = {
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "phone": re.compile(r"\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}"),
    "ssn": re.compile(r"\d{3}-\d{2}-\d{4}"),
    "card": re.compile(r"\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}"),
    "ipv4": re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"),
}

counts = dict.fromkeys(PATTERNS, 0)
with open(sys.argv[1], encoding="utf-8", errors="replace") as handle:
    for line in handle:
        for name, pattern in PATTERNS.items():
            counts[name] += len(pattern.findall(line))
print(counts)
