from spam import spam_value


def eggs_value():
    return 2 * spam_value()
