# Exemple (pseudo-code) : Tâche CPU-bound
def calcul_intensif():
    # Fait des millions de calculs
    ...

# Lancer 2 threads avec cette fonction sur une machine multi-cœur
# ne sera pas 2x plus rapide. Le temps total sera environ 2x le temps d'un seul thread.
