#!/usr/bin/env python3
"""A reading aid for annotating a corpus text, independent of the engine: every line that opens with a numbering
mark (一、 （一） 1. （1） 第一， and their variants), every inline enumeration marker (一是, 一要, 第一, 其一, 首先,
一方面 …) with the words around it, and each line's length. It decides nothing: the annotator reads each line and
writes the annotation by hand (see ../README.md)."""

import re
import sys

HEADING = re.compile(r'^[\s\u3000#*]*(第[一二三四五六七八九十]+(?:部分|个方面|方面|点)?[、，,：:]?|[一二三四五六七八九十]+[、．.，,]|[（(][一二三四五六七八九十]+[）)]|[0-9０-９]{1,2}[、．.]|[（(][0-9０-９]{1,2}[）)]|［[0-9]+］)')
ITEM = re.compile(r'([一二三四五六七八九十]+[是要来]|第[一二三四五六七八九十]+(?=[，,、：:]|点|个问题)|其[一二三四五六七八九十]+|首先|其次|再次|最后|一方面|另一方面)')


def main(path: str) -> None:
    lines = open(path, encoding='utf-8').read().split('\n')
    for number, line in enumerate(lines, 1):
        heading = HEADING.match(line)
        if heading:
            print(f'H {number:4d} [{len(line):4d}] {line[:60]}')
        for found in ITEM.finditer(line):
            start = found.start()
            if heading and start < heading.end():
                continue
            print(f'I {number:4d} @{start:4d} …{line[max(0, start - 8):start]}⟨{found.group(0)}⟩{line[found.end():found.end() + 14]}')


if __name__ == '__main__':
    for argument in sys.argv[1:]:
        print(f'== {argument}')
        main(argument)
