import sys

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __getitem__(self, index):
        return self.songs[index]
    def __contains__(self, song):
        return song in self.songs

p = Playlist('intro', 'verse', 'outro')
print("refs of the songs list:", sys.getrefcount(p.songs))
it = iter(p)
print("while an iterator exists:", sys.getrefcount(p.songs))
del it
print(len(p))
for song in p:
    print("-", song)
print(p[1], p[-1], p[0:2])
print('verse' in p, 'bridge' in p)
print(list(p), sorted(p), bool(p), bool(Playlist()))
