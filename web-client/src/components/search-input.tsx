import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 400;

interface SearchInputProps {
  value: string | undefined;
  onSearch: (value: string | undefined) => void;
  placeholder: string;
  style?: React.CSSProperties;
}

/**
 * Asks the server once the user pauses typing, not on every key: each search is a request and a
 * new address in the history. Enter searches at once.
 */
export function SearchInput({ value, onSearch, placeholder, style }: SearchInputProps) {
  const [text, setText] = useState(value ?? '');
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });
  const applied = useRef(value ?? '');

  // Back and forward in the browser change the address: the box follows it.
  useEffect(() => {
    applied.current = value ?? '';
    setText(value ?? '');
  }, [value]);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === applied.current) {
      return undefined;
    }
    const timer = setTimeout(() => {
      applied.current = trimmed;
      onSearchRef.current(trimmed || undefined);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      style={style}
      onChange={(event) => setText(event.target.value)}
      onSearch={(next) => {
        const trimmed = next.trim();
        setText(next);
        if (trimmed !== applied.current) {
          applied.current = trimmed;
          onSearchRef.current(trimmed || undefined);
        }
      }}
    />
  );
}
