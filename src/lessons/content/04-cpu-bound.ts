// Lesson 4: CPU-bound threads gain nothing under the GIL, on the course's CPU-bound example made
// runnable (examples/lessons/04_cpu_bound.py: the pseudo-code's function given a real loop).

import type { Lesson } from '../model';

export const cpuBoundLesson: Lesson = {
  id: 'cpu-bound',
  number: 4,
  title: { fr: 'Threads et calcul : pas de gain', en: 'CPU-bound threads: no gain' },
  file: '04_cpu_bound.py',
  python: '3.11',
  steps: [
    {
      lines: [6, 11],
      text: {
        fr: "Le pseudo-code du cours, rendu exécutable : `calcul_intensif` ne fait que calculer, sans jamais attendre d'entrée/sortie. C'est une tâche « CPU-bound ».",
        en: 'The course’s pseudo-code made runnable: `calcul_intensif` only computes and never waits for I/O. It is a “CPU-bound” task.',
      },
    },
    {
      lines: [14, 18],
      text: {
        fr: "D'abord deux appels l'un après l'autre, chronométrés avec `time.perf_counter()` — sur l'horloge simulée, réglée sur CPython 3.11.",
        en: 'First two calls one after the other, timed with `time.perf_counter()` — on the simulated clock, calibrated on CPython 3.11.',
      },
    },
    {
      lines: [20, 27],
      text: {
        fr: "Puis les deux mêmes appels dans deux threads. Le panneau GIL montre les deux threads : à tout instant un seul exécute du bytecode, l'autre attend le GIL. Toutes les 5 ms (l'intervalle de bascule), celui qui attend demande le GIL et le détenteur le lui cède.",
        en: 'Then the same two calls in two threads. The GIL panel shows both threads: at any moment only one runs bytecode while the other waits for the GIL. Every 5 ms (the switch interval) the waiting one asks for the GIL and the holder hands it over.',
      },
      predict: {
        question: { fr: 'Combien de threads exécutent du code Python en même temps ?', en: 'How many threads run Python code at the same time?' },
        outcome: { kind: 'max-threads-running-together' },
        choices: [
          { label: { fr: 'Un seul à la fois', en: 'Only one at a time' }, value: 1 },
          { label: { fr: 'Deux, un par cœur', en: 'Two, one per core' }, value: 2 },
        ],
      },
      claims: [{ outcome: { kind: 'max-threads-running-together' }, expected: 1 }],
    },
    {
      lines: [29, 31],
      text: {
        fr: "Résultat : avec deux threads, le temps total reste celui des deux appels en série — environ 2 fois le temps d'un seul, comme le dit le cours. Le GIL est ici le goulot d'étranglement.",
        en: 'The result: with two threads the total time stays that of the two calls in series — about twice the time of one, as the course says. The GIL is the bottleneck here.',
      },
      predict: {
        question: { fr: 'Plus rapide avec des threads ?', en: 'Faster with threads?' },
        outcome: { kind: 'stdout-line', index: 2 },
        choices: [
          { label: { fr: 'Oui, environ deux fois', en: 'Yes, about twice as fast' }, value: 'Plus rapide avec des threads ? oui' },
          { label: { fr: 'Non', en: 'No' }, value: 'Plus rapide avec des threads ? non' },
        ],
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 2 }, expected: 'Plus rapide avec des threads ? non' }],
    },
  ],
};
