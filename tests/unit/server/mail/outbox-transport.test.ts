import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxTransport } from '../../../../src/server/mail/outbox-transport';

const message = {
  from: 'a@b.example',
  to: ['c@d.example'],
  replyTo: 'e@f.example',
  subject: 'Onderwerp',
  html: '<p>Hoi</p>',
  text: 'Hoi',
};
const mode = (path: string) => statSync(path).mode & 0o777;

describe('OutboxTransport', () => {
  it('writes one JSON file per message, named after the key, attachments included', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'outbox-test-')), 'nieuw');
    const outbox = new OutboxTransport(folder);
    const withCopy = {
      ...message,
      attachments: [{ filename: 'aanbod-1.json', contentType: 'application/json', content: '{}\n' }],
    };
    expect((await outbox.send(withCopy, 'aanbod-123-bureau')).status).toBe('accepted');
    expect(readdirSync(folder)).toEqual(['aanbod-123-bureau.json']);
    const content = JSON.parse(readFileSync(join(folder, 'aanbod-123-bureau.json'), 'utf8'));
    expect(content).toMatchObject({ ...withCopy, idempotencyKey: 'aanbod-123-bureau' });
  });

  it('lets only the server’s own user read the folder (0700) and the files (0600)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    const fresh = join(parent, 'fresh');
    await new OutboxTransport(fresh).send(message, 'k');
    expect(mode(fresh)).toBe(0o700);
    expect(mode(join(fresh, 'k.json'))).toBe(0o600);
    const existing = join(parent, 'existing');
    mkdirSync(existing);
    chmodSync(existing, 0o755);
    await new OutboxTransport(existing).send(message, 'k');
    expect(mode(existing)).toBe(0o700);
    expect(mode(join(existing, 'k.json'))).toBe(0o600);
  });

  it('writes nothing new when the same key comes again, also concurrently', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    const outbox = new OutboxTransport(folder);
    const results = await Promise.all([1, 2, 3, 4].map(() => outbox.send(message, 'k')));
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
    expect(readdirSync(folder)).toEqual(['k.json']);
  });

  it('refuses the same key with another message as a conflict, even from another process (M4)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    expect((await new OutboxTransport(folder).send(message, 'k')).status).toBe('accepted');
    const again = new OutboxTransport(folder);
    expect((await again.send(message, 'k')).status).toBe('accepted');
    expect((await again.send({ ...message, subject: 'Anders' }, 'k')).status).toBe('conflict');
    expect(readdirSync(folder)).toEqual(['k.json']);
    expect(JSON.parse(readFileSync(join(folder, 'k.json'), 'utf8')).subject).toBe('Onderwerp');
  });

  it('compares with a file written before fingerprints existed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    writeFileSync(
      join(folder, 'k.json'),
      JSON.stringify({ ...message, idempotencyKey: 'k', createdAt: '2026-12-01T10:00:00.000Z' }),
    );
    expect((await new OutboxTransport(folder).send(message, 'k')).status).toBe('accepted');
    expect((await new OutboxTransport(folder).send({ ...message, text: 'Anders' }, 'k')).status).toBe('conflict');
  });

  it('keeps file names safe whatever the key holds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    await new OutboxTransport(folder).send(message, '../../etc/passwd');
    expect(readdirSync(folder)).toEqual(['______etc_passwd.json']);
  });

  it('reports a failure instead of throwing when the folder cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outbox-test-')), 'een-bestand');
    writeFileSync(file, 'geen map');
    expect((await new OutboxTransport(join(file, 'outbox')).send(message, 'k')).status).toBe('rejected');
  });
});
