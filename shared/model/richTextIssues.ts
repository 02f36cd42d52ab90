/*
 * The shape check of a stored rich-text document, written as a loop over an explicit stack
 * instead of a recursive zod schema: a recursive check of lists nested a thousand deep overflows
 * the stack (zod spends several frames a level). It reports zod issues, so imports describe them
 * in the same words as every other field.
 */
import type { z } from 'zod';
import { isSafeHref } from './safeHref';

type Issue = z.core.$ZodRawIssue;
type Key = string | number;

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'text', 'marks']);
const MARK_KEYS = new Set(['type', 'attrs']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expected(kind: 'object' | 'array' | 'string', input: unknown, path: Key[]): Issue {
  return { code: 'invalid_type', expected: kind, input, path };
}

function unknownKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>, path: Key[]): Issue[] {
  const keys = Object.keys(value).filter((key) => !allowed.has(key));
  return keys.length === 0 ? [] : [{ code: 'unrecognized_keys', keys, input: value, path }];
}

function attrIssues(attrs: unknown, allowNumberOrBoolean: 'node' | 'mark', path: Key[]): Issue[] {
  if (attrs === undefined) return [];
  if (!isRecord(attrs)) return [expected('object', attrs, path)];
  return Object.entries(attrs).flatMap(([name, value]): Issue[] => {
    const isAllowed =
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      (allowNumberOrBoolean === 'node' && typeof value === 'boolean');
    return isAllowed
      ? []
      : [{ code: 'custom', message: 'is not a value a formatting attribute may have', input: value, path: [...path, name] }];
  });
}

function markIssues(marks: unknown, markTypes: readonly string[], path: Key[]): Issue[] {
  if (marks === undefined) return [];
  if (!Array.isArray(marks)) return [expected('array', marks, path)];
  return marks.flatMap((mark: unknown, index): Issue[] => {
    const at = [...path, index];
    if (!isRecord(mark)) return [expected('object', mark, at)];
    const issues = [...unknownKeys(mark, MARK_KEYS, at), ...attrIssues(mark['attrs'], 'mark', [...at, 'attrs'])];
    if (!markTypes.includes(mark['type'] as string)) {
      issues.push({ code: 'invalid_value', values: [...markTypes], input: mark['type'], path: [...at, 'type'] });
    } else if (mark['type'] === 'link') {
      const href = isRecord(mark['attrs']) ? String(mark['attrs']['href'] ?? '') : '';
      if (!isSafeHref(href)) {
        issues.push({
          code: 'custom',
          message: `link "${href.slice(0, 80)}" is not an http(s) or mailto address`,
          input: href,
          path: at,
        });
      }
    }
    return issues;
  });
}

export interface RichTextLimits {
  nodeTypes: readonly string[];
  markTypes: readonly string[];
  maxTextLength: number;
}

/** Every way a value fails to be a stored document; empty when it is one. Paths are relative to the document. */
export function richTextIssues(doc: unknown, limits: RichTextLimits): Issue[] {
  if (!isRecord(doc)) return [expected('object', doc, [])];
  const issues = unknownKeys(doc, new Set(['type', 'content']), []);
  if (doc['type'] !== 'doc') issues.push({ code: 'invalid_value', values: ['doc'], input: doc['type'], path: ['type'] });
  if (!Array.isArray(doc['content'])) return [...issues, expected('array', doc['content'], ['content'])];
  const stack: [unknown, Key[]][] = doc['content'].map((node: unknown, index) => [node, ['content', index]]);
  stack.reverse();
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (!isRecord(node)) {
      issues.push(expected('object', node, path));
      continue;
    }
    issues.push(...unknownKeys(node, NODE_KEYS, path));
    if (!limits.nodeTypes.includes(node['type'] as string)) {
      issues.push({ code: 'invalid_value', values: [...limits.nodeTypes], input: node['type'], path: [...path, 'type'] });
    }
    issues.push(...attrIssues(node['attrs'], 'node', [...path, 'attrs']));
    issues.push(...markIssues(node['marks'], limits.markTypes, [...path, 'marks']));
    const text = node['text'];
    if (text !== undefined && typeof text !== 'string') issues.push(expected('string', text, [...path, 'text']));
    if (typeof text === 'string' && text.length > limits.maxTextLength) {
      issues.push({
        code: 'too_big',
        origin: 'string',
        maximum: limits.maxTextLength,
        inclusive: true,
        input: text,
        path: [...path, 'text'],
      });
    }
    const content = node['content'];
    if (content === undefined) continue;
    if (!Array.isArray(content)) {
      issues.push(expected('array', content, [...path, 'content']));
      continue;
    }
    for (let index = content.length - 1; index >= 0; index--) stack.push([content[index], [...path, 'content', index]]);
  }
  return issues;
}
