// _lens_random: what the simulator's Lib/random.py (modules/python/random-source.ts) takes from modules it
// does not model (warnings.warn, math.lgamma), and the version's differences in random.py
// (VersionModel.random) as constants the source branches on.

import { PyStr } from '../../objects/atoms';
import { PyType } from '../../objects/type';
import type { PyModule } from '../../objects/instances';
import type { VM } from '../../vm/vm';
import type { Native } from '../../vm/frame';
import { fn } from '../../builtins/define';
import { setName } from '../../runtime/dicts';
import { cIntIndex } from '../../runtime/number-index';
import { warn } from '../../runtime/warnings';

export function createRandomHelpers(vm: VM, module: PyModule): void {
  const d = module.dict;
  const model = vm.options.version.random;
  for (const [name, value] of [
    ['INTEGERS_ONLY', model.randrangeIndexOnly],
    ['EMPTY_RANGE_NAMES_ARGUMENTS', model.randrangeIndexOnly],
    ['SEED_TYPES_BREAK_BEFORE_NONE', model.seedTypesBreakBeforeNone],
    ['ZERO_COUNTS_ALLOWED', model.sampleZeroCounts],
    ['BINOMIALVARIATE', model.binomialvariate],
    ['EXPOVARIATE_DEFAULT_RATE', model.expovariateDefaultRate],
  ] as const) {
    setName(vm, d, name, vm.newBool(value), true);
  }
  // warnings.warn(message, category=UserWarning, stacklevel=1), for a str message.
  fn(vm, d, 'warn', function* (args, kwargs): Native {
    const message = args[0] ?? kwargs?.get('message');
    const category = args[1] ?? kwargs?.get('category') ?? vm.exc.get('UserWarning') as PyType;
    const level = args[2] ?? kwargs?.get('stacklevel') ?? null;
    if (!(message instanceof PyStr) || !(category instanceof PyType)) throw vm.unsupported('warnings.warn() with a message that is not a str');
    warn(vm, message.value, category, level ? yield* cIntIndex(vm, level) : 1);
    return vm.newNone();
  });
  fn(vm, d, 'lgamma', () => {
    throw vm.unsupported('math.lgamma (random.binomialvariate with n * p >= 10 uses it)');
  });
}
