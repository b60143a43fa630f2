# stack_info=True: the record carries "Stack (most recent call last):" and the caller's frames as
# traceback.print_stack prints them; stacklevel moves the record's caller (funcName, lineno) up the stack.
import logging

# On stderr, where the oracle compares the frames' file names as the script's base name.
logging.basicConfig(format='%(funcName)s:%(lineno)d %(message)s')


def outer():
    inner()


def inner():
    logging.warning("with the stack", stack_info=True)
    logging.warning("reported for my caller", stacklevel=2)
    helper("through a helper")


def helper(text):
    logging.warning(text, stacklevel=3)


outer()
logging.warning("at module level", stack_info=True)
