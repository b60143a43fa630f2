# An empty statement between two semicolons.
a = 1; b = 2;; print(a + b)
