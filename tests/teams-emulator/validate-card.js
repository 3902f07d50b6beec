// Validates Adaptive Cards with the official renderer (adaptivecards, in a jsdom window).
// Input on stdin: a JSON array of cards. Output: a JSON array, per card, of problems found
// while parsing for schema 1.5, validating and rendering. Empty arrays mean valid cards.
'use strict';
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
const globals = ['window', 'self', 'document', 'navigator', 'getComputedStyle', 'Node', 'Element', 'Event', 'KeyboardEvent', 'MouseEvent']
  .concat(Object.getOwnPropertyNames(dom.window).filter(n => n.startsWith('HTML')));
for (const name of globals) {
  if (name in global) continue;
  const value = name === 'self' ? dom.window : dom.window[name];
  global[name] = typeof value === 'function' && name === 'getComputedStyle' ? value.bind(dom.window) : value;
}
// The library logs diagnostics with console.log; keep stdout for the JSON result.
console.log = (...args) => process.stderr.write(args.map(String).join(' ') + '\n');
const AC = require('adaptivecards/dist/adaptivecards.js');

function problemsOf(json) {
  const problems = [];
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const validation = card.validateProperties();
  for (const e of validation.validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  if (json.version !== '1.5') problems.push(`version is ${json.version}, expected 1.5`);
  const rendered = card.render();
  if (!rendered) problems.push('render: the card did not render');
  return problems;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const cards = JSON.parse(input);
  process.stdout.write(JSON.stringify(cards.map(problemsOf)));
});
