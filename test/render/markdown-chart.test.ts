import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/core/render/markdown.js';
import { report } from './fixtures.js';

describe('markdown charts', () => {
  it('renders a Mermaid xychart with a legend, labels stripped to what its grammar allows', () => {
    const markdown = toMarkdown(
      [
        report({
          check: 'robustness-check',
          charts: [
            {
              title: 'Robust accuracy "vs" epsilon\n```',
              xLabel: 'epsilon (linf)',
              x: [0, 0.02, 0.05],
              yLabel: 'accuracy',
              yMin: 0,
              yMax: 1,
              series: [
                { name: 'worst case', values: [0.9, 0.812345678, 0.5] },
                { name: 'certified', values: [0.9, 0.6, Number.NaN] },
              ],
            },
          ],
        }),
      ],
      { maxBytes: 100_000, fullListHint: 'h' },
    );
    expect(markdown).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Robust accuracy vs epsilon"',
        '  x-axis "epsilon (linf)" [0, 0.02, 0.05]',
        '  y-axis "accuracy" 0 --> 1',
        '  line [0.9, 0.812346, 0.5]',
        '  line [0.9, 0.6, 0]',
        '```',
        '',
        '_Lines, in order: worst case, certified._',
      ].join('\n'),
    );
    // The title outside the block is markdown-escaped, and no fence from the title survives.
    expect(markdown.match(/```/g)).toHaveLength(2);
  });
});
