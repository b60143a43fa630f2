# Nested calls inside functions: each frame's markers point at the call that was running in it.
def parse(text):
    return float(text)


def scaled(text, factor):
    return round(parse(text) * factor, 2)


def report(texts):
    for text in texts:
        print(text, '->', scaled(text, 1.5))


report(['2', '3.5', 'n/a'])
