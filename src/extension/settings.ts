// The extension's settings (package.json `contributes.configuration`), read in one place.

import * as vscode from 'vscode';
import type { SimulatedPython } from '../shared/protocol';
import type { AnnotationDetail } from '../trace-model/text';

export const SECTION = 'cpythonLens';

export interface Settings {
  python: SimulatedPython;
  live: boolean;
  debounceMs: number;
  maxSteps: number;
  maxMillis: number;
  annotationDetail: AnnotationDetail;
  /** What the simulated program's input() reads, line by line. */
  stdin: string;
}

const PYTHONS: readonly SimulatedPython[] = ['3.11', '3.12', '3.13', '3.13t'];
const DETAILS: readonly AnnotationDetail[] = ['off', 'compact', 'detailed'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.find((v) => v === value) ?? fallback;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    python: oneOf(c.get<string>('pythonModel'), PYTHONS, '3.11'),
    live: c.get<boolean>('live.enabled', true),
    debounceMs: Math.max(0, c.get<number>('live.debounceMs', 400)),
    maxSteps: positive(c.get<number>('budget.maxSteps'), 5_000_000),
    maxMillis: positive(c.get<number>('budget.maxMillis'), 5_000),
    annotationDetail: oneOf(c.get<string>('annotations.detail'), DETAILS, 'compact'),
    stdin: c.get<string>('stdin', ''),
  };
}

export async function updateSetting(key: 'pythonModel' | 'live.enabled', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global);
}
