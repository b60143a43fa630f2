# 3.13t: the allocation count a program starts from (versions.ts GcStartup.unflushedCount). Run as the
# oracle goldens are made, from the case's folder, with a 3.13t built with debug info (test/oracle/README.md):
#   env -u PYTHONUNBUFFERED PYTHONDONTWRITEBYTECODE=1 PYTHON_COLORS=0 PYTHONHASHSEED=0 \
#     gdb -q -batch -x scripts/probes/gc-ft-start.gdb --args /work/pythons/3.13t/bin/python3.13t -X utf8 case.py
# It stops where pyrun_file runs the compiled module and prints count[0] (G), the main thread's unflushed
# count (L) and its free lists. L minus the free lists' objects minus what compiling the program kept
# (runtime/compiled-objects.ts: compiledGcObjects) was 269 for each of the 51 gc/ and weakref/ programs.
set pagination off
set confirm off
break run_eval_code_obj
commands
silent
set $ts = (_PyThreadStateImpl*)_PyRuntime.interpreters.main->threads.head
printf "G=%d L=%d lists=%d dicts=%d slice=%d tuples=", _PyRuntime.interpreters.main->gc.generations[0].count, $ts->gc.alloc_count, $ts->freelists.lists.numfree, $ts->freelists.dicts.numfree, $ts->freelists.slices.slice_cache != 0
set $i = 0
while $i < 20
printf "%d,", $ts->freelists.tuples.numfree[$i]
set $i = $i + 1
end
printf "\n"
kill
quit
end
run
