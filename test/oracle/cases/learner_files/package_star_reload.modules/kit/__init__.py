__all__ = ["tools", "VERSION"]
VERSION = 2
