# A range sliced is a range whose start and stop are the clamped slice indices mapped through the
# range (compute_slice): the stop keeps the clamped index, not the last item's neighbour.
for r in [range(5), range(1, 10, 3), range(-5), range(10, 0, -3), range(0, 20, 4)]:
    for sl in [slice(5, 1, -2), slice(None, None, -1), slice(-1, -10, -3), slice(2, None),
               slice(100, -100, -7), slice(-2, 1, -1), slice(1, 8, 2), slice(None, 2, -1), slice(0, 0, -1)]:
        print(r, sl, r[sl], list(r[sl]) == list(r)[sl])
