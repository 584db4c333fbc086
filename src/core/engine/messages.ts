/** Rules' messages by id, with their `{name}` slots filled from a report's data, in both display languages. */

import { COMMON_MESSAGES, type Message, type MessageData, type RuleMeta } from '../rules/types';

const SLOT = /\{(\w+)\}/g;

/** Resolved messages a template keeps before its cache starts afresh (a long draft has a few hundred distinct ones). */
const LIMIT = 1024;

/**
 * Data objects a template remembers by identity: enough for a rule that keeps one constant data object per mark
 * (halfwidth-punctuation has twelve) to find every message here while a line mixes them.
 */
const RECENT = 16;

/** One message template: its slots, the messages made from it by the slots' values, and the last few data objects. */
interface Template {
  message: Message;
  slots: readonly string[];
  made: Map<string, Message>;
  recentData: Array<MessageData | undefined>;
  recentMessages: Message[];
  nextRecent: number;
}

/**
 * One rule's messages by id, resolved and kept: a long draft has tens of thousands of findings and only a few hundred
 * different texts among them, so each is made once and shared (messages are immutable).
 */
export class RuleMessages {
  private readonly templates = new Map<string, Template>();

  constructor(private readonly meta: RuleMeta) {}

  /** The message, or why it cannot be made (an unknown id, a slot without data). */
  resolve(id: string, data: MessageData | undefined): Message | string {
    let template = this.templates.get(id);
    if (template === undefined) {
      template = templateOf(this.meta, id);
      if (template === undefined) return `reported the unknown message id "${id}"`;
      this.templates.set(id, template);
    }
    const { slots } = template;
    if (slots.length === 0) return template.message;
    // A rule that reports with constant data objects (one a mark) finds its message here, without building a key.
    const recent = data === undefined ? -1 : template.recentData.indexOf(data);
    if (recent >= 0) return template.recentMessages[recent];
    let key = '';
    for (let i = 0; i < slots.length; i++) {
      const value = data?.[slots[i]];
      if (value === undefined) return `gave no data for the slot {${slots[i]}} of message "${id}"`;
      key = i === 0 ? String(value) : `${key}\u0000${value}`;
    }
    let message = template.made.get(key);
    if (!message) {
      message = formatMessage(template.message, data);
      if (template.made.size >= LIMIT) template.made.clear();
      template.made.set(key, message);
    }
    const slot = template.nextRecent;
    template.recentData[slot] = data;
    template.recentMessages[slot] = message;
    template.nextRecent = (slot + 1) % RECENT;
    return message;
  }
}

const byRule = new WeakMap<RuleMeta, RuleMessages>();

/** The messages of the rule with `meta`, one object a rule for as long as the rule exists. */
export function messagesOf(meta: RuleMeta): RuleMessages {
  let messages = byRule.get(meta);
  if (!messages) byRule.set(meta, (messages = new RuleMessages(meta)));
  return messages;
}

function templateOf(meta: RuleMeta, id: string): Template | undefined {
  const message = Object.hasOwn(meta.messages, id)
    ? meta.messages[id]
    : Object.hasOwn(COMMON_MESSAGES, id)
      ? COMMON_MESSAGES[id]
      : undefined;
  if (!message) return undefined;
  const slots = new Set<string>();
  for (const text of [message['zh-cn'], message.en]) for (const match of text.matchAll(SLOT)) slots.add(match[1]);
  return {
    message,
    slots: [...slots],
    made: new Map(),
    recentData: new Array<MessageData | undefined>(RECENT).fill(undefined),
    recentMessages: new Array<Message>(RECENT).fill(message),
    nextRecent: 0,
  };
}

function fill(text: string, data: MessageData | undefined): string {
  if (data === undefined || !text.includes('{')) return text;
  return text.replace(SLOT, (slot, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : slot));
}

/** A message's text with its slots filled. */
function formatMessage(template: Message, data?: MessageData): Message {
  return { 'zh-cn': fill(template['zh-cn'], data), en: fill(template.en, data) };
}
