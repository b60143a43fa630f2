// Lesson 6: working around the GIL, on a program of the lesson's own (the course describes the ways around
// in prose, with no code): the same two tasks in series, then in two processes, in two threads, and in two
// threads whose work is C code that releases the GIL. Each line prints a timing class, never a time, so the
// outcome does not depend on the machine's speed.

import type { Lesson } from '../model';

/** The two verdicts a line of the program can print, as a prediction's choices. */
const verdicts = (line: string) => [
  { label: { fr: 'Plus rapide', en: 'Faster' }, value: `${line} : plus rapide` },
  { label: { fr: 'Pas plus rapide', en: 'Not faster' }, value: `${line} : pas plus rapide` },
];

export const aroundTheGilLesson: Lesson = {
  id: 'around-the-gil',
  number: 6,
  title: { fr: 'Contourner le GIL', en: 'Working around the GIL' },
  file: '06_around_the_gil.py',
  python: '3.11',
  steps: [
    {
      lines: [1, 9],
      text: {
        fr: "Le cours cite trois façons de contourner le GIL : le module `multiprocessing`, d'autres implémentations de Python, et des extensions en C qui libèrent le GIL pendant leurs calculs. Ce programme (écrit pour la leçon : le cours n'en donne pas) fait deux fois le même travail — `compte(N)` en Python pur, ou `hache(DONNEES)` en C — en série, puis en parallèle de plusieurs façons, et affiche seulement « plus rapide » ou « pas plus rapide » : le verdict ne dépend pas de la vitesse de la machine (4 cœurs simulés par défaut).",
        en: 'The course names three ways around the GIL: the `multiprocessing` module, other Python implementations, and C extensions that release the GIL while they compute. This program (written for the lesson: the course gives none) does the same work twice — `compte(N)` in pure Python, or `hache(DONNEES)` in C — in series, then in parallel several ways, and prints only “plus rapide” (faster) or “pas plus rapide” (not faster): the verdict does not depend on the machine’s speed (4 simulated cores by default).',
      },
    },
    {
      lines: [47, 53],
      text: {
        fr: "Un processus a son propre tas : il ne voit pas les objets d'un autre. Pour échanger, ils s'envoient des messages — une `Queue` (ou un `Pipe`). `file.put([1, 2, 3])` sérialise la liste (pickle) dans le processus enfant ; `file.get()` en recrée une nouvelle dans le parent, avec son propre compteur de références. Le code de sortie 0 dit que l'enfant s'est terminé normalement.",
        en: 'A process has its own heap: it does not see another’s objects. To exchange, they send messages — a `Queue` (or a `Pipe`). `file.put([1, 2, 3])` pickles the list in the child process; `file.get()` rebuilds a new one in the parent, with its own reference count. Exit code 0 says the child ended normally.',
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 0 }, expected: "0. Reçu d'un autre processus : [1, 2, 3], code de sortie 0" }],
    },
    {
      lines: [55, 61],
      text: {
        fr: "`Pool(2)` crée deux processus (sous Linux, par `fork` : chacun reçoit une copie du tas du parent). Chaque processus a son propre interpréteur, ses propres compteurs de références et son propre GIL : les deux `compte(N)` tournent vraiment en même temps, sur deux cœurs. La chronologie du GIL montre les voies `ForkPoolWorker-1` et `ForkPoolWorker-2` côte à côte. Les processus ne partagent aucun objet : `Pool` leur envoie les tâches et récupère les résultats par des tubes (`multiprocessing.Pipe`, `Queue`), en messages sérialisés (pickle). Le prix : démarrer les processus, et sérialiser ce qui passe d'un processus à l'autre — une `lambda` ne passerait pas.",
        en: '`Pool(2)` starts two processes (on Linux, by `fork`: each gets a copy of the parent’s heap). Each process has its own interpreter, its own reference counts and its own GIL: the two `compte(N)` really run at the same time, on two cores. The GIL timeline shows the `ForkPoolWorker-1` and `ForkPoolWorker-2` lanes side by side. The processes share no object: `Pool` sends them the tasks and gets the results back through pipes (`multiprocessing.Pipe`, `Queue`), as pickled messages. The price: starting the processes, and pickling what crosses from one process to the other — a `lambda` would not cross.',
      },
      predict: {
        question: { fr: 'Deux processus pour le calcul Python : plus rapide qu’en série ?', en: 'Two processes on the Python computation: faster than in series?' },
        outcome: { kind: 'stdout-line', index: 1 },
        choices: verdicts('1. Deux processus, calcul Python'),
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 1 }, expected: '1. Deux processus, calcul Python : plus rapide' }],
    },
    {
      lines: [63, 64],
      text: {
        fr: "Avec deux threads du même processus, c'est la leçon 4 : un seul GIL, donc un seul thread exécute du bytecode à la fois. Les threads alternent toutes les 5 ms ; le total ne baisse pas.",
        en: 'With two threads of one process it is lesson 4 again: one GIL, so one thread runs bytecode at a time. The threads take turns every 5 ms; the total does not go down.',
      },
      predict: {
        question: { fr: 'Deux threads pour le même calcul Python ?', en: 'Two threads on the same Python computation?' },
        outcome: { kind: 'stdout-line', index: 2 },
        choices: verdicts('2. Deux threads, calcul Python'),
      },
      claims: [
        { outcome: { kind: 'stdout-line', index: 2 }, expected: '2. Deux threads, calcul Python : pas plus rapide' },
      ],
    },
    {
      lines: [66, 67],
      text: {
        fr: "`hashlib.sha256` calcule en C, et pour plus de 2048 octets il relâche le GIL le temps du calcul (`Py_BEGIN_ALLOW_THREADS` dans `Modules/_hashopenssl.c`). Les deux threads hachent donc en même temps sur deux cœurs : dans la chronologie, leurs voies montrent l'état « code C, GIL relâché ». `zlib` fait de même, et c'est ce que font NumPy ou Pandas pour leurs gros calculs (le module `numpy` de CPython Lens en est une petite version simulée).",
        en: '`hashlib.sha256` computes in C, and for more than 2048 bytes it releases the GIL while it does (`Py_BEGIN_ALLOW_THREADS` in `Modules/_hashopenssl.c`). So both threads hash at the same time on two cores: in the timeline their lanes show the “C code, GIL released” state. `zlib` does the same, and so do NumPy and Pandas for their big computations (CPython Lens’s `numpy` module is a small simulated version).',
      },
      predict: {
        question: { fr: 'Deux threads qui hachent un million d’octets chacun ?', en: 'Two threads hashing a million bytes each?' },
        outcome: { kind: 'stdout-line', index: 3 },
        choices: verdicts('3. Deux threads, hachage en C'),
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 3 }, expected: '3. Deux threads, hachage en C : plus rapide' }],
    },
    {
      lines: [63, 64],
      python: '3.13t',
      text: {
        fr: "La réponse d'aujourd'hui : CPython 3.13t, construit sans GIL (PEP 703, leçon 3 : des compteurs biaisés plutôt qu'un verrou global). Le fichier tourne à nouveau, sous 3.13t : les deux threads exécutent leur bytecode en même temps sur deux cœurs, comme les processus, mais en partageant le même tas — sans démarrage de processus ni pickle.",
        en: 'Today’s answer: CPython 3.13t, built without a GIL (PEP 703, lesson 3: biased counts rather than one global lock). The file runs again, under 3.13t: the two threads run their bytecode at the same time on two cores, like the processes, but sharing one heap — no process start, no pickling.',
      },
      predict: {
        question: { fr: 'Sous 3.13t, deux threads pour le calcul Python ?', en: 'Under 3.13t, two threads on the Python computation?' },
        outcome: { kind: 'stdout-line', index: 2 },
        choices: verdicts('2. Deux threads, calcul Python'),
      },
      claims: [{ outcome: { kind: 'stdout-line', index: 2 }, expected: '2. Deux threads, calcul Python : plus rapide' }],
    },
    {
      lines: [1, 2],
      text: {
        fr: "D'autres implémentations de Python, dit le cours, n'ont pas de GIL : Jython (sur la JVM) et IronPython (sur .NET) s'appuient sur le ramasse-miettes de leur plateforme au lieu du comptage de références. PyPy, un interpréteur à compilation JIT très rapide, a un GIL qui fonctionne autrement. CPython Lens ne simule que CPython : ces implémentations sont décrites ici, pas simulées.",
        en: 'Other Python implementations, the course says, have no GIL: Jython (on the JVM) and IronPython (on .NET) rely on their platform’s garbage collector instead of reference counting. PyPy, a very fast JIT-compiling interpreter, has a GIL that works differently. CPython Lens simulates only CPython: these implementations are described here, not simulated.',
      },
    },
  ],
};
