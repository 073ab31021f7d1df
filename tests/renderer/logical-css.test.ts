// Uyghur mirrors the layout through dir="rtl": that only works while the renderer's CSS says
// start/end instead of left/right. The check runs over every stylesheet under renderer/.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { checkRendererCss, cssFiles, findPhysical } from '../../scripts/check-logical-css.ts';

test('the renderer CSS has no physical left/right declarations', () => {
  assert.ok(cssFiles('renderer').length >= 4, 'the stylesheets were found');
  assert.deepEqual(checkRendererCss(process.cwd()).map((f) => `${f.file}:${f.line} ${f.declaration}`), []);
});

test('the check catches each physical form and lets logical ones and marked exceptions pass', () => {
  const css = `
.a { margin-left: 4px; padding-right: 2px }
.b:hover { text-align: left; float: right; }
.c { position: absolute; left: 0; right: 1em; border-top-right-radius: 3px; }
.d { margin: 0 12px 8px auto; padding: 1px 2px 3px 2px; border-left: 1px solid; }
.ok { margin-inline-start: 4px; text-align: start; inset-inline: 0; margin: 0 auto; padding: 1px 2px 3px; }
.corner { left: 0; /* physical: ok */ }
/* a comment saying margin-left: 3px is not a declaration */
`;
  const found = findPhysical(css).map((f) => `${f.line} ${f.declaration}`);
  assert.deepEqual(found, [
    '2 margin-left: 4px',
    '2 padding-right: 2px',
    '3 text-align: left',
    '3 float: right',
    '4 left: 0',
    '4 right: 1em',
    '4 border-top-right-radius: 3px',
    '5 margin: 0 12px 8px auto',
    '5 border-left: 1px solid',
  ]);
});
