import { describe, expect, it } from 'vitest';
import { parseCorsOrigins } from '../../src/server/cors.js';

describe('CORS_ORIGINS', () => {
  it('is empty by default (same-origin only), a list of origins, or * alone', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins(' https://app.example , http://localhost:5173/ ')).toEqual(['https://app.example', 'http://localhost:5173']);
    expect(parseCorsOrigins('*')).toBe('*');
  });

  it('refuses what is not an origin, and "null"', () => {
    for (const value of ['null', 'app.example', 'https://app.example/path', '*, https://app.example', 'file:///tmp/x']) {
      expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS/);
    }
  });
});
