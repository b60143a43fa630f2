// Lesson 5: I/O-bound threads overlap, on the course's download example as written
// (examples/lessons/05_io_bound.py; `requests` is simulated: no network, a set latency).

import type { Lesson } from '../model';

export const ioBoundLesson: Lesson = {
  id: 'io-bound',
  number: 5,
  title: { fr: 'Threads et entrées/sorties : ça se chevauche', en: 'I/O-bound threads overlap' },
  file: '05_io_bound.py',
  python: '3.11',
  steps: [
    {
      lines: [4, 8],
      text: {
        fr: "`telecharger_url` passe presque tout son temps à attendre la réponse du réseau. Ici, `requests` est simulé par CPython Lens : aucune connexion réelle, chaque requête attend une latence fixe (réglage « latence d'E/S simulée »).",
        en: '`telecharger_url` spends nearly all its time waiting for the network’s answer. Here `requests` is simulated by CPython Lens: no real connection, each request waits a set latency (the “simulated I/O latency” setting).',
      },
    },
    {
      lines: [10, 17],
      text: {
        fr: "Deux threads, un par URL. Pendant qu'un thread attend le réseau, il a relâché le GIL : l'autre thread peut prendre le GIL, exécuter son code et lancer sa propre requête. Dans le panneau GIL, les deux attentes réseau se superposent.",
        en: 'Two threads, one per URL. While a thread waits for the network it has released the GIL: the other thread can take the GIL, run its code and send its own request. In the GIL panel the two network waits overlap.',
      },
      predict: {
        question: { fr: 'Les deux téléchargements attendent-ils le réseau en même temps ?', en: 'Do both downloads wait for the network at the same time?' },
        outcome: { kind: 'io-waits-overlap' },
        choices: [
          { label: { fr: "Oui, les attentes se chevauchent", en: 'Yes, the waits overlap' }, value: true },
          { label: { fr: "Non, l'un après l'autre à cause du GIL", en: 'No, one after the other because of the GIL' }, value: false },
        ],
      },
      claims: [
        { outcome: { kind: 'io-waits-overlap' }, expected: true },
        { outcome: { kind: 'max-threads-running-together' }, expected: 1 },
      ],
    },
    {
      lines: [19, 19],
      text: {
        fr: "Les deux téléchargements se font « en même temps » : le temps total est proche d'une seule latence, pas de deux. Pour les tâches I/O-bound, `threading` est donc très efficace en Python, même avec le GIL — qui n'empêche toujours qu'un seul thread d'exécuter du bytecode à la fois.",
        en: 'Both downloads happen “at the same time”: the total time is close to one latency, not two. For I/O-bound tasks `threading` is therefore very effective in Python, even with the GIL — which still lets only one thread run bytecode at a time.',
      },
      claims: [
        { outcome: { kind: 'stdout-line', index: 0 }, expected: 'URL https://www.python.org téléchargée.' },
        { outcome: { kind: 'stdout-line', index: 1 }, expected: 'URL https://www.google.com téléchargée.' },
      ],
    },
  ],
};
