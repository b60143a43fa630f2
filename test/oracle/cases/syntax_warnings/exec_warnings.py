# exec() compiles its string each time: its warnings name `<string>` and show no line. 3.13.5 prints
# a message once per line of the registry of the module that calls exec().
for i in range(2):
    exec("y = 3\nprint(y is 3)")
exec("z = 4\nprint(z is 4, z is 4)")
