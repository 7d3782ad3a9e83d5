import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutboxTransport } from '../../../src/lib/mail/outbox-transport';

const bericht = { from: 'a@b.example', to: ['c@d.example'], replyTo: 'e@f.example', subject: 'Onderwerp', html: '<p>Hoi</p>', text: 'Hoi' };

describe('OutboxTransport', () => {
  it('writes one JSON file per message, named after the key', async () => {
    const map = join(mkdtempSync(join(tmpdir(), 'outbox-test-')), 'nieuw');
    const outbox = new OutboxTransport(map);
    const resultaat = await outbox.verstuur(bericht, 'aanbod-123-bureau');
    expect(resultaat.geaccepteerd).toBe(true);
    expect(readdirSync(map)).toEqual(['aanbod-123-bureau.json']);
    const inhoud = JSON.parse(readFileSync(join(map, 'aanbod-123-bureau.json'), 'utf8'));
    expect(inhoud).toMatchObject({ ...bericht, idempotencyKey: 'aanbod-123-bureau' });
  });

  it('writes nothing new when the same key comes again, also concurrently', async () => {
    const map = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    const outbox = new OutboxTransport(map);
    const resultaten = await Promise.all([1, 2, 3, 4].map(() => outbox.verstuur(bericht, 'k')));
    expect(resultaten.every((r) => r.geaccepteerd)).toBe(true);
    await outbox.verstuur({ ...bericht, subject: 'Anders' }, 'k');
    expect(readdirSync(map)).toEqual(['k.json']);
    expect(JSON.parse(readFileSync(join(map, 'k.json'), 'utf8')).subject).toBe('Onderwerp');
  });

  it('keeps file names safe whatever the key holds', async () => {
    const map = mkdtempSync(join(tmpdir(), 'outbox-test-'));
    await new OutboxTransport(map).verstuur(bericht, '../../etc/passwd');
    expect(readdirSync(map)).toEqual(['______etc_passwd.json']);
  });

  it('reports a failure instead of throwing when the folder cannot be written', async () => {
    const bestand = join(mkdtempSync(join(tmpdir(), 'outbox-test-')), 'een-bestand');
    writeFileSync(bestand, 'geen map');
    const resultaat = await new OutboxTransport(join(bestand, 'outbox')).verstuur(bericht, 'k');
    expect(resultaat.geaccepteerd).toBe(false);
  });
});
