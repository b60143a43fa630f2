import sys

a = []  # Le compteur de la liste vide est à 1 (référence 'a')
print(f"1. Compteur pour []: {sys.getrefcount(a) - 1}") # -1 car getrefcount crée une réf. temporaire

b = a   # Le compteur est à 2 (références 'a' et 'b')
print(f"2. Compteur pour []: {sys.getrefcount(a) - 1}")

b = None # La référence 'b' est détruite, le compteur passe à 1
print(f"3. Compteur pour []: {sys.getrefcount(a) - 1}")

a = None # La référence 'a' est détruite, le compteur passe à 0. L'objet est libéré.

import gc

# Création d'une référence cyclique
a = {}
b = {}
a['b_ref'] = b
b['a_ref'] = a

# Obtenons les ID pour les suivre
id_a = id(a)
id_b = id(b)

# Le compteur de chaque objet est au moins à 2 (variable + référence de l'autre objet)
print(f"Compteur de a: {sys.getrefcount(a) - 1}")
print(f"Compteur de b: {sys.getrefcount(b) - 1}")

# Supprimons les seules références externes
del a
del b

# À ce stade, les compteurs de référence sont à 1, mais les objets sont inaccessibles.
# Ils ne seront jamais libérés par le seul comptage de références. C'est une fuite de mémoire.

# Forçons le passage du Garbage Collector
gc.collect()

print("Garbage Collector a tourné.")
# Après le passage du GC, les objets inaccessibles dans des cycles sont libérés.

# --- Ajout de la leçon (pas dans le cours) : gc.disable() et ce qui s'accumule ---
gc.disable()  # plus de collecte automatique
for i in range(1000):
    x = {}
    y = {"x": x}
    x["y"] = y  # un cycle de deux dictionnaires, abandonné au tour suivant
del x, y
print(f"Objets inaccessibles trouvés par gc.collect() : {gc.collect()}")
gc.enable()
