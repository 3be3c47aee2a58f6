// Settings read from the environment: defaults, accepted values, and a clear error for a bad one.
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

it('INTROSPECTION is on by default; "off" (or false, 0, no) turns it off; anything else stops the start', () => {
  expect(loadConfig({}).introspection).toBe(true);
  for (const value of ['off', 'OFF', 'false', '0', 'no']) expect(loadConfig({ INTROSPECTION: value }).introspection).toBe(false);
  for (const value of ['on', 'true', '1', 'yes', '']) expect(loadConfig({ INTROSPECTION: value }).introspection).toBe(true);
  expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION must be "on" or "off", got "maybe"/);
});

it('GRAPHQL_JIT is off by default (Yoga\'s executor); "on" runs queries compiled; anything else stops the start', () => {
  expect(loadConfig({}).compiledQueries).toBe(false);
  expect(loadConfig({ GRAPHQL_JIT: 'on' }).compiledQueries).toBe(true);
  expect(() => loadConfig({ GRAPHQL_JIT: 'fast' })).toThrow(/GRAPHQL_JIT must be "on" or "off", got "fast"/);
});

it('READY_TIMEOUT_MS defaults to 2 s', () => {
  expect(loadConfig({}).readyTimeoutMs).toBe(2_000);
  expect(loadConfig({ READY_TIMEOUT_MS: '500' }).readyTimeoutMs).toBe(500);
  expect(() => loadConfig({ READY_TIMEOUT_MS: '-1' })).toThrow(/READY_TIMEOUT_MS must be a non-negative integer/);
});

it('reads DEMO_DATA as auto, on or off, and refuses anything else', () => {
  expect(loadConfig({}).demoData).toBe('auto');
  expect(loadConfig({ DEMO_DATA: 'OFF' }).demoData).toBe('off');
  expect(loadConfig({ DEMO_DATA: 'on' }).demoData).toBe('on');
  expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA must be "auto", "on" or "off", got "yes"/);
});
