// Lesson 3: why the GIL exists, on a program of the lesson's own (the course explains it in prose: "deux
// threads pourraient essayer de modifier le compteur d'un même objet en même temps"). Two threads take and
// drop references to one list; the file runs under CPython 3.11 (GIL), under a HYPOTHETICAL interpreter with
// neither a GIL nor atomic counts (clearly labelled: runtime/racy-refcount.ts), and under free-threaded 3.13t.

import type { Lesson } from '../model';

const COUNT_LINE = { kind: 'stdout-line', index: 0 } as const;

export const whyTheGilLesson: Lesson = {
  id: 'why-the-gil',
  number: 3,
  title: { fr: 'Pourquoi le GIL existe', en: 'Why the GIL exists' },
  file: '03_why_the_gil.py',
  python: '3.11',
  steps: [
    {
      lines: [9, 15],
      text: {
        fr: "Le cours l'explique : le comptage de références n'est pas « thread-safe ». Ce programme (écrit pour la leçon) le met à l'épreuve. À chaque tour, `ref = partage` ajoute 1 au compteur de la liste, `del ref` retire 1. En C, `ob_refcnt++` se fait en trois temps : lire le compteur, ajouter 1, l'écrire. Deux threads qui font cela en même temps sur le même objet peuvent se marcher dessus.",
        en: 'The course says it: reference counting is not thread-safe. This program (written for the lesson) puts it to the test. Each turn, `ref = partage` adds 1 to the list’s count and `del ref` takes 1 away. In C, `ob_refcnt++` happens in three moves: read the count, add 1, write it back. Two threads doing that at the same time on the same object can trip over each other.',
      },
    },
    {
      lines: [18, 25],
      text: {
        fr: "Avec le GIL (CPython 3.11), un seul thread exécute du bytecode à la fois : chaque +1 et chaque −1 se fait en entier avant que l'autre thread ne reprenne la main. Les threads alternent pourtant souvent (`sys.setswitchinterval(0.0001)`) : la chronologie du GIL le montre. Au bout de 80 000 modifications, le compteur est exact.",
        en: 'With the GIL (CPython 3.11), one thread at a time runs bytecode: each +1 and each −1 completes before the other thread gets its turn. The threads still take turns often (`sys.setswitchinterval(0.0001)`): the GIL timeline shows it. After 80,000 changes, the count is right.',
      },
      predict: {
        question: { fr: 'Sous CPython 3.11, qu’affiche la dernière ligne ?', en: 'Under CPython 3.11, what does the last line print?' },
        outcome: COUNT_LINE,
        choices: [
          { label: { fr: 'Compteur de la liste : 1', en: 'Compteur de la liste : 1' }, value: 'Compteur de la liste : 1' },
          { label: { fr: 'Un autre nombre', en: 'Another number' }, value: 'another' },
        ],
      },
      claims: [
        { outcome: COUNT_LINE, expected: 'Compteur de la liste : 1' },
        { outcome: { kind: 'max-threads-running-together' }, expected: 1 },
      ],
    },
    {
      lines: [12, 15],
      python: 'nogil-hypothetical',
      text: {
        fr: "⚠ Interpréteur HYPOTHÉTIQUE — ce n'est pas un CPython : celui de 3.13 sans son GIL et sans rien pour le remplacer, avec des compteurs ordinaires (non atomiques). Les deux threads tournent vraiment en même temps sur deux cœurs. Quand l'un écrit son compteur alors que l'autre l'avait lu juste avant (à moins de 30 ns près, l'ordre de grandeur d'un aller-retour de la ligne de cache entre deux cœurs : une hypothèse du modèle), la modification de l'autre est perdue. Un compteur trop haut, et la liste ne sera jamais libérée (fuite) ; trop bas, et elle serait libérée alors qu'on s'en sert encore (plantage). C'est exactement ce que le GIL empêche.",
        en: '⚠ A HYPOTHETICAL interpreter — not a CPython: 3.13’s without its GIL and with nothing in its place, with plain (non-atomic) counts. The two threads really run at the same time on two cores. When one writes the count back while the other had read it just before (within 30 ns, about a cache line’s round trip between two cores: an assumption of the model), the other’s change is lost. A count too high, and the list is never freed (a leak); too low, and it would be freed while still in use (a crash). That is exactly what the GIL prevents.',
      },
      predict: {
        question: { fr: 'Sur cet interpréteur hypothétique, le compteur final vaut-il encore 1 ?', en: 'On this hypothetical interpreter, is the final count still 1?' },
        outcome: COUNT_LINE,
        choices: [
          { label: { fr: 'Oui : Compteur de la liste : 1', en: 'Yes: Compteur de la liste : 1' }, value: 'Compteur de la liste : 1' },
          { label: { fr: 'Non : Compteur de la liste : 31888 (une fuite)', en: 'No: Compteur de la liste : 31888 (a leak)' }, value: 'Compteur de la liste : 31888' },
        ],
      },
      claims: [
        { outcome: COUNT_LINE, expected: 'Compteur de la liste : 31888' },
        // The main thread, still starting t2, runs beside t1 for a moment: three at once.
        { outcome: { kind: 'max-threads-running-together' }, expected: 3 },
      ],
    },
    {
      lines: [18, 25],
      python: '3.13t',
      text: {
        fr: "CPython 3.13t (« free-threaded », PEP 703) n'a pas de GIL non plus, et pourtant le compteur est juste : il utilise des compteurs biaisés. Le thread qui a créé la liste (ici le thread principal) compte dans un compteur local, sans instruction atomique ; les autres threads comptent dans un compteur partagé, avec des opérations atomiques. `getrefcount` additionne les deux. Le prix : des opérations atomiques plus lentes pour les objets partagés, et un interpréteur un peu plus lent en un seul thread.",
        en: 'CPython 3.13t (“free-threaded”, PEP 703) has no GIL either, and yet the count is right: it uses biased counts. The thread that created the list (here the main thread) counts in a local count without atomic instructions; the other threads count in a shared count, with atomic operations. `getrefcount` adds the two. The price: slower atomic operations on shared objects, and an interpreter a little slower in one thread.',
      },
      predict: {
        question: { fr: 'Sous 3.13t, sans GIL, qu’affiche la dernière ligne ?', en: 'Under 3.13t, with no GIL, what does the last line print?' },
        outcome: COUNT_LINE,
        choices: [
          { label: { fr: 'Compteur de la liste : 1', en: 'Compteur de la liste : 1' }, value: 'Compteur de la liste : 1' },
          { label: { fr: 'Un compteur faux, comme sans GIL', en: 'A wrong count, as without a GIL' }, value: 'another' },
        ],
      },
      claims: [
        { outcome: COUNT_LINE, expected: 'Compteur de la liste : 1' },
        // The main thread, still starting t2, runs beside t1 for a moment: three at once.
        { outcome: { kind: 'max-threads-running-together' }, expected: 3 },
      ],
    },
  ],
};
