# Seed course, memory example 2 (garbage collector), alone: 'import sys' prepended because the course imported sys in example 1.
# Source: /work/shared/seed/course-module.fr.md, section 1 (Gestion de la Memoire), copied verbatim below this header.

import sys
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
