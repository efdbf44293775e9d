import { CHART, LlmProxyRule, S } from './common';
import { show } from '../../../paths';
import { at, given, hit, map, truthy } from '../../rule-kit';

/** What the templates render: TLS of the in-cluster databases, duplicate env, ingress rules, Secret keys. */
export const renderRules = [
  {
    id: 'LP-POSTGRES-IN-CLUSTER-TLS',
    severity: 'error',
    summary: 'The in-cluster PostgreSQL runs without TLS (postgresql.tls.enabled is off, the bitnami default) while the URL the chart builds asks for TLS (sslMode require, verify-ca or verify-full; require by default): the driver refuses every connection.',
    remedy: 'Set postgresql.sslMode: disable for the in-cluster development database (typed props do), or enable postgresql.tls on the server.',
    source: `${CHART} templates/_helpers.tpl postgresql.url (sslmode default "require"); bitnami postgresql tls.enabled default false`,
    check: (ctx) => {
      const mode = at(ctx, 'postgresql.sslMode');
      const effective = truthy(mode) ? mode : 'require';
      return at(ctx, 'postgresql.enabled') === true && at(ctx, 'postgresql.tls.enabled') !== true && ['require', 'verify-ca', 'verify-full'].includes(String(effective))
        ? [hit('postgresql.sslMode', `is ${show(effective)} while the in-cluster server has TLS off (postgresql.tls.enabled is ${show(at(ctx, 'postgresql.tls.enabled'))})`)]
        : [];
    },
  },
  {
    id: 'LP-MYSQL-TLS-VERIFY',
    severity: 'error',
    summary: 'The in-cluster MySQL with mysql.tls.enabled and verification on (tls=true): the server only has the self-signed certificate MySQL generates at first start, and the chart mounts no CA the proxy could trust, so every connection fails verification.',
    remedy: 'Turn mysql.tls off for the development database, or use an external MySQL with a certificate from a trusted CA (URL in secrets.databaseUrl).',
    source: `${CHART} templates/_helpers.tpl mysql.url (&tls=true), templates/mysql-statefulset.yaml (no certificate volume)`,
    check: (ctx) =>
      at(ctx, 'mysql.enabled') === true && at(ctx, 'mysql.tls.enabled') === true && at(ctx, 'mysql.tls.skipVerify') !== true
        ? [hit('mysql.tls.enabled', 'is true with verification on; the in-cluster server\'s self-signed certificate cannot be verified')]
        : [],
  },
  {
    id: 'LP-MYSQL-TLS-SKIP-VERIFY',
    severity: 'warning',
    summary: 'The in-cluster MySQL connection uses TLS with skipVerify (tls=skip-verify): traffic is encrypted but the server is not authenticated.',
    remedy: 'Acceptable for the development database only; use an external MySQL with a verified certificate (tls=true) in production.',
    source: `${S} MySQL (tls=skip-verify "not recommended"); ${CHART} templates/_helpers.tpl mysql.url`,
    check: (ctx) =>
      at(ctx, 'mysql.enabled') === true && at(ctx, 'mysql.tls.enabled') === true && at(ctx, 'mysql.tls.skipVerify') === true
        ? [hit('mysql.tls.skipVerify', 'is true; the proxy does not verify the MySQL server certificate')]
        : [],
  },
  {
    id: 'LP-ENV-DUPLICATE',
    severity: 'error',
    summary: 'env sets a variable the chart fills from Secrets or settings (MANAGEMENT_TOKEN, DATABASE_URL, ENCRYPTION_KEY, REDIS_*): the container gets it twice.',
    remedy: 'Use the typed secret props instead of env.',
    source: `${CHART} templates/deployment.yaml`,
    check: (ctx) =>
      Object.keys(map(given(ctx, 'env')))
        .filter((k) => ['MANAGEMENT_TOKEN', 'DATABASE_URL', 'ENCRYPTION_KEY', 'REDIS_ADDR', 'REDIS_DB', 'REDIS_PASSWORD', 'LLM_PROXY_API_KEY'].includes(k))
        .map((k) => hit(`env.${k}`, 'is also set by the chart')),
  },
  {
    id: 'LP-INGRESS-NO-HOSTS',
    severity: 'error',
    summary: 'ingress.enabled with an empty hosts list renders an Ingress without rules.',
    remedy: 'List at least one host.',
    source: `${CHART} templates/ingress.yaml`,
    check: (ctx) => (at(ctx, 'ingress.enabled') === true && Array.isArray(at(ctx, 'ingress.hosts')) && (at(ctx, 'ingress.hosts') as unknown[]).length === 0 ? [hit('ingress.hosts', 'is empty; the Ingress renders without rules')] : []),
  },
  {
    id: 'LP-SECRETS-CREATE-KEY',
    severity: 'error',
    summary: 'secrets.create is true while the management token or database URL comes from an existing Secret under a custom key: the chart then reads the key MANAGEMENT_TOKEN / DATABASE_URL from that Secret, which lacks it, and the pod fails with CreateContainerConfigError.',
    remedy: 'Set secrets.create: false when the values come from existing Secrets (typed props do), or name the key MANAGEMENT_TOKEN / DATABASE_URL in the Secret.',
    source: `${CHART} templates/_helpers.tpl managementTokenSecretKey, databaseUrlSecretKey (fixed keys whenever secrets.create)`,
    check: (ctx) => {
      if (at(ctx, 'secrets.create') !== true) return [];
      const inCluster = at(ctx, 'postgresql.enabled') === true || at(ctx, 'mysql.enabled') === true;
      return [['managementToken', 'MANAGEMENT_TOKEN', false], ['databaseUrl', 'DATABASE_URL', inCluster]]
        .filter(([name, fixed, unused]) => {
          const key = at(ctx, `secrets.${name}.existingSecret.key`);
          // With chart data the chart's own Secret (written under the fixed key) is read instead.
          return !unused && !truthy(at(ctx, `secrets.data.${name}`)) && truthy(at(ctx, `secrets.${name}.existingSecret.name`)) && truthy(key) && key !== fixed;
        })
        .map(([name, fixed]) => hit(`secrets.${name}.existingSecret.key`, `${show(at(ctx, `secrets.${name}.existingSecret.key`))} is replaced by ${fixed}; Secret ${show(at(ctx, `secrets.${name}.existingSecret.name`))} is read under ${fixed}`));
    },
  },
] as const satisfies readonly LlmProxyRule[];
