# A learner's file named like a standard module hides it.
print("the learner's random.py runs")


def choice(seq):
    return seq[0]
