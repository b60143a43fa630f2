# fields(), asdict() (a deep copy), astuple(), replace(), InitVar and KW_ONLY.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY
from typing import List, Optional, ClassVar

@dataclass
class Tag:
    label: str

@dataclass
class Post:
    title: str
    tags: List[Tag] = field(default_factory=list)
    parent: Optional["Post"] = None
    password: InitVar[Optional[str]] = None
    _: KW_ONLY
    draft: bool = True
    instances: ClassVar[int] = 0

    def __post_init__(self, password):
        self.locked = password is not None
        Post.instances += 1

post = Post("Hello world", [Tag("intro")], password="pw", draft=False)
print(post, post.locked, Post.instances)
print([(f.name, f.type) for f in fields(post)])
d = asdict(post)
print(d, d["tags"][0] is post.tags[0])
print(astuple(Post("t")))
copy_ = replace(post, title="Hello again", password=None)
print(copy_, copy_.locked, copy_.tags is post.tags)
print(is_dataclass(post), is_dataclass(Post), is_dataclass(Tag("x").label))
print(Post.__doc__)
print(InitVar[int], Post.__dataclass_fields__["password"].type)
try:
    Post("x", [], None, None, True)
except TypeError as e:
    print(e)
try:
    asdict(Post)
except TypeError as e:
    print(e)
