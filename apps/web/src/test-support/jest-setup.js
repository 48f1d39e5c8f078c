// Runs before every web spec. In jsdom specs, adds what the browser has and jsdom lacks:
// TextEncoder/Decoder (react-router), matchMedia (antd's responsive components) and structuredClone
// (the framework editor's drafts), the last by Node's own structured serializer.
const { TextDecoder, TextEncoder } = require('node:util');
const v8 = require('node:v8');

if (typeof globalThis.structuredClone === 'undefined')
  globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));

if (typeof globalThis.TextEncoder === 'undefined') globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === 'undefined') globalThis.TextDecoder = TextDecoder;

if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
}

// antd injects its CSS-in-JS rules into <head> as components mount (thousands of rules). jsdom
// has no layout, but every getComputedStyle matches each element and its ancestors against every
// rule, and Testing Library's getByRole(…, { name }) calls it for each candidate: the web suite
// spent ~90% of its time there (SelfAssessmentForm.spec: 102 s, 7 s without the rules). Rendering
// as antd does on the server (styles generated and cached, never put into the document) removes
// that cost; what the styles look like is judged in the browser suite, on real Chromium.
if (typeof window !== 'undefined') {
  const { StyleContext } = require('@ant-design/cssinjs');
  // A React context's default value; StyleProvider would set the same `mock` for a subtree.
  if (!StyleContext._currentValue) throw new Error('jest-setup: antd StyleContext default not found');
  StyleContext._currentValue.mock = 'server';
}
