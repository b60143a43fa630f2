// The modules each oracle interpreter has loaded when a program's first line runs, in sys.modules' order:
// `python -X utf8 startup.py` printing `list(sys.modules)` (PYTHONHASHSEED=0, no other PYTHON* variable), with
// startup.py's own `import sys` the only statement before. 3.11's list is long because of this machine: its
// site-packages hold distutils-precedence.pth (setuptools' _distutils_hack) and a .pth of the sandbox that
// imports certifi, installed there only, whose importlib.resources loads typing, re, zipfile, threading...
// 3.12's and 3.13's are CPython's own (the import machinery, the encodings, io, os, site).
// modules/startup-modules.ts reads it.

export const STARTUP_MODULES: Readonly<Record<'3.11' | '3.12' | '3.13', readonly string[]>> = {
  // 3.11.7
  '3.11': ["sys","builtins","_frozen_importlib","_imp","_thread","_warnings","_weakref","_io","marshal","posix","_frozen_importlib_external","time","zipimport","_codecs","codecs","encodings.aliases","encodings","encodings.utf_8","_signal","_abc","abc","io","__main__","_stat","stat","_collections_abc","genericpath","posixpath","os.path","os","_sitebuiltins","atexit","importlib._bootstrap","importlib._bootstrap_external","warnings","importlib","types","_operator","operator","itertools","keyword","reprlib","_collections","collections","_functools","functools","enum","_sre","re._constants","re._parser","re._casefix","re._compiler","copyreg","re","fnmatch","ntpath","errno","urllib","ipaddress","urllib.parse","pathlib","zlib","_compression","_bz2","bz2","_lzma","lzma","shutil","math","_bisect","bisect","_random","_sha512","random","_weakrefset","weakref","tempfile","contextlib","collections.abc","_typing","typing.io","typing.re","typing","importlib.resources.abc","importlib.resources._adapters","importlib.resources._common","importlib.resources._legacy","importlib.resources","certifi.core","certifi","binascii","importlib._abc","importlib.util","_struct","struct","threading","zipfile","importlib.resources._itertools","importlib.resources.readers","importlib.readers","_distutils_hack","site"],
  // 3.12.1
  '3.12': ["sys","builtins","_frozen_importlib","_imp","_thread","_warnings","_weakref","_io","marshal","posix","_frozen_importlib_external","time","zipimport","_codecs","codecs","encodings.aliases","encodings","encodings.utf_8","_signal","_abc","abc","io","__main__","_stat","stat","_collections_abc","genericpath","posixpath","os.path","os","_sitebuiltins","site"],
  // 3.13.0
  '3.13': ["sys","builtins","_frozen_importlib","_imp","_thread","_warnings","_weakref","_io","marshal","posix","_frozen_importlib_external","time","zipimport","_codecs","codecs","encodings.aliases","encodings","encodings.utf_8","_signal","_abc","abc","io","__main__","_stat","stat","_collections_abc","genericpath","posixpath","os.path","os","_sitebuiltins","encodings.utf_8_sig","site"],
};
