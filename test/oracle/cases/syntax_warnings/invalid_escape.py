# Backslashes in plain strings: escapes that mean nothing stay as they are; 3.12+ warn about the
# first one of each string (3.11 does not show its DeprecationWarning).
pattern = "\d+\.\d+"
path = "C:\Program Files\python"
raw = r"\d+"
ok = "tab\there"
print(pattern, path, raw, ok)
print(len(pattern), b"\q"[0])
