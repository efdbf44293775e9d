import { LlmProxyRule, S } from './common';
import { isSet } from '../../../paths';
import { at, given, hit } from '../../rule-kit';

/** The management token, the encryption key and literal secrets. */
export const secretRules = [
  {
    id: 'LP-MANAGEMENT-TOKEN',
    severity: 'error',
    summary: 'No management token: the proxy fails to start (the chart only warns in NOTES.txt).',
    remedy: 'Set secrets.managementToken.existingSecret.name (typed: managementTokenSecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.managementToken.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.managementToken')))
        ? []
        : [hit('secrets.managementToken.existingSecret.name', 'is empty and no chart-managed token exists')],
  },
  {
    id: 'LP-ENCRYPTION-KEY',
    severity: 'warning',
    summary: 'No ENCRYPTION_KEY: provider API keys are stored unencrypted in the database.',
    remedy: 'Set secrets.encryptionKey.existingSecret.name (typed: encryptionKeySecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      isSet(at(ctx, 'secrets.encryptionKey.existingSecret.name')) || (at(ctx, 'secrets.create') === true && isSet(at(ctx, 'secrets.data.encryptionKey')))
        ? []
        : [hit('secrets.encryptionKey.existingSecret.name', 'is empty; stored API keys are not encrypted')],
  },
  {
    id: 'LP-SECRETS-IN-VALUES',
    severity: 'warning',
    summary: 'A password or token is written into values (secrets.data.*, postgresql/mysql passwords): it lands in the release history.',
    remedy: 'Reference existing Secrets instead (existingSecret).',
    source: `${S} Secrets`,
    check: (ctx) =>
      ['secrets.data.managementToken', 'secrets.data.databaseUrl', 'secrets.data.encryptionKey', 'postgresql.auth.password', 'mysql.auth.rootPassword', 'mysql.auth.password']
        .filter((path) => isSet(given(ctx, path)))
        .map((path) => hit(path, 'holds a literal secret (value not shown)')),
  },
] as const satisfies readonly LlmProxyRule[];
