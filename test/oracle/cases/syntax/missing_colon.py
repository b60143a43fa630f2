# A header without its colon: the caret sits just after the condition.
x = 3
if x > 1
    print("big")
