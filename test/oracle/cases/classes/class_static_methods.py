class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split('-'))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"Date({self.year}, {self.month}, {self.day})"

class MyDate(Date):
    pass

print(Date.from_string('2024-02-29'))
print(type(MyDate.from_string('2000-01-01')).__name__)
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
