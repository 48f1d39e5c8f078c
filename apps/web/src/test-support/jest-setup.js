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
