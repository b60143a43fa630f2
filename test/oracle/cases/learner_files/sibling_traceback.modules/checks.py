def ratio(a, b):
    return a / b


def parse(text):
    return int(text)


def run(values):
    return [ratio(1, v) for v in values]
