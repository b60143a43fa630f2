// Mailboxes between simulated processes: pipes of the machine that any process addresses by id, outside
// the descriptor tables (processes/machine.ts). multiprocessing's managers connect through them where
// CPython opens a socket to the manager's listener (Lib/multiprocessing/connection.py's Client): a process
// or thread makes a request and a reply mailbox and sends their ids to the server's listener mailbox.
// Objects cross pickled, at Connection.send/recv's costs; what a process receives is journaled.

import type { PyDict } from '../objects/dict';
import type { PyType } from '../objects/type';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { processOf } from './process';
import type { Pickled } from './pickle-tree';
import { pickleToSend, unpickleReceived } from './connection-natives';
import { waitAcross, pipeSubscription, readable, intOf } from './cross-process-wait';

export function installChannelCalls(vm: VM, d: PyDict, picklingError: () => PyType): void {
  fn(vm, d, '_lens_channel_new', (args) => {
    arity(vm, '_lens_channel_new', args, 0);
    const p = processOf(vm);
    return vm.newInt(p.journalValue('channel-new', () => p.machine.newMailbox().id));
  });
  fn(vm, d, '_lens_channel_send', (args) => {
    arity(vm, '_lens_channel_send', args, 2);
    const p = processOf(vm);
    const id = intOf(vm, args[0]);
    const pickled = pickleToSend(vm, args[1], picklingError);
    if (p.mode === 'live') p.machine.mailbox(id).write({ kind: 'object', pickled, at: vm.clock.now });
    return vm.newNone();
  });
  fn(vm, d, '_lens_channel_recv', function* (args): Native {
    arity(vm, '_lens_channel_recv', args, 1);
    const p = processOf(vm);
    const pipe = p.machine.mailbox(intOf(vm, args[0]));
    const got = yield* waitAcross(vm, p, 'channel-recv', {
      attempt: () => {
        const item = readable(vm, pipe);
        if (item === undefined || item === 'eof') return undefined;
        pipe.items.shift();
        return item.kind === 'object' ? item.pickled : undefined;
      },
      subscribe: pipeSubscription(vm, pipe),
      deadline: null,
    });
    return unpickleReceived(vm, got as Pickled);
  });
}
