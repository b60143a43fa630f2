from . import board
NAME = "tic-tac-toe"
print("rules sees board while it runs:", board.__name__, hasattr(board, "SIZE"))
