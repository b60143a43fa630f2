"""Module docstrings: __doc__ is set before the first statement runs.
    Its indented lines keep or lose their margin as the version's compiler decides.
"""
# Checks the docstrings the compiler stores: the module's __doc__, a class's and a function's
# (3.13 strips their common indentation, expands tabs, keeps trailing blank lines; 3.11/3.12 keep them as written).
print(repr(__doc__))


class Recipe:
    """A recipe.

       Steps are numbered from one.
    """

    def step(self, n):
        """	Return step n.

	The tab above and here become spaces in 3.13.
        """
        return n


async def brew():
    """  Brew it.
      Indented by two more than the margin.
    """


def one_line():
    """   Padded on both sides   """


def blank_lines():
    """

    Starts after two blank lines.

        Keeps its relative indentation.

    """


def no_docstring():
    x = """not a docstring"""
    return x


print(repr(Recipe.__doc__))
print(repr(Recipe.step.__doc__))
print(repr(brew.__doc__))
print(repr(one_line.__doc__))
print(repr(blank_lines.__doc__))
print(repr(no_docstring.__doc__), repr(no_docstring()))
print(Recipe.step.__code__.co_consts[0] == Recipe.step.__doc__)
