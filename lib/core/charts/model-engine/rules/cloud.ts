import { MODEL_ENGINE_CHART_COMMIT } from '../chart';
import { C, CHART, INFRA, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { Hit } from '../../../findings';
import { isRecord, isSet, joinPath, show } from '../../../paths';
import { at, hit, list, map, str } from '../../rule-kit';

/** Per cloud: provider blocks, identities and service accounts, registries and storage URIs. */
export const cloudRules = [
  {
    id: 'ME-CLOUD-PROVIDER-MISMATCH',
    severity: 'error',
    summary: 'cloud_provider does not match the cloud in use (declared, azure block, ACR or Artifact Registry prefix): the wrong storage, auth and queue clients load.',
    remedy: 'Set config.values.infra.cloud_provider to the cloud in use.',
    source: `${V}High-Risk Values`,
    check: (ctx) => {
      const declared = at(ctx, `${INFRA}.cloud_provider`);
      if (typeof declared !== 'string') return [];
      const path = `${INFRA}.cloud_provider`;
      if (ctx.cloud && declared !== ctx.cloud) return [hit(path, `is ${show(declared)} but the deployment is on ${ctx.cloud}`)];
      const azureBlock = Object.values(map(at(ctx, 'azure'))).some(isSet);
      if (azureBlock && declared !== 'azure') return [hit(path, `is ${show(declared)} while the azure block is set (the chart then wires Azure identities and Service Bus)`)];
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`)) ?? '';
      if (prefix.includes('.azurecr.') && declared !== 'azure') return [hit(path, `is ${show(declared)} with an Azure Container Registry prefix`)];
      if (prefix.includes('-docker.pkg.dev') && declared !== 'gcp') return [hit(path, `is ${show(declared)} with an Artifact Registry prefix`)];
      return [];
    },
  },
  {
    id: 'ME-AWS-BLOCK',
    severity: 'error',
    summary: 'The aws block does not fit the cloud: missing on AWS (no AWS_PROFILE, no config mount), or present elsewhere (AWS profile and config forced on).',
    remedy: 'On AWS set aws.configMap (name, create, mountPath, namespaces) and aws.profileName; elsewhere set aws: null.',
    source: `${V}8 › AWS ConfigMap; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      const aws = at(ctx, 'aws');
      if (ctx.cloud === 'aws' && !isRecord(aws)) return [hit('aws', 'is not set on AWS; pods get no AWS_PROFILE and no AWS config')];
      if (ctx.cloud && ctx.cloud !== 'aws' && isRecord(aws)) return [hit('aws', `is set on ${ctx.cloud}; the chart then sets AWS_PROFILE and mounts an AWS config`)];
      return [];
    },
  },
  {
    id: 'ME-AWS-CONFIGMAP',
    severity: 'error',
    summary: 'The AWS config ConfigMap is mounted but unusable: no mountPath (invalid volumeMount, as in the chart sample) or no namespaces to create it in (pods never start).',
    remedy: 'Set aws.configMap.mountPath (/opt/.aws/config) and aws.configMap.namespaces (release and endpoint namespaces).',
    source: `${CHART} templates/aws_config_map.yaml, _helpers.tpl volumeMounts`,
    check: (ctx) => {
      if (!isRecord(at(ctx, 'aws'))) return [];
      const hits: Hit[] = [];
      const mountPath = at(ctx, 'aws.configMap.mountPath');
      if (!isSet(mountPath)) hits.push(hit('aws.configMap.mountPath', 'is not set; the config volumeMount renders with a null mountPath'));
      else if (mountPath !== '/opt/.aws/config') hits.push(hit('aws.configMap.mountPath', `${show(mountPath)} differs from AWS_CONFIG_FILE=/opt/.aws/config, which the chart hard-codes`));
      if (at(ctx, 'aws.configMap.create') === true && list(at(ctx, 'aws.configMap.namespaces')).length === 0) {
        hits.push(hit('aws.configMap.namespaces', 'is empty; create: true creates nothing and every pod waits for the missing ConfigMap'));
      }
      if (!isSet(at(ctx, 'aws.configMap.name'))) hits.push(hit('aws.configMap.name', 'is not set; the config volume references no ConfigMap'));
      return hits;
    },
  },
  {
    id: 'ME-IRSA-ANNOTATIONS',
    severity: 'error',
    summary: 'AWS without an IRSA role on a ServiceAccount that needs one (control plane, kaniko image builder, inference).',
    remedy: 'Annotate each with eks.amazonaws.com/role-arn (typed: cloud.roles).',
    source: `${C}Section 2 › AWS › Service Account (IRSA)`,
    check: (ctx) => {
      if (ctx.cloud !== 'aws') return [];
      const key = 'eks.amazonaws.com/role-arn';
      const needs: [string, boolean][] = [
        ['serviceAccount.annotations', true],
        ['imageBuilderServiceAccount.annotations', at(ctx, 'imageBuilderServiceAccount.create') === true],
        ['serviceTemplate.serviceAccountAnnotations', at(ctx, 'serviceTemplate.createServiceAccount') === true],
      ];
      return needs
        .filter(([path, needed]) => needed && !isSet(map(at(ctx, path))[key]))
        .map(([path]) => hit(joinPath(path, key), 'is not set; pods using this account get no AWS credentials'));
    },
  },
  {
    id: 'ME-IRSA-ARN-FORMAT',
    severity: 'error',
    summary: 'An eks.amazonaws.com/role-arn annotation is not an IAM role ARN.',
    remedy: 'Use arn:aws:iam::<12-digit account>:role/<name>.',
    source: `${C}Section 2 › AWS › Service Account (IRSA)`,
    check: (ctx) =>
      ['serviceAccount.annotations', 'imageBuilderServiceAccount.annotations', 'serviceTemplate.serviceAccountAnnotations']
        .map((path) => [path, map(at(ctx, path))['eks.amazonaws.com/role-arn']] as const)
        .filter(([, arn]) => arn !== undefined && arn !== null && !/^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(String(arn)))
        .map(([path, arn]) => hit(`${path}."eks.amazonaws.com/role-arn"`, `${show(arn)} is not an IAM role ARN`)),
  },
  {
    id: 'ME-SA-HOOK',
    severity: 'error',
    summary: 'The control-plane ServiceAccount is not a pre-install hook, so the pre-install migration Job that runs as it cannot start on first install.',
    remedy: 'Add helm.sh/hook: pre-install,pre-upgrade and helm.sh/hook-weight: "-2" to serviceAccount.annotations.',
    source: `${CHART} templates/database_migration_job.yaml (hook weight -1)`,
    check: (ctx) => {
      if (at(ctx, 'db.runDbMigrationScript') !== true) return [];
      const hook = str(map(at(ctx, 'serviceAccount.annotations'))['helm.sh/hook']) ?? '';
      return hook.includes('pre-install') ? [] : [hit('serviceAccount.annotations."helm.sh/hook"', `is ${show(hook || undefined)}; the account is created after the migration Job needs it`)];
    },
  },
  {
    id: 'ME-SA-NAME-COLLISION',
    severity: 'error',
    summary: 'The control-plane and inference ServiceAccounts land in one namespace under one name: one identity silently replaces the other.',
    remedy: 'Keep the endpoint namespace out of serviceAccount.namespaces (and different from the release namespace), or rename serviceTemplate.serviceAccountName.',
    source: `${CHART} templates/service_account.yaml, service_account_inference.yaml`,
    check: (ctx) => {
      const endpointNs = at(ctx, `${LAUNCH}.endpoint_namespace`);
      const inferenceName = at(ctx, 'serviceTemplate.serviceAccountName');
      const controlName = str(at(ctx, 'fullnameOverride')) ?? 'model-engine';
      if (inferenceName !== controlName || at(ctx, 'serviceTemplate.createServiceAccount') !== true) return [];
      const controlNamespaces = [...list(at(ctx, 'serviceAccount.namespaces')), ctx.facts.namespace];
      return controlNamespaces.includes(endpointNs)
        ? [hit('serviceAccount.namespaces', `creates the control-plane account ${show(controlName)} in endpoint namespace ${show(endpointNs)}, where the inference account has the same name`)]
        : [];
    },
  },
  {
    id: 'ME-INFERENCE-SA-MISSING',
    severity: 'error',
    summary: 'serviceTemplate.createServiceAccount is true but serviceAccountAnnotations is empty: the chart creates no account and inference pods reference a missing one.',
    remedy: 'Give serviceTemplate.serviceAccountAnnotations at least one annotation (the typed profiles add the hook annotations).',
    source: `${CHART} templates/service_account_inference.yaml`,
    check: (ctx) =>
      at(ctx, 'serviceTemplate.createServiceAccount') === true && Object.keys(map(at(ctx, 'serviceTemplate.serviceAccountAnnotations'))).length === 0
        ? [hit('serviceTemplate.serviceAccountAnnotations', 'is empty, so the inference ServiceAccount is not rendered')]
        : [],
  },
  {
    id: 'ME-IDENTITY-ANNOTATION-DUPLICATE',
    severity: 'error',
    summary: 'An identity annotation the chart adds itself is also set by hand: the ServiceAccount renders with a duplicate key.',
    remedy: 'Remove azure.workload.identity/client-id / iam.gke.io/gcp-service-account from serviceAccount.annotations.',
    source: `${CHART} templates/service_account.yaml`,
    check: (ctx) => {
      const annotations = map(at(ctx, 'serviceAccount.annotations'));
      const hits: Hit[] = [];
      if (isRecord(at(ctx, 'azure')) && 'azure.workload.identity/client-id' in annotations) {
        hits.push(hit('serviceAccount.annotations."azure.workload.identity/client-id"', 'is added by the chart from azure.client_id too'));
      }
      if (isSet(at(ctx, 'gcp.iam_service_account')) && 'iam.gke.io/gcp-service-account' in annotations) {
        hits.push(hit('serviceAccount.annotations."iam.gke.io/gcp-service-account"', 'is added by the chart from gcp.iam_service_account too'));
      }
      return hits;
    },
  },
  {
    id: 'ME-AZURE-BLOCK',
    severity: 'error',
    summary: 'Azure without the complete azure block (client_id, object_id, identity_name, keyvault_name, abs_account_name, abs_container_name, servicebus_namespace).',
    remedy: 'Set every azure.* key (typed: the Azure cloud profile); seed 000 never mentions the block.',
    source: `${C}Section 2 › Azure; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      const keys = ['client_id', 'object_id', 'identity_name', 'keyvault_name', 'abs_account_name', 'abs_container_name', 'servicebus_namespace'];
      return keys.filter((k) => !isSet(at(ctx, `azure.${k}`))).map((k) => hit(`azure.${k}`, 'is not set; the service builds URLs and credentials from it'));
    },
  },
  {
    id: 'ME-AZURE-KEYVAULT',
    severity: 'warning',
    summary: 'keyvaultName (as seed 000 instructs) is never read by the chart; only azure.keyvault_name sets KEYVAULT_NAME.',
    remedy: 'Set azure.keyvault_name to the same value.',
    source: `${V}2 › Azure; ${CHART} templates/_helpers.tpl`,
    check: (ctx) => {
      const seedKey = at(ctx, 'keyvaultName');
      return ctx.cloud === 'azure' && isSet(seedKey) && at(ctx, 'azure.keyvault_name') !== seedKey
        ? [hit('keyvaultName', `${show(seedKey)} has no effect; azure.keyvault_name is ${show(at(ctx, 'azure.keyvault_name'))}`)]
        : [];
    },
  },
  {
    id: 'ME-AZURE-FORMAT',
    severity: 'error',
    summary: 'An Azure name has the wrong form: the Service Bus namespace must be the bare name, the cache host must carry its port.',
    remedy: 'servicebus_namespace: the part before .servicebus.windows.net; cache_redis_azure_host: <name>.redis.cache.windows.net:6380.',
    source: `${C}Section 2 › Azure › Broker / Redis`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      const hits: Hit[] = [];
      const ns = str(at(ctx, 'azure.servicebus_namespace'));
      if (ns && /[./:]/.test(ns)) hits.push(hit('azure.servicebus_namespace', `${show(ns)} is not a bare namespace name`));
      const host = str(at(ctx, `${LAUNCH}.cache_redis_azure_host`));
      if (host && !/^[^:/]+:\d+(\/\d+)?$/.test(host)) hits.push(hit(`${LAUNCH}.cache_redis_azure_host`, `${show(host)} is not host:port`));
      return hits;
    },
  },
  {
    id: 'ME-AZURE-PARTIAL',
    severity: 'warning',
    summary: 'Azure is tested in production at partial scale only; the Service Bus 300 s idle drop needs an image with commit 9deb59f1 (azure-servicebus >= 7.14.3).',
    remedy: 'Confirm the tag includes 9deb59f1 and watch for amqp:connection:forced; acknowledge once confirmed.',
    source: `${C}Section 3 › Azure Service Bus — Idle Connection Drop; Section 5 › Azure (the seed's errors for images before 9deb59f1 need the tag's git history, which values do not carry; the pinned chart commit includes 9deb59f1)`,
    check: (ctx) => {
      if (ctx.cloud !== 'azure') return [];
      // The pinned chart commit contains 9deb59f1; any other tag has to be checked by hand.
      const tag = at(ctx, 'tag');
      const keepAlive = tag === MODEL_ENGINE_CHART_COMMIT ? '' : `; confirm image tag ${show(tag)} includes commit 9deb59f1 (Service Bus keep-alives)`;
      return [hit(`${INFRA}.cloud_provider`, `is "azure", which upstream runs in production at partial scale only${keepAlive}`)];
    },
  },
  {
    id: 'ME-AZURE-KEEPALIVE',
    severity: 'warning',
    summary: 'SERVICEBUS_KEEP_ALIVE_INTERVAL is at or above the 300 s Service Bus idle timeout, or not a positive integer.',
    remedy: 'Leave it unset (30) or keep it well below 300.',
    source: `${C}Section 3 › Azure Service Bus — Idle Connection Drop`,
    check: (ctx) =>
      list(at(ctx, 'extraEnvVars'))
        .map((env, i) => [env, i] as const)
        .filter(([env]) => isRecord(env) && env.name === 'SERVICEBUS_KEEP_ALIVE_INTERVAL' && env.value !== undefined)
        .filter(([env]) => {
          const n = Number((env as Record<string, unknown>).value);
          return !Number.isInteger(n) || n <= 0 || n >= 300;
        })
        .map(([env, i]) => hit(`extraEnvVars[${i}].value`, `${show((env as Record<string, unknown>).value)} does not keep AMQP connections alive`)),
  },
  {
    id: 'ME-GCP-PROJECT',
    severity: 'error',
    summary: 'GCP without a project id (gcp.project_id or infra.gcp_project_id): the gateway raises on every request.',
    remedy: 'Set gcp.project_id (typed: the GCP cloud profile).',
    source: `${SERVICE} get_gcp_project_id; ${CHART} templates/_helpers.tpl`,
    check: (ctx) =>
      ctx.cloud === 'gcp' && !isSet(at(ctx, 'gcp.project_id')) && !isSet(at(ctx, `${INFRA}.gcp_project_id`))
        ? [hit('gcp.project_id', 'is empty and config.values.infra.gcp_project_id is unset')]
        : [],
  },
  {
    id: 'ME-UNTESTED-CLOUD',
    severity: 'warning',
    summary: 'GCP and on-prem are not tested end to end upstream; GCP async endpoints look unsupported (the builder creates SQS queues).',
    remedy: 'Smoke-test before production; acknowledge once accepted.',
    source: `${C}Section 1: Support Status; Section 5: Known Gaps`,
    check: (ctx) =>
      ctx.cloud === 'gcp' || ctx.cloud === 'onprem' ? [hit(`${INFRA}.cloud_provider`, `${ctx.cloud} is implemented in code but not validated in a real deployment`)] : [],
  },
  {
    id: 'ME-REGISTRY-PREFIX',
    severity: 'error',
    summary: 'docker_repo_prefix does not have the form its registry client parses (GAR: <loc>-docker.pkg.dev/<project>/<repo>; ACR: bare login server; no scheme).',
    remedy: 'Fix the prefix (typed: Registries.gar/acr/ecr/custom build it).',
    source: `${C}Section 2 › GCP › Image Registry (GAR); ${SERVICE} docker repositories`,
    check: (ctx) => {
      const prefix = str(at(ctx, `${INFRA}.docker_repo_prefix`));
      if (prefix === undefined) return [];
      const path = `${INFRA}.docker_repo_prefix`;
      const type = at(ctx, `${INFRA}.docker_registry_type`);
      if (/^[a-z]+:\/\//i.test(prefix) || prefix.endsWith('/')) return [hit(path, `${show(prefix)} must be host[/path] without scheme or trailing slash`)];
      const gar = type === 'gar' || ctx.cloud === 'gcp' || prefix.includes('-docker.pkg.dev');
      if (gar && !/^[a-z0-9-]+-docker\.pkg\.dev\/[^/]+\/[^/]+$/.test(prefix)) {
        return [hit(path, `${show(prefix)} is not <location>-docker.pkg.dev/<project>/<repository> (gcr.io is not Artifact Registry)`)];
      }
      if (prefix.includes('.azurecr.') && prefix.includes('/')) return [hit(path, `${show(prefix)} has a path; the ACR client uses it as https://<prefix>`)];
      return [];
    },
  },
  {
    id: 'ME-ECR-ACCOUNT-MISMATCH',
    severity: 'error',
    summary: 'An ECR docker_repo_prefix names another account or region than ml_account_id / default_region, which the ECR client queries.',
    remedy: 'Make ml_account_id and default_region match the ECR registry.',
    source: `${C}Section 2 › AWS › Image Registry (ECR); ${SERVICE} core/docker/ecr.py`,
    check: (ctx) => {
      const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com/.exec(str(at(ctx, `${INFRA}.docker_repo_prefix`)) ?? '');
      if (!match) return [];
      const hits: Hit[] = [];
      const account = at(ctx, `${INFRA}.ml_account_id`);
      const region = at(ctx, `${INFRA}.default_region`);
      if (account !== undefined && String(account) !== match[1]) hits.push(hit(`${INFRA}.ml_account_id`, `${show(account)} but the registry is in account ${match[1]}`));
      if (region !== undefined && region !== match[2]) hits.push(hit(`${INFRA}.default_region`, `${show(region)} but the registry is in ${match[2]}`));
      return hits;
    },
  },
  {
    id: 'ME-ONPREM-REGISTRY-TYPE',
    severity: 'error',
    summary: 'On-prem without docker_registry_type: onprem: the generic client probes the registry over HTTPS anonymously and endpoint creation returns 404.',
    remedy: 'Set config.values.infra.docker_registry_type: onprem.',
    source: `${SERVICE} infer_registry_type (never infers onprem)`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && at(ctx, `${INFRA}.docker_registry_type`) !== 'onprem'
        ? [hit(`${INFRA}.docker_registry_type`, `is ${show(at(ctx, `${INFRA}.docker_registry_type`))}; an on-prem registry is treated as generic`)]
        : [],
  },
  {
    id: 'ME-ONPREM-S3-ENDPOINT',
    severity: 'error',
    summary: 'On-prem without s3EndpointUrl: S3 calls go to AWS instead of MinIO.',
    remedy: 'Set s3EndpointUrl (typed: cloud.objectStorage.endpointUrl).',
    source: `${C}Section 2 › On-prem › Object Storage`,
    check: (ctx) =>
      ctx.cloud === 'onprem' && !isSet(at(ctx, 's3EndpointUrl')) ? [hit('s3EndpointUrl', 'is not set on-prem')] : [],
  },
  {
    id: 'ME-STORAGE-URI',
    severity: 'error',
    summary: 'A storage URI has the wrong scheme for the cloud (s3:// on AWS and on-prem, gs:// on GCP; Azure weights as https://<account>.blob.core.windows.net/..., the repository file as azure://; the seeds\' az:// does not parse), no key, or a trailing slash.',
    remedy: 'Use the cloud\'s URI form with a key path and no trailing slash (typed: derived from the cloud profile).',
    source: `${C}Section 2 › Object Storage; ${SERVICE} parse_attachment_url, smart_open`,
    check: (ctx) => {
      const hits: Hit[] = [];
      const check = (key: string, valid: RegExp, form: string) => {
        const value = str(at(ctx, `${LAUNCH}.${key}`));
        if (value === undefined || value === '') return;
        if (!valid.test(value)) hits.push(hit(`${LAUNCH}.${key}`, `${show(value)} is not ${form}`));
        else if (value.endsWith('/')) hits.push(hit(`${LAUNCH}.${key}`, `${show(value)} ends with '/', which doubles the separator`));
      };
      const forms: Record<string, [RegExp, string, RegExp, string]> = {
        aws: [/^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>', /^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>'],
        onprem: [/^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>', /^s3:\/\/[^/]+\/.+/, 's3://<bucket>/<key>'],
        gcp: [/^gs:\/\/[^/]+\/.+/, 'gs://<bucket>/<key>', /^gs:\/\/[^/]+\/.+/, 'gs://<bucket>/<key>'],
        azure: [
          /^https:\/\/[a-z0-9]+\.blob\.core\.windows\.net\/[^/]+\/.+/,
          'https://<account>.blob.core.windows.net/<container>/<path>',
          /^azure:\/\/[^/]+\/.+/,
          'azure://<container>/<blob>',
        ],
      };
      const form = ctx.cloud && forms[ctx.cloud];
      if (!form) return [];
      check('hf_user_fine_tuned_weights_prefix', form[0], form[1]);
      check('cloud_file_llm_fine_tune_repository', form[2], form[3]);
      return hits;
    },
  },
] as const satisfies readonly ModelEngineRule[];

