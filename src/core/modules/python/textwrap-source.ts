// The textwrap module, run by the simulator when `textwrap` is first imported: Lib/textwrap.py with its
// statements (its chunking regular expressions over the simulator's re; 3.13's indent() builds a list, 3.11's and
// 3.12's yield from a generator), so that its lines and the lines its tracebacks show are CPython's (marked
// `# traceback: key`, their numbers in modules/textwrap-py-lines.ts).

export const TEXTWRAP_SOURCE = String.raw`"""Text wrapping and filling.
"""

# CPython Lens's version of Lib/textwrap.py, with its statements (3.13's indent() builds a list where
# 3.11 and 3.12 yield from a generator; the rest is the same in the three versions).

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The US-ASCII whitespace only: some Unicode spaces (like \u00a0) do not break lines.
_whitespace = '\t\n\x0b\x0c\r '

class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # Splits text into chunks to wrap: "Hello there -- you goof-ball, use the -b option!" gives
    # Hello/ /there/ /--/ /you/ /goof-/ball,/ /use/ /the/ /-b/ /option! (empty strings left out).
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    whitespace = r'[%s]' % re.escape(_whitespace)
    nowhitespace = '[^' + whitespace[1:]
    wordsep_re = re.compile(r'''
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': word_punct, 'lt': letter,
                'ws': whitespace, 'nws': nowhitespace},
        re.VERBOSE)
    del word_punct, letter, nowhitespace

    # Splits on the recognized spaces only: goof-ball stays whole.
    wordsep_simple_re = re.compile(r'(%s+)' % whitespace)
    del whitespace

    # A sentence's end: a lowercase ASCII letter, its punctuation, an optional quote.
    sentence_end_re = re.compile(r'[a-z]'             # lowercase letter
                                 r'[\.\!\?]'          # sentence-ending punct.
                                 r'[\"\']?'           # optional end-of-quote
                                 r'\Z')               # end of chunk

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expands tabs and turns every other whitespace character into a space."""
        if self.expand_tabs:
            # traceback: textwrap.TextWrapper._munge_whitespace.expandtabs
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            # traceback: textwrap.TextWrapper._munge_whitespace.translate
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Splits the text into the chunks to wrap (words and the whitespace between them)."""
        if self.break_on_hyphens is True:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        chunks = [c for c in chunks if c]
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end, where the munged text has one."""
        i = 0
        patsearch = self.sentence_end_re.search
        while i < len(chunks)-1:
            if chunks[i+1] == " " and patsearch(chunks[i]):
                chunks[i+1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """A chunk too long to fit in any line: broken (after a hyphen if it can), or kept whole."""
        # An indent wider than the width still takes at least one character per pass.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # After the last hyphen that has something else before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]

        # Kept whole: alone on a line of its own.
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wraps the chunks into lines of 'self.width' or less (longer ones when long
        words may not be broken), whitespace dropped at the ends of lines."""
        lines = []
        if self.width <= 0:
            # traceback: textwrap.TextWrapper._wrap_chunks.width
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                # traceback: textwrap.TextWrapper._wrap_chunks.placeholder
                raise ValueError("placeholder too large for max width")

        # Reversed: the next chunk is popped off the end.
        chunks.reverse()

        while chunks:

            # The chunks of the line being made, and their length.
            cur_line = []
            cur_len = 0

            # The indent of this line.
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            # What the line's text may take.
            width = self.width - len(indent)

            # Whitespace starting a line goes, but at the very start of the text.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])

                # The chunk fits on the line.
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l

                # The line is full.
                else:
                    break

            # The next chunk fits on no line.
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace ending a line goes.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and
                     len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                    # The line, with its indent.
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                            cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        # traceback: textwrap.TextWrapper._split_chunks
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wraps the single paragraph 'text' into a list of lines of 'self.width' columns
        at most (tabs expanded, other whitespace, newlines included, made spaces)."""
        # traceback: textwrap.TextWrapper.wrap.split
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        # traceback: textwrap.TextWrapper.wrap
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of wrap(), joined by newlines."""
        # traceback: textwrap.TextWrapper.fill
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    # traceback: textwrap.wrap.init
    w = TextWrapper(width=width, **kwargs)
    # traceback: textwrap.wrap
    return w.wrap(text)

def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    # traceback: textwrap.fill.init
    w = TextWrapper(width=width, **kwargs)
    # traceback: textwrap.fill
    return w.fill(text)

def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    # traceback: textwrap.shorten.init
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    # traceback: textwrap.shorten
    return w.fill(' '.join(text.strip().split()))


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)

def dedent(text):
    """Remove any common leading whitespace from every line in 'text'."""
    # The longest run of spaces and tabs that starts every line that is not blank.
    margin = None
    # traceback: textwrap.dedent.blank
    text = _whitespace_only_re.sub('', text)
    indents = _leading_whitespace_re.findall(text)
    for indent in indents:
        if margin is None:
            margin = indent

        # Deeper than the margin so far: it stays.
        elif indent.startswith(margin):
            pass

        # The margin so far starts with it: it is the new margin.
        elif margin.startswith(indent):
            margin = indent

        # Else what the two have in common.
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break

    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


_LENS_LIST_INDENT = __import__('sys').version_info >= (3, 13)

def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if _LENS_LIST_INDENT:
        if predicate is None:
            # A line from splitlines(True) is never empty: all spaces or not.
            predicate = lambda s: not s.isspace()

        prefixed_lines = []
        # traceback: textwrap.indent.splitlines
        for line in text.splitlines(True):
            # traceback: textwrap.indent.predicate
            if predicate(line):
                prefixed_lines.append(prefix)
            prefixed_lines.append(line)

        return ''.join(prefixed_lines)
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        # traceback: textwrap.indent.prefixed_lines.splitlines
        for line in text.splitlines(True):
            # traceback: textwrap.indent.prefixed_lines
            yield (prefix + line if predicate(line) else line)
    # traceback: textwrap.indent.join
    return ''.join(prefixed_lines())
`;
