# 3.11 and 3.12: the collector's state a program's first line meets (versions.ts GcStartup: count[0], the
# collections the startup and the program's compilation ran, the free lists). scripts/measure-gc-program-start.mjs
# runs it for every oracle program; by hand, from the case's folder, as the oracle goldens are made:
#   env -u PYTHONUNBUFFERED PYTHONDONTWRITEBYTECODE=1 PYTHON_COLORS=0 PYTHONHASHSEED=0 \
#     gdb -q -batch -x scripts/probes/gc-program-start.gdb -ex 'run -X utf8 case.py' --args python3.11
# It stops where pyrun_file runs the compiled module (run_eval_code_obj; the interpreter needs its debug
# information: pyenv's builds have it) and prints count[0..2], then the free lists of lists, dicts, the slice
# cache and the tuples of each length (index 0: 1-tuples; Objects/tupleobject.c, 3.11 and 3.12).
set pagination off
set confirm off
set breakpoint pending on
set auto-load off
set startup-with-shell off
break run_eval_code_obj
commands
silent
set $in = _PyRuntime.interpreters.main
printf "G=%d,%d,%d lists=%d dicts=%d slice=%d tuples=", $in->gc.generations[0].count, $in->gc.generations[1].count, $in->gc.generations[2].count, $in->list.numfree, $in->dict_state.numfree, $in->slice_cache != 0
set $i = 0
while $i < 20
printf "%d,", $in->tuple.numfree[$i]
set $i = $i + 1
end
printf "\n"
end
