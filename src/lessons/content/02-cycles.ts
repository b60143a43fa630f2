// Lesson 2: cycles and the garbage collector, on the course's second example, which follows the
// first in the course (it uses its `import sys`): examples/lessons/02_cycles.py holds both, as written.

import type { Lesson } from '../model';

export const cyclesLesson: Lesson = {
  id: 'cycles',
  number: 2,
  title: { fr: 'Les cycles et le ramasse-miettes', en: 'Cycles and the garbage collector' },
  file: '02_cycles.py',
  python: '3.11',
  steps: [
    {
      lines: [14, 20],
      text: {
        fr: "Deux dictionnaires qui se référencent l'un l'autre forment un cycle : `a` contient `b`, `b` contient `a`. Chacun a maintenant deux références : son nom, et l'autre dictionnaire.",
        en: 'Two dicts that reference each other form a cycle: `a` holds `b`, `b` holds `a`. Each now has two references: its name, and the other dict.',
      },
      claims: [
        { outcome: { kind: 'refcount-after-line', allocLine: 17, line: 20 }, expected: 2 },
        { outcome: { kind: 'refcount-after-line', allocLine: 18, line: 20 }, expected: 2 },
      ],
    },
    {
      lines: [26, 28],
      text: {
        fr: "Le programme le confirme (avec le `- 1` de la première leçon) : 2 pour chacun.",
        en: 'The program confirms it (with the `- 1` of the first lesson): 2 each.',
      },
      claims: [
        { outcome: { kind: 'stdout-line', index: 3 }, expected: 'Compteur de a: 2' },
        { outcome: { kind: 'stdout-line', index: 4 }, expected: 'Compteur de b: 2' },
      ],
    },
    {
      lines: [30, 32],
      text: {
        fr: "`del a` et `del b` suppriment les seules références externes. Chaque compteur retombe à 1 — la référence de l'autre dictionnaire — et n'atteint jamais 0 : le comptage de références seul ne les libérera pas. Dans le graphe mémoire, ils sont inaccessibles mais toujours là, en attente du ramasse-miettes.",
        en: '`del a` and `del b` remove the only outside references. Each count falls back to 1 — the other dict’s reference — and never reaches 0: reference counting alone will not free them. In the memory graph they are unreachable but still there, waiting for the collector.',
      },
      predict: {
        question: { fr: 'Les dictionnaires sont-ils libérés par `del b` ?', en: 'Are the dicts freed by `del b`?' },
        outcome: { kind: 'freed-during-line', allocLine: 17, line: 32 },
        choices: [
          { label: { fr: 'Oui', en: 'Yes' }, value: true },
          { label: { fr: 'Non, le cycle les garde en vie', en: 'No, the cycle keeps them alive' }, value: false },
        ],
      },
      claims: [
        { outcome: { kind: 'refcount-after-line', allocLine: 17, line: 32 }, expected: 1 },
        { outcome: { kind: 'freed-during-line', allocLine: 17, line: 32 }, expected: false },
      ],
    },
    {
      lines: [37, 38],
      text: {
        fr: "`gc.collect()` lance le ramasse-miettes sur toutes les générations. Il copie chaque compteur, retranche les références internes à l'ensemble examiné : les deux dictionnaires tombent à 0 — seule l'autre moitié du cycle les référence. Rien d'extérieur ne les atteint : ils sont libérés. Le panneau mémoire rejoue la collecte phase par phase.",
        en: '`gc.collect()` runs the collector over every generation. It copies each count and subtracts the references from inside the examined set: both dicts drop to 0 — only the other half of the cycle refers to them. Nothing outside reaches them: they are freed. The memory panel replays the collection phase by phase.',
      },
      predict: {
        question: { fr: 'Combien d’objets cette collecte libère-t-elle ?', en: 'How many objects does this collection free?' },
        outcome: { kind: 'collected', collection: 0 },
        choices: [
          { label: { fr: '0', en: '0' }, value: 0 },
          { label: { fr: '1', en: '1' }, value: 1 },
          { label: { fr: '2', en: '2' }, value: 2 },
        ],
      },
      claims: [
        { outcome: { kind: 'collected', collection: 0 }, expected: 2 },
        { outcome: { kind: 'freed-during-line', allocLine: 17, line: 38 }, expected: true },
        { outcome: { kind: 'freed-during-line', allocLine: 18, line: 38 }, expected: true },
      ],
    },
    {
      lines: [40, 41],
      text: {
        fr: "Le ramasse-miettes de CPython est générationnel : un objet neuf est en génération 0 ; s'il survit à une collecte, il passe en génération 1, puis 2. La génération 0 est collectée automatiquement dès que les allocations dépassent un seuil (`gc.get_threshold()` : 700 en 3.11) ; les plus vieilles, plus rarement. `gc.disable()` arrête les collectes automatiques : les cycles s'accumulent alors jusqu'au prochain `gc.collect()`.",
        en: 'CPython’s collector is generational: a new object is in generation 0; if it survives a collection it moves to generation 1, then 2. Generation 0 is collected automatically once allocations pass a threshold (`gc.get_threshold()`: 700 in 3.11); the older ones less often. `gc.disable()` stops automatic collections: cycles then pile up until the next `gc.collect()`.',
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 5 }, expected: 'Garbage Collector a tourné.' }],
    },
    {
      lines: [43, 49],
      text: {
        fr: "Cette partie est un ajout de la leçon. Après `gc.disable()`, plus aucune collecte automatique : chaque tour de boucle abandonne un cycle de deux dictionnaires que le comptage de références ne peut pas libérer. Ils s'accumulent — le panneau mémoire les garde, grisés, « en attente du ramasse-miettes » — jusqu'à ce que `gc.collect()` les trouve tous d'un coup. Un programme qui désactive le ramasse-miettes doit le relancer lui-même.",
        en: 'This part is the lesson’s own addition. After `gc.disable()` no collection runs on its own: each turn of the loop abandons a cycle of two dicts that reference counting cannot free. They pile up — the memory panel keeps them, greyed, “waiting for the collector” — until `gc.collect()` finds them all at once. A program that disables the collector must run it itself.',
      },
      predict: {
        question: { fr: 'Combien d’objets inaccessibles `gc.collect()` trouvera-t-il ligne 50 ?', en: 'How many unreachable objects will `gc.collect()` find on line 50?' },
        outcome: { kind: 'collected', collection: 1 },
        choices: [
          { label: { fr: '2 (le dernier cycle)', en: '2 (the last cycle)' }, value: 2 },
          { label: { fr: '1000', en: '1000' }, value: 1000 },
          { label: { fr: '2000', en: '2000' }, value: 2000 },
        ],
      },
      claims: [
        { outcome: { kind: 'collected', collection: 1 }, expected: 2000 },
        { outcome: { kind: 'stdout-line', index: 6 }, expected: 'Objets inaccessibles trouvés par gc.collect() : 2000' },
      ],
    },
  ],
};
