import { LITELLM_PROXY_VOCABULARY } from './litellm-proxy/vocabulary';
import { LLM_PROXY_VOCABULARY } from './llm-proxy/vocabulary';
import { MODEL_ENGINE_VOCABULARY } from './model-engine/vocabulary';
import { inPropsVocabulary, PropsVocabulary } from './props-vocabulary';
import { Finding } from '../findings';

/** Each chart's vocabulary table and the id of its owned-key finding. */
const CHARTS: Readonly<Record<string, { readonly vocabulary: PropsVocabulary; readonly ownedKey: string }>> = {
  'model-engine': { vocabulary: MODEL_ENGINE_VOCABULARY, ownedKey: 'ME-OWNED-KEY' },
  'llm-proxy': { vocabulary: LLM_PROXY_VOCABULARY, ownedKey: 'LP-OWNED-KEY' },
  'litellm-proxy': { vocabulary: LITELLM_PROXY_VOCABULARY, ownedKey: 'LL-OWNED-KEY' },
};

/**
 * A build from typed props, its findings' remedies in the typed props' vocabulary (see
 * `inPropsVocabulary`). A values check (`llm-platform check`) never comes through here, so its
 * remedies keep naming values keys.
 */
export function withTypedPropsRemedies<Build extends { readonly findings: readonly Finding[] }>(chart: string, build: Build): Build {
  const table = CHARTS[chart];
  return table ? { ...build, findings: inPropsVocabulary(build.findings, table.vocabulary, table.ownedKey) } : build;
}
