# Every float produced by arithmetic is a new object; names and containers count as usual.
import sys

price = 19.99
qty = 3
total = price * qty
print("total:", round(total, 2), "refs:", sys.getrefcount(total))
prices = [price, price, total]
print("price refs:", sys.getrefcount(price), "total refs:", sys.getrefcount(total))
avg = sum(prices) / len(prices)
print("avg:", round(avg, 3), "refs:", sys.getrefcount(avg))
same = float(price)
print("float(x) of a float returns it:", same is price, sys.getrefcount(price))
