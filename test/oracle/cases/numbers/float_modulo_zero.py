# Dividing a float by zero: each operator's ZeroDivisionError message (3.13 says "float modulo by zero").
for expr in ["1.0 % 0", "5 % 0.0", "1.0 % -0.0", "1.0 // 0", "1.0 / 0", "divmod(1.0, 0)", "1 % 0", "1 // 0", "divmod(1, 0.0)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)
