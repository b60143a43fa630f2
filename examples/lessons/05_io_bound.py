import requests
import threading

def telecharger_url(url):
    # L'appel requests.get() est une opération I/O-bound.
    # Le GIL est libéré pendant l'attente de la réponse réseau.
    response = requests.get(url)
    print(f"URL {url} téléchargée.")

urls = ["https://www.python.org", "https://www.google.com"]
threads = [threading.Thread(target=telecharger_url, args=(url,)) for url in urls]

for t in threads:
    t.start()

for t in threads:
    t.join()

# Les deux téléchargements se font "en même temps" (de manière concurrente).
