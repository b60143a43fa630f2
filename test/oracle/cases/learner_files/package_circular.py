# Two submodules of a package that import each other with `from . import`: the second finds the first in
# sys.modules before the package binds it (import_from's fallback), while its code is still running.
from game import board
print(board.describe())
import game, sys
print(sorted(k for k in vars(game) if not k.startswith("__")))
print(sys.getrefcount(game.board), sys.getrefcount(game.rules))
