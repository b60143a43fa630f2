import sys

a = []  # Le compteur de la liste vide est à 1 (référence 'a')
print(f"1. Compteur pour []: {sys.getrefcount(a) - 1}") # -1 car getrefcount crée une réf. temporaire

b = a   # Le compteur est à 2 (références 'a' et 'b')
print(f"2. Compteur pour []: {sys.getrefcount(a) - 1}")

b = None # La référence 'b' est détruite, le compteur passe à 1
print(f"3. Compteur pour []: {sys.getrefcount(a) - 1}")

a = None # La référence 'a' est détruite, le compteur passe à 0. L'objet est libéré.
