// A stand-in for the `requests` library, so the course's download example runs as written with no
// network: a request blocks its thread for the simulated latency with the GIL released (as a real
// socket read does), then returns a response made up by CPython Lens (modules/python/requests-source.ts).

import type { PyModule } from '../objects/instances';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { DEFAULT_IO_LATENCY_MS } from '../index';

export function createRequests(vm: VM, module: PyModule): void {
  fn(vm, module.dict, '_network_wait', function* (args): Native {
    arity(vm, '_network_wait', args, 1);
    const seconds = (vm.options.ioLatencyMs ?? DEFAULT_IO_LATENCY_MS) / 1000;
    return yield {
      callable: vm.none, args: [], kwargs: null,
      block: { reason: 'io', deadline: vm.scheduler.deadlineAfter(seconds), timedOut: () => ({ value: vm.newNone() }) },
    };
  });
}
