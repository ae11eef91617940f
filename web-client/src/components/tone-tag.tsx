import { Tag } from 'antd';
import type { ReactNode } from 'react';

/**
 * Soft tags whose text keeps a contrast ratio of at least 7:1 on their background; antd's preset
 * colours (green text on pale green, about 3.4:1) fall below WCAG AA.
 */
const tones = {
  green: { color: '#1e5c38', background: '#e8f3ec', borderColor: '#b9dcc6' },
  amber: { color: '#744700', background: '#fcf1dc', borderColor: '#efd39f' },
  red: { color: '#9b1c1c', background: '#fdecea', borderColor: '#f4c2bd' },
  blue: { color: '#1e4e8c', background: '#e8eff9', borderColor: '#bcd0ee' },
  purple: { color: '#5b2a86', background: '#f1eaf8', borderColor: '#d5c2ea' },
  grey: { color: '#3e4751', background: '#eef0f2', borderColor: '#d3d8dd' },
  teal: { color: '#174c5d', background: '#e3eef1', borderColor: '#b5d2da' },
} as const;

export type Tone = keyof typeof tones;

interface ToneTagProps {
  tone: Tone;
  children: ReactNode;
  'aria-label'?: string;
}

export function ToneTag({ tone, children, ...rest }: ToneTagProps) {
  return (
    <Tag style={tones[tone]} {...rest}>
      {children}
    </Tag>
  );
}
