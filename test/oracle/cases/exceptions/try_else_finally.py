def attempt(x):
    try:
        print("  try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("  except")
        return 'failed'
    else:
        print("  else")
        return result
    finally:
        print("  finally")

print(attempt(4))
print(attempt(0))
