# __init__ calls __post_init__ last: an exception there passes through the generated __init__,
# whose frame is "<string>".
from dataclasses import dataclass, field

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list)

    def __post_init__(self):
        self.owner = self.owner.title()
        if self.balance < 0:
            raise ValueError(f"negative opening balance: {self.balance}")
        self.history.append(("open", self.balance))

a = Account("ada lovelace", 10.0)
print(a, a.history)
Account("alan turing", -5)
