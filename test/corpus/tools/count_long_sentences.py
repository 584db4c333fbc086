"""Lists the sentences over 80 characters in the corpus texts, by the documented definition of long-sentence
(Chinese characters, letters and digits between 。！？； and line ends), independently of the engine. The
long-sentence annotations were checked against this count; everything else was annotated by reading."""
import glob, os, re, sys

directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'texts')
for path in sorted(glob.glob(os.path.join(directory, '*.txt'))):
    for number, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        for sentence in re.split(r'[。！？；!?;]', line):
            count = len(re.findall(r'[\u4e00-\u9fffA-Za-z0-9]', sentence))
            if count > 80:
                print(f'{os.path.basename(path)}:{number}: {count} {sentence[:20]}…')
