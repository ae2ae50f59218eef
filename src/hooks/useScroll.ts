import { useState } from 'react';
import { scrollViewLines } from '../components/ScrollView.js';
import type { CommandId } from '../keys.js';
import { scrollFor } from '../ui/scroll.js';

export interface Scroll {
  /** The first line shown. */
  offset: number;
  /** Applies a movement command; false when it is not one. */
  scroll: (command: CommandId) => boolean;
}

/** Where a ScrollView of `count` lines in `height` rows is scrolled to. */
export function useScroll(count: number, height: number): Scroll {
  const [offset, setOffset] = useState(0);

  const scroll = (command: CommandId) => {
    const next = scrollFor(command, offset, count, scrollViewLines(height));

    if (next === null) return false;
    setOffset(next);
    return true;
  };

  return { offset, scroll };
}
