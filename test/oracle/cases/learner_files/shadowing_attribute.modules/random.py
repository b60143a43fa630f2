# A learner's random.py beside the script: it hides the standard module.
def choice(seq):
    return seq[0]
