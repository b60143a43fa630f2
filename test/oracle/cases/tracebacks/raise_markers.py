# A raise statement is the whole line: no markers under it, in any version, nor under the call
# that is a whole line in 3.11 and 3.12 (3.13 underlines it).
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError(f'cannot withdraw {amount} from {balance}')
    return balance - amount


print(withdraw(100, 30))
try:
    withdraw(10, 30)
except ValueError as e:
    raise RuntimeError('withdrawal failed') from e
