# Calls in a traceback: 3.11 and 3.12 underline the call with ^ unless it is the whole line; 3.13
# underlines the callee with ~ and the parentheses with ^, but leaves out the markers of a call that
# is a whole `return f(...)` or `x = f(...)` statement.
class Parser:
    def parse(self, text):
        return int(text)


def read_all(parser, texts):
    values = []
    for text in texts:
        values.append(parser.parse(text))
    return values


def main():
    numbers = read_all(Parser(), ['1', '2', 'three'])
    print(numbers)


main()
