from eggs import eggs_value


def spam_value():
    return 21
