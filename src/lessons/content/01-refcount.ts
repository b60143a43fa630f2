// Lesson 1: reference counting, on the course's first example (examples/lessons/01_refcount.py).

import type { Lesson } from '../model';


export const refcountLesson: Lesson = {
  id: 'refcount',
  number: 1,
  title: { fr: 'Le comptage de références', en: 'Reference counting' },
  file: '01_refcount.py',
  python: '3.11',
  steps: [
    {
      lines: [1, 3],
      text: {
        fr: "Chaque objet Python porte un compteur : le nombre de références qui pointent vers lui. `a = []` crée une liste et lie le nom `a` : le compteur de la liste vaut 1. L'annotation au bout de la ligne le montre (`a → list#… · refs 1`).",
        en: 'Every Python object carries a counter: how many references point at it. `a = []` creates a list and binds the name `a` to it: the list’s count is 1. The annotation at the end of the line shows it (`a → list#… · refs 1`).',
      },
      claims: [{ outcome: { kind: 'refcount-after-line', allocLine: 3, line: 3 }, expected: 1 }],
    },
    {
      lines: [4, 4],
      text: {
        fr: "`sys.getrefcount(a)` renvoie le compteur… plus un : pendant l'appel, l'argument est lui-même une référence temporaire (sur la pile de valeurs). Survolez `a` : l'historique montre ce +1 puis le −1 à la fin de l'appel. D'où le `- 1` du cours.",
        en: '`sys.getrefcount(a)` returns the count… plus one: during the call the argument is itself a temporary reference (on the value stack). Hover over `a`: the history shows that +1, then the −1 when the call ends. Hence the course’s `- 1`.',
      },
      predict: {
        question: { fr: "Qu'affichera la ligne 4 ?", en: 'What will line 4 print?' },
        outcome: { kind: 'stdout-line', index: 0 },
        choices: [
          { label: { fr: '1. Compteur pour []: 0', en: '1. Compteur pour []: 0' }, value: '1. Compteur pour []: 0' },
          { label: { fr: '1. Compteur pour []: 1', en: '1. Compteur pour []: 1' }, value: '1. Compteur pour []: 1' },
          { label: { fr: '1. Compteur pour []: 2', en: '1. Compteur pour []: 2' }, value: '1. Compteur pour []: 2' },
        ],
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 0 }, expected: '1. Compteur pour []: 1' }],
    },
    {
      lines: [6, 7],
      text: {
        fr: "`b = a` ne copie pas la liste : `b` devient une deuxième référence vers le même objet. Le compteur passe à 2.",
        en: '`b = a` does not copy the list: `b` becomes a second reference to the same object. The count goes up to 2.',
      },
      predict: {
        question: { fr: "Après `b = a`, que vaut le compteur de la liste ?", en: 'After `b = a`, what is the list’s count?' },
        outcome: { kind: 'refcount-after-line', allocLine: 3, line: 6 },
        choices: [
          { label: { fr: '1 (b est une copie)', en: '1 (b is a copy)' }, value: 1 },
          { label: { fr: '2', en: '2' }, value: 2 },
          { label: { fr: '3', en: '3' }, value: 3 },
        ],
      },
      claims: [
        { outcome: { kind: 'refcount-after-line', allocLine: 3, line: 6 }, expected: 2 },
        { outcome: { kind: 'stdout-line', index: 1 }, expected: '2. Compteur pour []: 2' },
      ],
    },
    {
      lines: [9, 10],
      text: {
        fr: "`b = None` détruit la référence `b` : le compteur est décrémenté et redescend à 1. La liste vit toujours, grâce à `a`.",
        en: '`b = None` drops the reference `b`: the count is decremented back to 1. The list lives on, thanks to `a`.',
      },
      claims: [
        { outcome: { kind: 'refcount-after-line', allocLine: 3, line: 9 }, expected: 1 },
        { outcome: { kind: 'stdout-line', index: 2 }, expected: '3. Compteur pour []: 1' },
      ],
    },
    {
      lines: [12, 12],
      text: {
        fr: "`a = None` détruit la dernière référence : le compteur atteint 0 et CPython libère la liste immédiatement, sur cette ligne même — c'est le côté déterministe du comptage de références. L'annotation affiche « freed ».",
        en: '`a = None` drops the last reference: the count reaches 0 and CPython frees the list at once, on this very line — the deterministic side of reference counting. The annotation says “freed”.',
      },
      predict: {
        question: { fr: 'La liste est-elle libérée dès cette ligne ?', en: 'Is the list freed on this very line?' },
        outcome: { kind: 'freed-during-line', allocLine: 3, line: 12 },
        choices: [
          { label: { fr: 'Oui, tout de suite', en: 'Yes, at once' }, value: true },
          { label: { fr: 'Non, plus tard, par le ramasse-miettes', en: 'No, later, by the garbage collector' }, value: false },
        ],
      },
      claims: [{ outcome: { kind: 'freed-during-line', allocLine: 3, line: 12 }, expected: true }],
    },
  ],
};
