# NameError's "Did you mean" also offers CPython's builtins the simulator lacks (copyright, the site
# module's), and 3.12+ add "Or did you forget to import" for a name of sys.stdlib_module_names.
for source in ('copyreg', 'opne', 'lenn', 'prnt', 'exitt', 'licence', 'xyzzy'):
    try:
        eval(source)
    except NameError as e:
        print(e)
copyreg
