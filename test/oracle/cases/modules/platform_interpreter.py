# platform's answers about the interpreter and the machine the simulator models: CPython, its version from
# sys.version_info, x86-64 Linux, glibc 2.36, the oracle interpreters' compiler.
import platform

print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.system(), platform.machine(), platform.architecture(), repr(platform.processor()))
print(platform.python_compiler(), repr(platform.python_branch()), repr(platform.python_revision()), platform.libc_ver())
print(platform.python_implementation() == 'CPython' and platform.python_version_tuple()[:2] >= ('3', '11'))
