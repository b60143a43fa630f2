# Leçon 3 : pourquoi le GIL existe.
# Deux threads prennent et lâchent sans arrêt une référence vers la même liste :
# chaque tour fait +1 puis -1 sur son compteur de références.
import sys
import threading

sys.setswitchinterval(0.0001)  # des changements de thread fréquents, pour qu'ils alternent vraiment

partage = []  # l'objet que les deux threads référencent


def travail():
    for _ in range(20_000):
        ref = partage  # +1 sur le compteur de la liste
        del ref  # -1


t1 = threading.Thread(target=travail)
t2 = threading.Thread(target=travail)
t1.start()
t2.start()
t1.join()
t2.join()

print(f"Compteur de la liste : {sys.getrefcount(partage) - 1}")
