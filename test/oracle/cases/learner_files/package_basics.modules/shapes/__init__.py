print("shapes: running its __init__", __name__, __package__)
from .circle import Circle
