import { CHART, driver, externalUrl, LlmProxyRule, S } from './common';
import { isSet, show } from '../../../paths';
import { ValuesContext } from '../../definition';
import { at, hit } from '../../rule-kit';

/**
 * The database: the same six rules for PostgreSQL and MySQL, each written once for a driver and
 * listed with its id spelled out.
 */
type Driver = 'postgres' | 'mysql';

/** The values block of the in-cluster database of a driver. */
const blockOf = (kind: Driver) => (kind === 'postgres' ? 'postgresql' : 'mysql');
const sectionOf = (kind: Driver) => (kind === 'postgres' ? `${S} PostgreSQL` : `${S} MySQL`);
const inCluster = (ctx: ValuesContext, kind: Driver) => at(ctx, `${blockOf(kind)}.enabled`) === true;

function bothDatabases<const Id extends string>(kind: Driver, id: Id) {
  const block = blockOf(kind);
  return {
    id,
    severity: 'error',
    summary: `DB_DRIVER ${kind} with both the in-cluster ${block} and an external DATABASE_URL: the chart refuses to choose.`,
    remedy: 'Keep one: the external URL Secret (production) or the in-cluster database (development).',
    source: `${sectionOf(kind)}; ${CHART} validate${kind === 'postgres' ? 'Postgres' : 'Mysql'}Config`,
    check: (ctx) => (driver(ctx) === kind && inCluster(ctx, kind) && externalUrl(ctx) ? [hit(`${block}.enabled`, 'is true while secrets.databaseUrl is also set')] : []),
  } as const satisfies LlmProxyRule;
}

function noDatabase<const Id extends string>(kind: Driver, id: Id) {
  return {
    id,
    severity: 'error',
    summary: `DB_DRIVER ${kind} with neither the in-cluster ${blockOf(kind)} nor an external DATABASE_URL.`,
    remedy: 'Set secrets.databaseUrl.existingSecret.name or enable the in-cluster database.',
    source: sectionOf(kind),
    check: (ctx) => (driver(ctx) === kind && !inCluster(ctx, kind) && !externalUrl(ctx) ? [hit('secrets.databaseUrl.existingSecret.name', `is empty with DB_DRIVER ${kind}`)] : []),
  } as const satisfies LlmProxyRule;
}

function driverMismatch<const Id extends string>(kind: Driver, id: Id) {
  const block = blockOf(kind);
  return {
    id,
    severity: 'error',
    summary: `The in-cluster ${block} is enabled but DB_DRIVER is not ${kind}.`,
    remedy: `Set env.DB_DRIVER: ${kind}.`,
    source: sectionOf(kind),
    check: (ctx) => (inCluster(ctx, kind) && driver(ctx) !== kind ? [hit('env.DB_DRIVER', `is ${show(driver(ctx))} with ${block}.enabled`)] : []),
  } as const satisfies LlmProxyRule;
}

function noPassword<const Id extends string>(kind: Driver, id: Id) {
  const block = blockOf(kind);
  return {
    id,
    severity: 'error',
    summary: `The in-cluster ${block} has no password source (auth.existingSecret or auth passwords).`,
    remedy: `Set ${block}.auth.existingSecret (typed: database.inCluster.passwordsSecret).`,
    source: sectionOf(kind),
    check: (ctx) => {
      if (!inCluster(ctx, kind)) return [];
      const secret = isSet(at(ctx, `${block}.auth.existingSecret`));
      const literal = kind === 'postgres' ? isSet(at(ctx, 'postgresql.auth.password')) : isSet(at(ctx, 'mysql.auth.rootPassword')) && isSet(at(ctx, 'mysql.auth.password'));
      return secret || literal ? [] : [hit(`${block}.auth.existingSecret`, 'is empty and no password is set')];
    },
  } as const satisfies LlmProxyRule;
}

function inClusterDatabase<const Id extends string>(kind: Driver, id: Id) {
  const block = blockOf(kind);
  return {
    id,
    severity: 'warning',
    summary: `The in-cluster ${block} is a single instance for development and testing, not production or HA${kind === 'mysql' ? ' (its pods also match the proxy selector, so the HPA counts them)' : ''}.`,
    remedy: 'Use an external managed database for production.',
    source: sectionOf(kind),
    check: (ctx) => (inCluster(ctx, kind) ? [hit(`${block}.enabled`, 'runs a single-instance database inside the release')] : []),
  } as const satisfies LlmProxyRule;
}

function imageSupport<const Id extends string>(kind: Driver, id: Id) {
  return {
    id,
    severity: 'warning',
    summary: `DB_DRIVER ${kind} needs an image built with ${kind === 'postgres' ? 'POSTGRES_SUPPORT' : 'MYSQL_SUPPORT'}=true.`,
    remedy: 'Confirm the image tag includes the driver; acknowledge once checked.',
    source: sectionOf(kind),
    check: (ctx) => (driver(ctx) === kind ? [hit('image.tag', `${show(at(ctx, 'image.tag'))} must be built with ${kind} support`)] : []),
  } as const satisfies LlmProxyRule;
}

/** The database: driver, in-cluster or external, passwords and image support, per driver. */
export const databaseRules = [
  bothDatabases('postgres', 'LP-POSTGRES-BOTH'),
  noDatabase('postgres', 'LP-POSTGRES-NO-DB'),
  driverMismatch('postgres', 'LP-POSTGRES-DRIVER'),
  noPassword('postgres', 'LP-POSTGRES-PASSWORD'),
  inClusterDatabase('postgres', 'LP-POSTGRES-IN-CLUSTER'),
  imageSupport('postgres', 'LP-POSTGRES-IMAGE-SUPPORT'),
  bothDatabases('mysql', 'LP-MYSQL-BOTH'),
  noDatabase('mysql', 'LP-MYSQL-NO-DB'),
  driverMismatch('mysql', 'LP-MYSQL-DRIVER'),
  noPassword('mysql', 'LP-MYSQL-PASSWORD'),
  inClusterDatabase('mysql', 'LP-MYSQL-IN-CLUSTER'),
  imageSupport('mysql', 'LP-MYSQL-IMAGE-SUPPORT'),
] as const;
