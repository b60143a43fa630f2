# A missing attribute: the whole `obj.attr` expression is underlined, in a function and on None.
class User:
    def __init__(self, name):
        self.name = name


def greeting(user):
    return 'Hello ' + user.email.lower()


try:
    print(greeting(User('ada')))
except AttributeError:
    nickname = None
    print(nickname.title())
