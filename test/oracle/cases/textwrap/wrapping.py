# Checks textwrap: wrap/fill at several widths (hyphenated words, em-dashes, long words broken or
# kept), indents, sentence endings, tabs, max_lines and placeholders, shorten, dedent, indent with
# and without a predicate, the width errors, and (last, uncaught) a predicate raising inside indent()
# with textwrap.py's lines (3.13's indent loops where 3.11 and 3.12 yield from a generator).
import textwrap

story = ("The well-known author -- a night-owl, by all accounts -- wrote state-of-the-art prose "
         "about antidisestablishmentarianism.\tThen she rested. It was late.")
for width in (9, 16, 30, 72):
    print(width, textwrap.wrap(story, width=width))
print(textwrap.wrap(story, width=14, break_on_hyphens=False, break_long_words=False))
print(textwrap.fill(story, width=34, initial_indent="- ", subsequent_indent="  ", fix_sentence_endings=True))
print(textwrap.wrap("tab\tseparated\twords", width=12, tabsize=4), textwrap.wrap("keep\ttabs", expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(story, width=25, max_lines=3), textwrap.wrap(story, width=25, max_lines=1, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11), "|", textwrap.shorten(story, 40, placeholder="~"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   x  ", 10, drop_whitespace=False))
print(repr(textwrap.dedent("""
    def greet():
        print("hi")

    greet()
""")), repr(textwrap.dedent("\tone\n  two")))
print(repr(textwrap.indent("first\n\n  second\n   \nthird", ">> ")))
print(repr(textwrap.indent("keep\nthis\nline", "# ", lambda line: "i" in line)))
for options in ({"width": 0}, {"width": 4, "max_lines": 1, "placeholder": " [more]"}):
    try:
        textwrap.wrap("some words here", **options)
    except ValueError as e:
        print("ValueError:", e)


def only_short(line):
    if len(line) > 5:
        raise ValueError(f"line too long: {line!r}")
    return True


print(repr(textwrap.indent("a\nbb\n", "  ", only_short)))
textwrap.indent("ok\nfar too long\n", "  ", only_short)
