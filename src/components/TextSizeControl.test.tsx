import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredTextScale } from '../state/text-size.ts';
import { TextSizeControl } from './TextSizeControl.tsx';

afterEach(() => {
  localStorage.clear();
  document.documentElement.style.cssText = '';
});

describe('the text-size control', () => {
  it('grows and shrinks the text of the whole document in steps and remembers the size in this browser', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TextSizeControl />);
    const group = screen.getByRole('group', { name: 'Text size' });
    expect(group).toHaveTextContent('100 %');
    await user.click(screen.getByRole('button', { name: /larger text/ }));
    await user.click(screen.getByRole('button', { name: /larger text/ }));
    expect(group).toHaveTextContent('125 %');
    expect(document.documentElement.style.fontSize).toBe('125%');
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1.25');
    expect(localStorage.getItem('parallax:text-scale')).toBe('1.25');
    unmount();
    // A new page load applies the remembered size before anything renders.
    document.documentElement.style.cssText = '';
    applyStoredTextScale();
    expect(document.documentElement.style.fontSize).toBe('125%');
    render(<TextSizeControl />);
    expect(screen.getByRole('group', { name: 'Text size' })).toHaveTextContent('125 %');
  });

  it('stops at the smallest and largest sizes', async () => {
    const user = userEvent.setup();
    render(<TextSizeControl />);
    await user.click(screen.getByRole('button', { name: /smaller text/ }));
    expect(screen.getByRole('button', { name: /smaller text/ })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Text size' })).toHaveTextContent('88 %');
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: /larger text/ }));
    expect(screen.getByRole('button', { name: /larger text/ })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Text size' })).toHaveTextContent('200 %');
  });

  it('ignores a remembered value it does not offer', () => {
    localStorage.setItem('parallax:text-scale', '40');
    applyStoredTextScale();
    expect(document.documentElement.style.fontSize).toBe('');
    render(<TextSizeControl />);
    expect(screen.getByRole('group', { name: 'Text size' })).toHaveTextContent('100 %');
  });
});
