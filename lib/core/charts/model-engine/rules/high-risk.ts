import { C, CHART, INFRA, ModelEngineRule, SERVICE, V } from './common';
import { MODEL_ENGINE_IMAGES, SCALE_PUBLIC_REGISTRY } from '../../../images';
import { isSet, show } from '../../../paths';
import { at, hit, str } from '../../rule-kit';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The values the values reference rates high-risk: migrations, Prometheus, image sources. */
export const highRiskRules = [
  {
    id: 'ME-DB-MIGRATION',
    severity: 'error',
    summary: 'db.runDbMigrationScript is not true: the schema is never created and model creation fails with missing-table errors.',
    remedy: 'Set db.runDbMigrationScript: true (and keep it true so upgrades migrate).',
    source: `${V}High-Risk Values; ${V}8 › Database Initialization`,
    check: (ctx) => {
      const value = at(ctx, 'db.runDbMigrationScript');
      return value === true ? [] : [hit('db.runDbMigrationScript', `is ${show(value)}; the migration hook job does not run and a new database has no schema`)];
    },
  },
  {
    id: 'ME-KEDA-PROMETHEUS',
    severity: 'warning',
    summary: 'No Prometheus address (unset or null): sync endpoints cannot scale from zero, and the service refuses min_workers=0 for them (the seed rates this an error for a silent hang; the code fails loudly instead).',
    remedy: 'Set config.values.infra.prometheus_server_address (typed: autoscaling.scaleFromZero), or acknowledge when no sync endpoint scales from zero.',
    source: `${V}High-Risk Values; ${V}4 › KEDA; ${SERVICE} dependencies.py (prometheus_server_address is not None), validate_deployment_resources`,
    check: (ctx) => {
      const value = at(ctx, `${INFRA}.prometheus_server_address`);
      return value === undefined || value === null
        ? [hit(`${INFRA}.prometheus_server_address`, `is ${value === null ? 'null (loaded as None)' : 'unset'}; creating a sync endpoint with min_workers=0 fails with "Requested min workers 0 too low"`)]
        : [];
    },
  },
  {
    id: 'ME-KEDA-PROMETHEUS-URL',
    severity: 'error',
    summary: 'The Prometheus address is not an http(s) URL KEDA can query.',
    remedy: 'Use a URL such as http://prometheus-server.monitoring.svc.cluster.local:80.',
    source: `${V}4 › KEDA`,
    check: (ctx) => {
      const value = at(ctx, `${INFRA}.prometheus_server_address`);
      return typeof value === 'string' && !isHttpUrl(value)
        ? [hit(`${INFRA}.prometheus_server_address`, `${show(value)} is not an http:// or https:// URL`)]
        : [];
    },
  },
  {
    id: 'ME-IMAGES-NOT-MIRRORED',
    severity: 'error',
    summary: "Images are pulled from Scale's public registry (public.ecr.aws/b2z8n5q1): endpoints stay INITIALIZING.",
    remedy: 'Mirror the images (llm-platform mirror-plan) and point every repository and docker_repo_prefix at your registry.',
    source: `${C}Section 4: Image Mirroring Requirements`,
    check: (ctx) => {
      const paths = ['image.gatewayRepository', 'image.builderRepository', 'image.cacherRepository', 'image.forwarderRepository', `${INFRA}.docker_repo_prefix`];
      return paths
        .filter((path) => (str(at(ctx, path)) ?? '').startsWith(SCALE_PUBLIC_REGISTRY))
        .map((path) => hit(path, `${show(at(ctx, path))} is Scale's public registry, not a mirror you control`));
    },
  },
  {
    id: 'ME-REPOSITORY-FULL-PATH',
    severity: 'error',
    summary: 'An inference *_repository is a full image path: the service looks it up by name under docker_repo_prefix, so endpoint creation fails (seed 000/002 say full paths; the code disagrees).',
    remedy: 'Give the repository name relative to docker_repo_prefix (e.g. vllm) and mirror the image there.',
    source: `${V}8 › LLM Inference Image Repositories; ${SERVICE} docker repositories (is_repo_name, image_exists)`,
    check: (ctx) => {
      const onPremRegistry = at(ctx, `${INFRA}.docker_registry_type`) === 'onprem';
      return MODEL_ENGINE_IMAGES.filter((image) => image.form === 'relative')
        .filter((image) => {
          const value = str(at(ctx, image.valuesPath));
          if (value === undefined || /^[a-z0-9\-_/]*$/.test(value)) return false;
          // The on-prem client skips the existence check, but batch jobs and builds always prefix.
          const alwaysPrefixed = ['batchInferenceVllm', 'userInferenceBase', 'userInferencePytorch', 'userInferenceTensorflow', 'dockerImageLayerCache'];
          return !onPremRegistry || alwaysPrefixed.includes(image.id);
        })
        .map((image) =>
          hit(image.valuesPath, `${show(at(ctx, image.valuesPath))} is a full path; the service joins it to docker_repo_prefix or looks it up by name, and the lookup fails`),
        );
    },
  },
  {
    id: 'ME-IMAGE-REGISTRY-MISMATCH',
    severity: 'warning',
    summary: 'Control-plane images come from a different registry than docker_repo_prefix (inference images): two mirrors to keep in step.',
    remedy: 'Mirror every image to one registry and point image.* at it.',
    source: `${C}Section 4 › Step 4: Update helm values`,
    check: (ctx) => {
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`));
      if (!prefix) return [];
      return ['image.gatewayRepository', 'image.builderRepository', 'image.forwarderRepository']
        .filter((path) => {
          const value = str(at(ctx, path));
          return value !== undefined && !value.startsWith(`${prefix}/`) && !value.startsWith(SCALE_PUBLIC_REGISTRY);
        })
        .map((path) => hit(path, `${show(at(ctx, path))} is not under docker_repo_prefix ${show(prefix)}`));
    },
  },
  {
    id: 'ME-CACHER-REPOSITORY-UNUSED',
    severity: 'warning',
    summary: 'image.cacherRepository differs from image.gatewayRepository, but the chart runs the gateway image for the cacher.',
    remedy: 'Set image.cacherRepository to the gateway repository (the chart ignores it).',
    source: `${CHART} templates/cacher_deployment.yaml`,
    check: (ctx) => {
      const cacher = at(ctx, 'image.cacherRepository');
      const gateway = at(ctx, 'image.gatewayRepository');
      return isSet(cacher) && cacher !== gateway ? [hit('image.cacherRepository', `${show(cacher)} is never used; the cacher runs ${show(gateway)}`)] : [];
    },
  },
] as const satisfies readonly ModelEngineRule[];

