class Config:
    debug = False

c = Config()
print(hasattr(c, 'debug'), hasattr(c, 'verbose'))
setattr(c, 'verbose', True)
print(getattr(c, 'verbose'), getattr(c, 'missing', 'default'))
name = 'level'
setattr(c, name, 3)
print(c.level, vars(c))
delattr(c, 'level')
print(hasattr(c, 'level'))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
