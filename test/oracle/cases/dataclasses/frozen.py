# frozen=True: the generated __setattr__ refuses every assignment with FrozenInstanceError (an
# AttributeError); its traceback shows the exec'd method's line in "<string>".
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

v = Version(3, 11)
print(v, hash(v) == hash(Version(3, 11)), v < Version(3, 12), sorted([Version(3, 13), v, Version(2)]))
print(issubclass(FrozenInstanceError, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({v: "current"}[Version(3, 11)])
v.major = 4
