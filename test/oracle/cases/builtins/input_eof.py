# input() with an empty stdin (no input_eof.stdin): the prompt is written and flushed, then EOFError.
import sys
print("start")
sys.stderr.write("on stderr\n")
answer = input("Your answer: ")
print("never printed")
