# Leçon 6 : contourner le GIL.
# Le même travail (deux tâches) fait en série, puis en parallèle de plusieurs façons.
import hashlib
import threading
import time
from multiprocessing import Pool, Process, Queue

N = 200_000  # tours de boucle Python par tâche
DONNEES = b"x" * 1_000_000  # octets à hacher par tâche


def compte(n):
    while n > 0:
        n -= 1


def hache(donnees):
    return hashlib.sha256(donnees).hexdigest()


def envoie(file):
    file.put([1, 2, 3])  # sérialisée (pickle) ici, recréée dans le processus qui la reçoit


def en_serie(fonction, argument):
    debut = time.perf_counter()
    fonction(argument)
    fonction(argument)
    return time.perf_counter() - debut


def en_threads(fonction, argument):
    threads = [threading.Thread(target=fonction, args=(argument,)) for _ in range(2)]
    debut = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - debut


def verdict(parallele, serie):
    return "plus rapide" if parallele < 0.75 * serie else "pas plus rapide"


if __name__ == "__main__":
    # 0. Des processus ne partagent pas leurs objets : ils s'envoient des messages (Queue, Pipe).
    file = Queue()
    p = Process(target=envoie, args=(file,))
    p.start()
    recue = file.get()
    p.join()
    print(f"0. Reçu d'un autre processus : {recue}, code de sortie {p.exitcode}")

    # 1. multiprocessing : deux processus, chacun avec son interpréteur et son GIL.
    with Pool(2) as pool:
        debut = time.perf_counter()
        pool.map(compte, [N, N])
        en_processus = time.perf_counter() - debut
    serie = en_serie(compte, N)
    print(f"1. Deux processus, calcul Python : {verdict(en_processus, serie)}")

    # 2. Deux threads sur le même calcul : le GIL n'en laisse tourner qu'un à la fois.
    print(f"2. Deux threads, calcul Python : {verdict(en_threads(compte, N), serie)}")

    # 3. Deux threads qui hachent : hashlib libère le GIL pendant le calcul en C.
    print(f"3. Deux threads, hachage en C : {verdict(en_threads(hache, DONNEES), en_serie(hache, DONNEES))}")
