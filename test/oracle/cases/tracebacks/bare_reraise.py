# A bare `raise` re-raises the exception being handled as it is: no second entry for its frame,
# and its context unchanged.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print('logging, then re-raising')
        raise


def load():
    try:
        parse('x1')
    except ValueError as e:
        print('context', e.__context__)
        raise


load()
