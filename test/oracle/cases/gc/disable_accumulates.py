import gc

# --- Ajout de la leçon (pas dans le cours) : gc.disable() et ce qui s'accumule ---
gc.disable()  # plus de collecte automatique
for i in range(1000):
    x = {}
    y = {"x": x}
    x["y"] = y  # un cycle de deux dictionnaires, abandonné au tour suivant
del x, y
print(f"Objets inaccessibles trouvés par gc.collect() : {gc.collect()}")
gc.enable()
