import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontMatter, readModelCard } from '../../../src/checks/dependency-sbom/model-card.js';

const README = `---
license: apache-2.0
pipeline_tag: text-classification
base_model: distilbert-base-uncased
datasets:
  - imdb
  - stanfordnlp/sst2
  - imdb
model-index:
  - name: sentiment
    results:
      - task: { type: text-classification }
        dataset: { type: imdb, name: IMDB }
        metrics:
          - { type: accuracy, value: 0.93 }
          - { type: f1, value: 0.92 }
---
# Sentiment model
`;

const CONFIG = JSON.stringify({
  architectures: ['DistilBertForSequenceClassification'],
  model_type: 'distilbert',
});

describe('readModelCard', () => {
  it('keeps the task, architecture, license, base model, datasets and metrics the card gives', () => {
    expect(readModelCard('models/sentiment', README, CONFIG)).toEqual({
      facts: {
        task: 'text-classification',
        architectures: ['DistilBertForSequenceClassification'],
        modelType: 'distilbert',
        license: 'apache-2.0',
        baseModels: ['distilbert-base-uncased'],
        datasets: ['imdb', 'stanfordnlp/sst2'],
        metrics: [
          { type: 'accuracy', value: '0.93', dataset: 'imdb' },
          { type: 'f1', value: '0.92', dataset: 'imdb' },
        ],
      },
      problems: [],
    });
  });

  it('gives nothing it was not told, and names what it could not read', () => {
    expect(readModelCard('m', '# no front matter\n', undefined)).toEqual({
      facts: { architectures: [], baseModels: [], datasets: [], metrics: [] },
      problems: [],
    });
    expect(readModelCard('m', '---\nkey: [unclosed\n---\n', '{not json').problems).toEqual([
      {
        source: { file: 'm/README.md', line: 2 },
        message: 'the YAML front matter is not valid YAML (YAMLParseError)',
      },
      { source: { file: 'm/config.json' }, message: 'config.json is not valid JSON' },
    ]);
  });

  it('drops values that are not short single-line strings', () => {
    const card = `---\npipeline_tag: "a\\u0007b"\ndatasets: [${'x'.repeat(300)}, ok, {nested: 1}]\nlicense: [mit]\n---\n`;
    expect(
      readModelCard('m', card, JSON.stringify({ architectures: 'Single', model_type: 7 })).facts,
    ).toEqual({
      architectures: ['Single'],
      modelType: '7',
      baseModels: [],
      datasets: ['ok'],
      metrics: [],
    });
  });

  it('refuses a front matter that expands through aliases', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++)
      lines.push(
        `${String.fromCharCode(97 + (i % 26))}${i}: &k${i} [*${i === 1 ? 'a' : `k${i - 1}`}, *${i === 1 ? 'a' : `k${i - 1}`}]`,
      );
    const { problems } = readModelCard('m', `---\n${lines.join('\n')}\n---\n`, undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^the YAML front matter is not valid YAML/);
  });

  it('finds front matter only at the very start, ended by a --- line', () => {
    expect(frontMatter('---\na: 1\n---\nbody')).toBe('a: 1');
    expect(frontMatter('\uFEFF---\r\na: 1\r\n---\r\n')).toBe('a: 1');
    expect(frontMatter('text\n---\na: 1\n---\n')).toBeUndefined();
    expect(frontMatter('---\na: 1\n')).toBeUndefined();
  });

  it('never throws on any README or config text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 200 }), (body, config) => {
        const result = readModelCard('m', `---\n${body}\n---\n`, config);
        expect(Array.isArray(result.facts.datasets)).toBe(true);
      }),
    );
  });
});
