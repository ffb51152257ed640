/**
 * The reader's text size, for every view: a scale of the browser's default font size, set on the
 * document root (every size in the styles is in rem, so everything grows together) and as
 * `--text-scale` (for sizes measured in viewport units, such as presentation mode's).
 * Steps: 87.5 % to 200 %, finer near 100 % where most readers adjust, coarser above for a projector.
 */
import { useCallback, useEffect } from 'react';
import { readSetting, useBrowserSetting } from './browser-setting.ts';

/** The offered scales, smallest first, as the strings they are stored as. */
export const TEXT_SCALES = ['0.875', '1', '1.125', '1.25', '1.5', '1.75', '2'] as const;
/** One offered scale. */
export type TextScale = (typeof TEXT_SCALES)[number];

const SETTING = 'text-scale';

/** Applies a scale to the document root. */
export function applyTextScale(scale: TextScale): void {
  const root = document.documentElement;
  root.style.fontSize = scale === '1' ? '' : `${Number(scale) * 100}%`;
  root.style.setProperty('--text-scale', scale);
}

/** Applies the remembered scale (at start-up, before the first render, so the page does not jump). */
export function applyStoredTextScale(): void {
  applyTextScale(readSetting(SETTING, TEXT_SCALES, '1'));
}

/** The text size as a percentage, with steps down and up (undefined at either end). */
export interface TextSize {
  percent: number;
  smaller: (() => void) | undefined;
  larger: (() => void) | undefined;
}

/** The remembered text size and its steps; keeps the document root in step with it. */
export function useTextSize(): TextSize {
  const [scale, setScale] = useBrowserSetting(SETTING, TEXT_SCALES, '1');
  useEffect(() => applyTextScale(scale), [scale]);
  const at = TEXT_SCALES.indexOf(scale);
  const step = useCallback(
    (delta: number) => {
      const next = TEXT_SCALES[at + delta];
      if (next !== undefined) setScale(next);
    },
    [at, setScale],
  );
  return {
    percent: Math.round(Number(scale) * 100),
    smaller: at > 0 ? () => step(-1) : undefined,
    larger: at < TEXT_SCALES.length - 1 ? () => step(1) : undefined,
  };
}
