# \w, \d, \s and \b are Unicode's for str patterns (letters and digits of every script, Unicode spaces),
# ASCII's with re.ASCII and for bytes patterns; characters outside the BMP count as one position.
import re

text = 'héllo wörld ٣3 Ωμέγα _x\u00a0y\x1cz'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.A))
print(re.findall(r'\d', text), re.findall(r'\d', text, re.ASCII))
print(re.findall(r'\s', text), re.findall(r'\s', text, re.A), re.findall(r'\S+', 'a\u2003b'))
print(re.findall(r'\bw\w+', 'wörld wide'), re.findall(r'\b\w', 'é é', re.A))
print(re.findall(r'[\w-]+', 'well-known fact'), re.findall(r'[^\d\s]+', 'ab 12 cd'), re.findall(r'[\W]', 'a b!'))
s = 'a😀b😀c'
print(re.search('b', s).span(), re.split('😀', s), re.sub('😀', '-', s), re.findall('.', s))
print(re.findall(rb'\w', 'aé1'.encode('latin-1')), re.findall(rb'[\x80-\xff]', 'aé'.encode('latin-1')))
print(re.match('straße', 'STRASSE', re.I), re.match('ΣΑΣ', 'σας', re.I), re.findall('k', 'kK', re.I))
