"""Turns the half-width punctuation that NFKC normalisation made of a page's full-width marks back into full width.

The stored pages the corpus is taken from are NFKC-normalised: ，：；！？（） came back as ,:;!?(). A writer pasting
from the page gets the full-width marks, so they are restored, except between two digits (1,000  9:30) and inside
URLs. Everything else (quotes, 。、……, spaces, the text's own errors) is left exactly as stored.
"""
import re, sys

PAIRS = {',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）'}
URL = re.compile(r'(?:https?://|www\.)[A-Za-z0-9./_?=&%:#-]+')

def restore(text: str) -> str:
    protected = [(m.start(), m.end()) for m in URL.finditer(text)]
    out = []
    for i, c in enumerate(text):
        if c in PAIRS and not any(s <= i < e for s, e in protected):
            before = text[i - 1] if i > 0 else ''
            after = text[i + 1] if i + 1 < len(text) else ''
            if c in ',:' and before.isdigit() and after.isdigit():
                out.append(c)
                continue
            if c in '()' and before.isascii() and before.isalpha() and after.isascii() and after.isalpha():
                out.append(c)
                continue
            out.append(PAIRS[c])
        else:
            out.append(c)
    return ''.join(out)

if __name__ == '__main__':
    sys.stdout.write(restore(sys.stdin.read()))
