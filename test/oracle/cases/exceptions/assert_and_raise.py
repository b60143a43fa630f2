def check_age(age):
    assert isinstance(age, int), 'age must be an int'
    if age < 0:
        raise ValueError(f"negative age: {age}")
    return age

for value in [30, -1, 'x']:
    try:
        print("ok", check_age(value))
    except AssertionError as e:
        print("AssertionError:", e)
    except ValueError as e:
        print("ValueError:", e)

try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raised:", repr(e))
