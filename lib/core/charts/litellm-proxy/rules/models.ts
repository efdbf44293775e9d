import { CHART, LiteLlmRule, S } from './common';
import { Hit } from '../../../findings';
import { isSet, show } from '../../../paths';
import { at, hit, list, map } from '../../rule-kit';

/** The model list LiteLLM loads: required fields, literal keys, numbers and keys the chart writes itself. */
export const modelRules = [
  {
    id: 'LL-MODEL-FIELDS',
    severity: 'error',
    summary: 'A model entry lacks modelName or litellmParams.model: LiteLLM rejects the config.',
    remedy: 'Give every entry modelName and litellmParams.model.',
    source: `${S} Models`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList')).flatMap((m, i) => {
        const hits: Hit[] = [];
        if (!isSet(map(m).modelName)) hits.push(hit(`litellm.modelList[${i}].modelName`, 'is missing; LiteLLM rejects the model entry'));
        if (!isSet(map(map(m).litellmParams).model)) hits.push(hit(`litellm.modelList[${i}].litellmParams.model`, 'is missing; LiteLLM rejects the model entry'));
        return hits;
      }),
  },
  {
    id: 'LL-MODELS-EMPTY',
    severity: 'warning',
    summary: 'litellm.modelList is empty: the proxy serves no model until models are added through the admin API.',
    remedy: 'List the models (typed: models).',
    source: `${S} Models`,
    check: (ctx) => (list(at(ctx, 'litellm.modelList')).length === 0 ? [hit('litellm.modelList', 'is empty, so the proxy serves no model')] : []),
  },
  {
    id: 'LL-API-KEY-LITERAL',
    severity: 'error',
    summary: 'A provider API key is written in plain text into the proxy ConfigMap.',
    remedy: 'Reference it as os.environ/NAME and load the Secret through extraEnvFrom (typed: params.apiKeySecret).',
    source: `${CHART} templates/configmap.yaml`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList'))
        .map((m, i) => [map(map(m).litellmParams).apiKey, i] as const)
        .filter(([key]) => typeof key === 'string' && key !== '' && !key.startsWith('os.environ/'))
        .map(([, i]) => hit(`litellm.modelList[${i}].litellmParams.apiKey`, 'is a literal key (value not shown)')),
  },
  {
    id: 'LL-NUMBER-EXPONENT',
    severity: 'error',
    summary: 'An rpm or tpm of 1,000,000 or more is printed as 1e+06, which LiteLLM reads as a string.',
    remedy: 'Write large limits as strings, e.g. tpm: "1000000" (typed props do).',
    source: `${CHART} templates/configmap.yaml ({{ . }} of a float64)`,
    check: (ctx) =>
      list(at(ctx, 'litellm.modelList')).flatMap((m, i) =>
        ['rpm', 'tpm']
          .filter((k) => typeof map(map(m).litellmParams)[k] === 'number' && (map(map(m).litellmParams)[k] as number) >= 1_000_000)
          .map((k) => hit(`litellm.modelList[${i}].litellmParams.${k}`, `${show(map(map(m).litellmParams)[k])} renders as ${(map(map(m).litellmParams)[k] as number).toExponential().replace(/e\+(\d)$/, 'e+0$1')}`)),
      ),
  },
  {
    id: 'LL-DUPLICATE-CONFIG-KEYS',
    severity: 'error',
    summary: 'A value repeats a key the chart writes itself (extraParams model/api_base/api_key/rpm/tpm, generalSettings master_key/database_url, podAnnotations checksum/config, podLabels selector labels): duplicate keys or a rejected Deployment.',
    remedy: 'Remove the duplicate; use the typed fields.',
    source: `${CHART} templates/configmap.yaml, deployment.yaml`,
    check: (ctx) => {
      const hits: Hit[] = [];
      list(at(ctx, 'litellm.modelList')).forEach((m, i) => {
        for (const k of Object.keys(map(map(map(m).litellmParams).extraParams))) {
          if (['model', 'api_base', 'api_key', 'rpm', 'tpm'].includes(k)) hits.push(hit(`litellm.modelList[${i}].litellmParams.extraParams.${k}`, 'is written by the chart too'));
        }
      });
      for (const k of ['master_key', 'database_url']) if (k in map(at(ctx, 'litellm.generalSettings'))) hits.push(hit(`litellm.generalSettings.${k}`, 'is written by the chart too'));
      if ('checksum/config' in map(at(ctx, 'podAnnotations'))) hits.push(hit('podAnnotations."checksum/config"', 'is written by the chart too'));
      for (const k of ['app.kubernetes.io/name', 'app.kubernetes.io/instance']) if (k in map(at(ctx, 'podLabels'))) hits.push(hit(`podLabels."${k}"`, 'is a selector label the chart sets'));
      return hits;
    },
  },
] as const satisfies readonly LiteLlmRule[];
