# Collecting several errors and reporting them at the end.
def parse_all(texts):
    results, problems = [], []
    for t in texts:
        try:
            results.append(int(t))
        except ValueError as e:
            problems.append(str(e))
    return results, problems

ok, bad = parse_all(['1', 'two', '3', '4.5', '-7'])
print(ok)
for p in bad:
    print("problem:", p)
