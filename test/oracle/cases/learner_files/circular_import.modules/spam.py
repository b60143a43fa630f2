print("spam: start")
import eggs

def spam_value():
    return 21

print("spam: end")
