// Broken-down time in the time module (Modules/timemodule.c): struct_time, gmtime(), localtime(), mktime(),
// strftime(), asctime() and ctime(). Seconds come from the simulator's clock (time.time()) unless given; the
// local time zone is the machine's, as the C library's localtime_r reads it (JavaScript's Date does the same).
// strftime lays out the C locale's glibc directives; a directive outside them (flags, widths, E/O modifiers)
// stops the run as not modelled, and so does %Z where the zone has no abbreviation to print.

import type { PyObject } from '../objects/object';
import type { PyModule } from '../objects/instances';
import { PyInt, PyStr } from '../objects/atoms';
import { PyTuple } from '../objects/containers';
import type { VM } from '../vm/vm';
import type { Native } from '../vm/frame';
import { fn, arity } from '../builtins/define';
import { setName } from '../runtime/dicts';
import { constructors } from '../vm/calls';
import { makeStructSequenceType, newStructSequence, structSequenceNew } from '../runtime/struct-sequences';
import { secondsFromObject } from '../runtime/pytime';
import { EPOCH_AT_START_NS } from '../threads/clock';

/** The nine visible fields of a struct_time, as numbers: tm_wday 0 is Monday, tm_yday counts from 1. */
interface BrokenDown {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayOfYear(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}

/** The fields of `date` read in UTC (gmtime) or in the machine's zone (localtime). */
function brokenDown(date: Date, utc: boolean): BrokenDown {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const mon = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const mday = utc ? date.getUTCDate() : date.getDate();
  const jsDay = utc ? date.getUTCDay() : date.getDay();
  // DST: an offset from UTC smaller than the year's standard one (the larger of January's and July's).
  const standard = Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
  return {
    year, mon, mday,
    hour: utc ? date.getUTCHours() : date.getHours(),
    min: utc ? date.getUTCMinutes() : date.getMinutes(),
    sec: utc ? date.getUTCSeconds() : date.getSeconds(),
    wday: (jsDay + 6) % 7,
    yday: dayOfYear(year, mon, mday),
    isdst: utc ? 0 : date.getTimezoneOffset() < standard ? 1 : 0,
  };
}

/** The machine's local time for fields read as local time (mktime), as a Date. */
function localDate(t: BrokenDown): Date {
  return new Date(t.year, t.mon - 1, t.mday, t.hour, t.min, t.sec);
}

const pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

/** ISO 8601 week-numbering year and week (%G, %V). */
function isoWeek(t: BrokenDown): { year: number; week: number } {
  const date = new Date(Date.UTC(t.year, t.mon - 1, t.mday));
  const thursday = new Date(date.getTime() + (3 - t.wday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { year, week };
}

/** glibc's strftime in the C locale. */
function strftime(vm: VM, format: string, t: BrokenDown): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    const d = format[++i];
    const sundayWday = (t.wday + 1) % 7;
    const yday0 = t.yday - 1;
    const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (d) {
      case 'a': out += DAYS[t.wday].slice(0, 3); break;
      case 'A': out += DAYS[t.wday]; break;
      case 'b': case 'h': out += MONTHS[t.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[t.mon - 1]; break;
      case 'c': out += strftime(vm, '%a %b %e %H:%M:%S %Y', t); break;
      case 'C': out += pad(Math.floor(t.year / 100), 2); break;
      case 'd': out += pad(t.mday, 2); break;
      case 'D': out += strftime(vm, '%m/%d/%y', t); break;
      case 'e': out += pad(t.mday, 2, ' '); break;
      case 'F': out += strftime(vm, '%Y-%m-%d', t); break;
      case 'G': out += String(isoWeek(t).year); break;
      case 'g': out += pad(isoWeek(t).year % 100, 2); break;
      case 'H': out += pad(t.hour, 2); break;
      case 'I': out += pad(hour12, 2); break;
      case 'j': out += pad(t.yday, 3); break;
      case 'k': out += pad(t.hour, 2, ' '); break;
      case 'l': out += pad(hour12, 2, ' '); break;
      case 'm': out += pad(t.mon, 2); break;
      case 'M': out += pad(t.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += t.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += t.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime(vm, '%I:%M:%S %p', t); break;
      case 'R': out += strftime(vm, '%H:%M', t); break;
      case 's': out += String(Math.floor(localDate(t).getTime() / 1000)); break;
      case 'S': out += pad(t.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime(vm, '%H:%M:%S', t); break;
      case 'u': out += String(t.wday + 1); break;
      case 'U': out += pad(Math.floor((yday0 + 7 - sundayWday) / 7), 2); break;
      case 'V': out += pad(isoWeek(t).week, 2); break;
      case 'w': out += String(sundayWday); break;
      case 'W': out += pad(Math.floor((yday0 + 7 - t.wday) / 7), 2); break;
      case 'x': out += strftime(vm, '%m/%d/%y', t); break;
      case 'X': out += strftime(vm, '%H:%M:%S', t); break;
      case 'y': out += pad(t.year % 100, 2); break;
      case 'Y': out += String(t.year); break;
      case 'z': {
        const offset = -localDate(t).getTimezoneOffset();
        out += `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}${pad(Math.abs(offset) % 60, 2)}`;
        break;
      }
      case 'Z': {
        const name = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(localDate(t)).find((p) => p.type === 'timeZoneName')?.value ?? '';
        if (!/^[A-Z]{2,5}$/.test(name)) throw vm.unsupported(`time.strftime's %Z in the time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
        out += name;
        break;
      }
      case '%': out += '%'; break;
      default:
        throw vm.unsupported(`time.strftime directive %${d ?? ''}`);
    }
  }
  return out;
}

export function installBrokenDownTime(vm: VM, module: PyModule): void {
  const d = module.dict;
  const structTime = makeStructSequenceType(vm, 'time.struct_time');
  constructors.set(structTime, (vm, args, kwargs) => structSequenceNew(vm, structTime, args, kwargs));
  setName(vm, d, 'struct_time', structTime);

  const newStructTime = (t: BrokenDown): PyObject =>
    newStructSequence(vm, structTime, [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst].map((n) => vm.newInt(n)));
  /** The seconds argument: time.time() when absent or None (_PyTime_ObjectToTime_t rounds down). */
  function* secondsArgument(name: string, args: PyObject[]): Native<number> {
    arity(vm, name, args, 0, 1);
    if (args.length === 0 || args[0] === vm.none) return Math.floor(Number(EPOCH_AT_START_NS / 1_000_000n) / 1000 + vm.clock.now / 1e9);
    return Math.floor(yield* secondsFromObject(vm, args[0]));
  }
  /** gettmarg and checktm: a struct_time or a 9-tuple of ints, in range. */
  const tmArgument = (name: string, o: PyObject): BrokenDown => {
    if (!(o instanceof PyTuple)) throw vm.error('TypeError', 'Tuple or struct_time argument required');
    if (o.items.length !== 9) throw vm.error('TypeError', `${name}(): illegal time tuple argument`);
    const n = o.items.map((item) => {
      if (!(item instanceof PyInt)) throw vm.error('TypeError', `'${item.type.name}' object cannot be interpreted as an integer`);
      return Number(item.value);
    });
    const t: BrokenDown = { year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8] };
    // checktm, after time_strftime's defaults for a zero month, day or day of year.
    if (t.mon === 0) t.mon = 1;
    if (t.mday === 0) t.mday = 1;
    if (t.yday === 0) t.yday = 1;
    if (t.mon < 1 || t.mon > 12) throw vm.error('ValueError', 'month out of range');
    if (t.mday < 1 || t.mday > 31) throw vm.error('ValueError', 'day of month out of range');
    if (t.hour < 0 || t.hour > 23) throw vm.error('ValueError', 'hour out of range');
    if (t.min < 0 || t.min > 59) throw vm.error('ValueError', 'minute out of range');
    if (t.sec < 0 || t.sec > 61) throw vm.error('ValueError', 'seconds out of range');
    // Python's Monday-first weekday, taken modulo 7 (gettmarg).
    t.wday = ((t.wday % 7) + 7) % 7;
    if (t.yday < 1 || t.yday > 366) throw vm.error('ValueError', 'day of year out of range');
    return t;
  };
  const tmOrNow = function* (name: string, args: PyObject[], at: number): Native<BrokenDown> {
    if (args.length > at) return tmArgument(name, args[at]);
    return brokenDown(new Date((yield* secondsArgument(name, [])) * 1000), false);
  };

  fn(vm, d, 'gmtime', function* (args): Native {
    return newStructTime(brokenDown(new Date((yield* secondsArgument('gmtime', args)) * 1000), true));
  });
  fn(vm, d, 'localtime', function* (args): Native {
    return newStructTime(brokenDown(new Date((yield* secondsArgument('localtime', args)) * 1000), false));
  });
  fn(vm, d, 'mktime', (args) => {
    arity(vm, 'mktime', args, 1);
    return vm.newFloat(localDate(tmArgument('mktime', args[0])).getTime() / 1000);
  });
  fn(vm, d, 'strftime', function* (args): Native {
    arity(vm, 'strftime', args, 1, 2);
    const format = args[0];
    if (!(format instanceof PyStr)) throw vm.error('TypeError', `strftime() argument 1 must be str, not ${format.type.name}`);
    return vm.newStr(strftime(vm, format.value, yield* tmOrNow('strftime', args, 1)));
  });
  const asctime = (t: BrokenDown): string => strftime(vm, '%a %b %e %H:%M:%S %Y', t);
  fn(vm, d, 'asctime', function* (args): Native {
    arity(vm, 'asctime', args, 0, 1);
    return vm.newStr(asctime(yield* tmOrNow('asctime', args, 0)));
  });
  fn(vm, d, 'ctime', function* (args): Native {
    return vm.newStr(asctime(brokenDown(new Date((yield* secondsArgument('ctime', args)) * 1000), false)));
  });
}
