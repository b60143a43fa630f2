// The webviews' `{0}`-placeholder filling (webview/shared/format.ts), which the memory graph runs for every
// object on every step and so splits each template once.
import assert from 'node:assert/strict';
import { format } from '../../webview/shared/format';

describe('webview format', function () {
  it('fills numbered placeholders in any order, repeated or missing, as vscode.l10n.t does', function () {
    assert.equal(format('{0} {1}, id {2}', 'list', '[]', 140000), 'list [], id 140000');
    assert.equal(format('{1} avant {0}', 'x', 'y'), 'y avant x');
    assert.equal(format('{0}{0}', 'x'), 'xx');
    assert.equal(format('{0} and {3}', 'x'), 'x and {3}', 'a placeholder without an argument stays');
    assert.equal(format('no placeholder'), 'no placeholder');
    assert.equal(format(''), '');
    // The same template again (split once, kept): same results with other arguments.
    assert.equal(format('{0} {1}, id {2}', 'dict', '{}', 7), 'dict {}, id 7');
  });
});
