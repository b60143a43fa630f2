# The compiler's errors carry the whole statement as their range.
x = 1
return x
