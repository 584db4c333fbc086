#!/usr/bin/env python3
"""Writes test/grammar/*.speech: each specimen line with vscode-tmgrammar-test assertions under it.

Assertion columns count UTF-16 code units, so writing them by hand under Chinese text is error-prone; this
script computes them from (text to find, scopes) pairs. Edit the cases here and run it again.
"""
import pathlib

HEADER = '# SYNTAX TEST "text.speech" "{}"\n'
PH = 'invalid.illegal.placeholder.speech'


def assertions(line, expectations):
    out = []
    for needle, scopes, *occurrence in expectations:
        start = -1
        for _ in range((occurrence[0] if occurrence else 0) + 1):
            start = line.index(needle, start + 1)
        negative = scopes.startswith('- ')
        if start == 0:
            out.append(f'# <{"-" * len(needle)} {scopes}')
        else:
            out.append('#' + ' ' * (start - 1) + '^' * len(needle) + ' ' + scopes)
    return out


def write(name, description, cases):
    lines = [HEADER.format(description)]
    for line, expectations in cases:
        lines.append(line + '\n')
        lines.extend(a + '\n' for a in assertions(line, expectations))
    pathlib.Path('test/grammar', name).write_text(''.join(lines), encoding='utf-8')


write('headings.speech', 'headings by level, and text that is not a heading', [
    ('一、提高认识', [('一、', 'markup.heading.1.speech punctuation.definition.heading.speech'), ('提高认识', 'markup.heading.1.speech entity.name.section.speech')]),
    ('十二、加强领导。正文不在标题里', [('十二、', 'markup.heading.1.speech'), ('加强领导', 'entity.name.section.speech'), ('正文不在标题里', '- markup.heading.1.speech')]),
    ('　　二、缩进的标题', [('二、', 'markup.heading.1.speech punctuation.definition.heading.speech')]),
    ('# 三、Markdown 式的标题', [('三、', 'markup.heading.1.speech')]),
    ('第一部分 总体要求', [('第一部分', 'markup.heading.1.speech punctuation.definition.heading.speech')]),
    ('第二，狠抓落实', [('第二，', 'markup.heading.1.speech punctuation.definition.heading.speech')]),
    ('（一）统一思想', [('（一）', 'markup.heading.2.speech punctuation.definition.heading.speech'), ('统一思想', 'markup.heading.2.speech entity.name.section.speech')]),
    ('(二)半角括号', [('(二)', 'markup.heading.2.speech')]),
    ('1.加强学习', [('1.', 'markup.heading.3.speech punctuation.definition.heading.speech'), ('加强学习', 'markup.heading.3.speech entity.name.section.speech')]),
    ('２、全角数字', [('２、', 'markup.heading.3.speech')]),
    ('（1）具体措施', [('（1）', 'markup.heading.4.speech punctuation.definition.heading.speech'), ('具体措施', 'markup.heading.4.speech')]),
    ('一个伟人曾经说过', [('一个', '- markup.heading.1.speech')]),
    ('一年来，我们取得了成绩。', [('一年来', '- markup.heading.1.speech')]),
    ('(一个伟人的名字)', [('(一个', '- markup.heading.2.speech')]),
    ('3.14是圆周率', [('3.14', '- markup.heading.3.speech')]),
    ('2023年的工作', [('2023', '- markup.heading.3.speech')]),
    ('一是加强学习。', [('一是', '- markup.heading.1.speech')]),
])

