# Checks string.Template: $name, ${name} and $$, substitute from a mapping or keywords,
# safe_substitute leaving what it cannot fill, is_valid/get_identifiers, the errors of an invalid
# placeholder (line and column), subclasses with another delimiter, idpattern or pattern, and the
# traceback of a missing name through string.py's substitute and convert.
from string import Template

invoice = Template("Dear $name,\nyou owe ${amount}€ (that is $$${amount}).\n")
print(invoice.substitute(name="Ada", amount=12), end="")
print(invoice.substitute({"name": "Bob", "amount": 3.5}), end="")
print(invoice.get_identifiers(), invoice.is_valid())
print(Template("$greeting, $who!").safe_substitute(greeting="Hi"))
print(Template("costs $ 5 or ${").safe_substitute(), Template("costs $ 5").is_valid())

for text in ["$", "first\nsecond $ third", "ok\n\n  ${1}"]:
    try:
        Template(text).substitute()
    except ValueError as e:
        print("ValueError:", e)


class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+_[0-9]+"


print(Percent("%img_1 -> %{img_2}.png, 100%%").substitute(img_1="a", img_2="b"))


class Brackets(Template):
    pattern = r"\[(?P<named>\w+)\]|(?P<escaped>\[\[)|(?P<braced>(?!))|(?P<invalid>\[)"


print(Brackets("[x] and [[ [y]").substitute(x=1, y=2), Brackets("[").is_valid())


class Partial(Template):
    pattern = r"(?P<named>\w+)|(?P<escaped>-)"


try:
    Partial("a+b").is_valid()
except IndexError as e:
    print("IndexError:", e)

receipt = Template("Paid $amount by $method")
print(receipt.substitute(amount=10, method="card"))
receipt.substitute({"amount": 10})
