import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/server/rate-limits.js';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as never;

describe('the client address rate limits count against', () => {
  it('is the peer, IPv4-mapped addresses unwrapped, IPv6 by its /64', () => {
    expect(clientAddress(request('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(request('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(request('2001:db8:1:2:aaaa::1'), 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(request('2001:db8:1:2:bbbb:cccc:dddd:eeee'), 0)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(undefined, 0)).toBe('unknown');
  });

  it('ignores X-Forwarded-For unless proxies are trusted, then reads it that many hops from the right', () => {
    expect(clientAddress(request('10.0.0.2', '198.51.100.9'), 0)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.9'), 1)).toBe('198.51.100.9');
    expect(clientAddress(request('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.0.0.1'), 2)).toBe('198.51.100.9');
    // Not an address, or fewer hops than trusted: the peer.
    expect(clientAddress(request('10.0.0.2', 'garbage'), 1)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', '198.51.100.9'), 2)).toBe('10.0.0.2');
  });
});