write('inline.speech', 'enumeration markers, quotes and book titles', [
    ('一是加强学习。二是提高能力；三是狠抓落实。', [('一是', 'keyword.control.enumeration.speech'), ('二是', 'keyword.control.enumeration.speech'), ('三是', 'keyword.control.enumeration.speech'), ('加强学习', '- keyword.control.enumeration.speech')]),
    ('　　一要转变角色，二要严肃纪律。', [('一要', 'keyword.control.enumeration.speech'), ('二要', 'keyword.control.enumeration.speech')]),
    ('一方面要学习。另一方面要实践。', [('一方面', 'keyword.control.enumeration.speech'), ('另一方面', 'keyword.control.enumeration.speech')]),
    ('首先，要学习。其次，要实践。最后，要总结。', [('首先', 'keyword.control.enumeration.speech'), ('其次', 'keyword.control.enumeration.speech'), ('最后', 'keyword.control.enumeration.speech')]),
    ('重点有两条：第一，抓项目。第二，抓企业。', [('第一', 'keyword.control.enumeration.speech'), ('第二', 'keyword.control.enumeration.speech')]),
    ('我们要统一是非标准。', [('一是', '- keyword.control.enumeration.speech')]),
    ('增强“四个意识”，做到‘两个维护’。', [('“', 'string.quoted.double.speech punctuation.definition.string.begin.speech'), ('四个意识', 'string.quoted.double.speech'), ('”', 'string.quoted.double.speech punctuation.definition.string.end.speech'), ('两个维护', 'string.quoted.single.speech')]),
    ('他说：“要学习‘两个维护’。”', [('要学习', 'string.quoted.double.speech'), ('两个维护', 'string.quoted.double.speech string.quoted.single.speech')]),
    ('学习《关于加强社区建设的意见》。', [('《', 'meta.book-title.speech punctuation.definition.book-title.begin.speech'), ('关于加强社区建设的意见', 'meta.book-title.speech entity.name.type.book-title.speech'), ('》', 'punctuation.definition.book-title.end.speech')]),
])

write('landmarks.speech', 'salutation and closing', [
    ('同志们：', [('同志们：', 'meta.salutation.speech keyword.other.salutation.speech')]),
    ('各位领导、同志们：', [('各位领导、同志们：', 'keyword.other.salutation.speech')]),
    ('尊敬的各位来宾，女士们、先生们：', [('尊敬的各位来宾，女士们、先生们：', 'keyword.other.salutation.speech')]),
    ('同志们:今天,全区培训班开班了。', [('同志们:', 'keyword.other.salutation.speech'), ('今天', '- keyword.other.salutation.speech')]),
    ('举办这次培训班的目的是：提高能力。', [('举办', '- keyword.other.salutation.speech')]),
    ('谢谢大家！', [('谢谢大家！', 'meta.closing.speech keyword.other.closing.speech')]),
    ('谢谢！', [('谢谢！', 'keyword.other.closing.speech')]),
    ('谢谢大家的支持。', [('谢谢大家', '- keyword.other.closing.speech')]),
])

write('placeholders.speech', 'placeholders, and look-alikes that are not', [
    ('认真贯彻落实***总书记“”讲话精神', [('***', PH), ('“”', PH)]),
    ('区委、区**及各方面', [('**', PH)]),
    ('邀请了*结对县两位干部', [('*', PH)]),
    ('×××同志和××市委', [('×××', PH), ('××', PH)]),
    ('20XX年和xx华诞、xxxx名', [('20XX', PH), ('xx', PH, 1), ('xxxx', PH)]),
    ('○○市、□□单位、〇〇区', [('○○', PH), ('□□', PH), ('〇〇', PH)]),
    ('由____同志主持', [('____', PH)]),
    ('【单位名称】和{{会议名称}}', [('【单位名称】', PH), ('{{会议名称}}', PH)]),
    ('会议于（此处写明时间）召开', [('（此处写明时间）', PH)]),
    ('学习《》', [('《》', PH)]),
    ('……', [('……', PH)]),
    ('一、【标题】', [('【标题】', 'markup.heading.1.speech entity.name.section.speech ' + PH)]),
    ('二〇二三年五月', [('〇', '- ' + PH)]),
    ('面积为3×4平方米，a*b为常数', [('×', '- ' + PH), ('*', '- ' + PH)]),
    ('Windows XP和xxl', [('XP', '- ' + PH), ('xx', '- ' + PH)]),
    ('要坚持……要努力', [('……', '- ' + PH)]),
    ('某某同志、某单位', [('某某', '- ' + PH)]),
    ('社区（村）书记', [('（村）', '- ' + PH)]),
    ('* 要点', [('*', '- ' + PH)]),
])
