# A group of more than 15 exceptions shows the first 15 and counts the others.
raise ExceptionGroup('many', [ValueError(i) for i in range(18)])
