print("eggs: start")
import spam
print("eggs: spam has", sorted(n for n in vars(spam) if not n.startswith("__")))

def eggs_value():
    return 2 * spam.spam_value()

print("eggs: end")
