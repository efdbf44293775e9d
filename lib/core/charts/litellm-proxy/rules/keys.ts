import { CHART, LiteLlmRule, S } from './common';
import { isSet, show } from '../../../paths';
import { at, given, hit } from '../../rule-kit';

/**
 * The master and salt keys: the same four rules for each, written once for a key and listed with
 * their ids spelled out.
 */
type Key = 'masterKey' | 'saltKey';

/** The key the chart's own Secret stores the value under. */
const fixedKeyOf = (k: Key) => (k === 'masterKey' ? 'master-key' : 'salt-key');
const sectionOf = (k: Key) => `${S} ${k === 'masterKey' ? 'Master key' : 'Salt key'}`;

function regeneratedKey<const Id extends string>(k: Key, id: Id) {
  const what = k === 'masterKey' ? 'every client and admin key derived from the master key stops working' : 'credentials stored encrypted in the database can no longer be decrypted';
  return {
    id,
    severity: 'error',
    summary: `${k}.create with an empty value and no existingSecret: the chart renders a new random key on every install and upgrade, so ${what}.`,
    remedy: `Create the Secret once and set ${k}.existingSecret with ${k}.create: false (typed: ${k}).`,
    source: `${sectionOf(k)}; ${CHART} templates/secret.yaml (randAlphaNum)`,
    check: (ctx) =>
      at(ctx, `${k}.create`) !== false && !isSet(at(ctx, `${k}.value`)) && !isSet(at(ctx, `${k}.existingSecret`))
        ? [hit(`${k}.value`, 'is empty, so each render generates a different key')]
        : [],
  } as const satisfies LiteLlmRule;
}

function missingKey<const Id extends string>(k: Key, id: Id) {
  return {
    id,
    severity: 'error',
    summary: `${k}.create is false with no existingSecret (a value is then unused): the pod reads the Secret <fullname>-${k === 'masterKey' ? 'master' : 'salt'}-key, which nothing creates, and never starts.`,
    remedy: `Set ${k}.existingSecret to a Secret you created once (typed: ${k}).`,
    source: `${sectionOf(k)}; ${CHART} templates/deployment.yaml`,
    check: (ctx) =>
      at(ctx, `${k}.create`) === false && !isSet(at(ctx, `${k}.existingSecret`))
        ? [hit(`${k}.existingSecret`, 'is empty while create is false (CreateContainerConfigError)')]
        : [],
  } as const satisfies LiteLlmRule;
}

function secretKeyName<const Id extends string>(k: Key, id: Id) {
  const fixed = fixedKeyOf(k);
  return {
    id,
    severity: 'error',
    summary: `${k}.existingSecretKey names a key the Secret lacks: the chart's own Secret <fullname>-${fixed} holds only the key ${fixed}, and an empty key is rejected by the API server (CreateContainerConfigError).`,
    remedy: `Keep ${k}.existingSecretKey: ${fixed} for the chart's Secret, or point ${k}.existingSecret at a Secret holding that key (typed: ${k}).`,
    source: `${CHART} templates/secret.yaml (${fixed}), templates/deployment.yaml (secretKeyRef key ${k}.existingSecretKey)`,
    check: (ctx) => {
      const key = at(ctx, `${k}.existingSecretKey`);
      if (!isSet(key)) return [hit(`${k}.existingSecretKey`, `is ${show(key)}; the secretKeyRef needs a key`)];
      return !isSet(at(ctx, `${k}.existingSecret`)) && at(ctx, `${k}.create`) !== false && key !== fixed
        ? [hit(`${k}.existingSecretKey`, `is ${show(key)} but the chart's Secret stores the key under ${fixed}`)]
        : [];
    },
  } as const satisfies LiteLlmRule;
}

function literalKey<const Id extends string>(k: Key, id: Id) {
  return {
    id,
    severity: 'warning',
    summary: `${k}.value holds the key as a literal: it lands in the release history and values files.`,
    remedy: `Use ${k}.existingSecret.`,
    source: sectionOf(k),
    check: (ctx) => (isSet(given(ctx, `${k}.value`)) ? [hit(`${k}.value`, 'is a literal key (value not shown)')] : []),
  } as const satisfies LiteLlmRule;
}

/** The master and salt keys: generated, missing, under the wrong Secret key, or written as literals. */
export const keyRules = [
  regeneratedKey('masterKey', 'LL-MASTER-KEY-REGENERATED'),
  missingKey('masterKey', 'LL-MASTER-KEY-MISSING'),
  secretKeyName('masterKey', 'LL-MASTER-KEY-SECRET-KEY'),
  literalKey('masterKey', 'LL-MASTER-KEY-LITERAL'),
  regeneratedKey('saltKey', 'LL-SALT-KEY-REGENERATED'),
  missingKey('saltKey', 'LL-SALT-KEY-MISSING'),
  secretKeyName('saltKey', 'LL-SALT-KEY-SECRET-KEY'),
  literalKey('saltKey', 'LL-SALT-KEY-LITERAL'),
] as const;
