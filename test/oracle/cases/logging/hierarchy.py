# getLogger's hierarchy: dotted names make parents (a PlaceHolder until the parent is asked for), records
# propagate to the ancestors' handlers unless propagate is False, getChild, the manager's loggerDict, and the
# loggers' and handlers' reprs.
import logging
import sys


def handler(tag):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


root = logging.getLogger()
root.addHandler(handler('ROOT'))
print(logging.getLogger('') is root, logging.root is root, root.name)
leaf = logging.getLogger('shop.cart.items')
print(leaf.parent is root, type(logging.Logger.manager.loggerDict['shop.cart']).__name__)
cart = logging.getLogger('shop.cart')
print(leaf.parent is cart, cart.parent is root)
shop = logging.getLogger('shop')
print(cart.parent is shop, shop.parent is root, shop.getChild('cart.items') is leaf)
leaf.warning("one handler: the root's")
shop.addHandler(handler('SHOP'))
leaf.warning("two handlers")
cart.propagate = False
leaf.warning("stops at shop.cart, which has none")
cart.addHandler(handler('CART'))
leaf.error("only shop.cart's")
cart.propagate = True
shop.propagate = False
leaf.critical("shop.cart's and shop's")
print(sorted(logging.Logger.manager.loggerDict))
print(repr(leaf), repr(root), repr(cart.handlers[0]))
print(logging.getLogger('shop') is shop, [h.formatter._fmt.split()[0] for h in shop.handlers])
print(leaf.hasHandlers(), logging.getLogger('other').hasHandlers())
