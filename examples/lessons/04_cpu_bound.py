# Exemple (pseudo-code) : Tâche CPU-bound — rendu exécutable par CPython Lens
import threading
import time


def calcul_intensif():
    # Fait des millions de calculs (ici cent mille, pour que la simulation reste rapide)
    total = 0
    for i in range(100_000):
        total += i * i
    return total


# Deux appels l'un après l'autre
debut = time.perf_counter()
calcul_intensif()
calcul_intensif()
serie = time.perf_counter() - debut

# Lancer 2 threads avec cette fonction sur une machine multi-cœur
debut = time.perf_counter()
threads = [threading.Thread(target=calcul_intensif) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
avec_threads = time.perf_counter() - debut

print(f"En série : {serie:.3f} s")
print(f"Avec 2 threads : {avec_threads:.3f} s")
print("Plus rapide avec des threads ?", "oui" if avec_threads < 0.8 * serie else "non")
