// platform, for what describes the interpreter the simulator models (Lib/platform.py's answers on the oracle's
// machine: CPython built by GCC 12.2.0 on x86-64 Linux with glibc 2.36). What describes the real host (its name,
// kernel release, uname, platform()) would not be the simulated machine's: those stop with "not modelled".
export const PLATFORM_SOURCE = `
import sys


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_compiler():
    return 'GCC 12.2.0'


def python_branch():
    return ''


def python_revision():
    return ''


def system():
    return 'Linux'


def machine():
    return 'x86_64'


def processor():
    return ''


def architecture(executable='', bits='', linkage=''):
    return ('64bit', 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def _host(name):
    return _lens_not_modelled_function(name, 'platform.' + name + '() (it describes the real host, not the simulated machine)')


node = _host('node')
release = _host('release')
version = _host('version')
uname = _host('uname')
platform = _host('platform')
python_build = _host('python_build')
freedesktop_os_release = _host('freedesktop_os_release')
del _host
`;
