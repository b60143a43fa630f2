# The order in which the shutdown collection finalizes module globals is the collector's list order: the
# startup's collections left __main__'s globals in generation 1, so a full collection reaches them last and
# follows the globals dict's order (here `late` was bound first, to None, then rebound).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "- globals intact:", type(globals().get("pair")).__name__)

late = None
early = Noisy("created first")
late = Noisy("created second")
pair = [Noisy("pair-1"), Noisy("pair-2")]
print("end of module")
