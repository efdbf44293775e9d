/**
 * Registries and image references: one registry decides every repository model-engine pulls or
 * pushes, so a relative default such as `vllm` never reaches a customer cluster, and the mirroring
 * plan from Scale's public registry follows from the same table.
 *
 * @see 002 § Section 4: Image Mirroring Requirements
 */
import { safe, text } from './paths';
import { ImageReferenceError, imageReferenceProblem, shellQuote } from './references';
export * from './references';

/** Scale's public registry that model-engine images are published to. */
export const SCALE_PUBLIC_REGISTRY = 'public.ecr.aws/b2z8n5q1';

/** Registry kinds; each matches one of the service's docker repository clients. */
export type RegistryKind = 'ecr' | 'acr' | 'gar' | 'custom';

/** A container registry, as a prefix (`host[/path]`) under which every repository lives. */
export interface Registry {
  readonly kind: RegistryKind;
  /** `host[/path]`, without scheme or trailing slash. */
  readonly prefix: string;
}

const ECR = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const ACR = /^([a-z0-9]{5,50})\.azurecr\.(io|cn|us)$/;
const GAR = /^([a-z0-9-]+)-docker\.pkg\.dev\/([a-z][a-z0-9-]{4,28}[a-z0-9])\/([a-z0-9][a-z0-9._-]*)$/;
const HOST_PATH = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;

/** Factories for each registry kind. */
export const Registries = {
  /** Amazon ECR: `<account>.dkr.ecr.<region>.amazonaws.com`. */
  ecr(accountId: string, region: string): Registry {
    return { kind: 'ecr', prefix: safe`${accountId}.dkr.ecr.${region}.amazonaws.com` };
  },
  /** Azure Container Registry: `<name>.azurecr.io`. */
  acr(registryName: string): Registry {
    return { kind: 'acr', prefix: safe`${registryName}.azurecr.io` };
  },
  /** Google Artifact Registry: `<location>-docker.pkg.dev/<project>/<repository>`. */
  gar(location: string, project: string, repository: string): Registry {
    return { kind: 'gar', prefix: safe`${location}-docker.pkg.dev/${project}/${repository}` };
  },
  /** Any other registry (Harbor, Nexus, a local mirror): `host[:port][/path]`. */
  custom(prefix: string): Registry {
    return { kind: 'custom', prefix: text(prefix).replace(/\/+$/, '') };
  },
};

/** The registry kind a prefix looks like, from its form. */
export function registryKindOf(prefix: string): RegistryKind {
  if (/\.dkr\.ecr\.[^/]*\.amazonaws\.com/.test(prefix)) return 'ecr';
  if (/\.azurecr\.(io|cn|us)(\/|$)/.test(prefix)) return 'acr';
  if (/-docker\.pkg\.dev\//.test(prefix)) return 'gar';
  return 'custom';
}

/** Problems with a registry prefix for the given kind (empty when it is well formed). */
export function registryPrefixProblems(registry: Registry): string[] {
  const { kind, prefix } = registry;
  if (typeof prefix !== 'string' || prefix === '') return ['the registry prefix is empty'];
  if (/^[a-z]+:\/\//i.test(prefix)) return [`'${prefix}' has a scheme; give host[/path] only`];
  if (prefix.endsWith('/')) return [`'${prefix}' ends with '/'`];
  switch (kind) {
    case 'ecr':
      return ECR.test(prefix) ? [] : [`'${prefix}' is not an ECR registry (<12-digit account>.dkr.ecr.<region>.amazonaws.com)`];
    case 'acr':
      return ACR.test(prefix) ? [] : [`'${prefix}' is not an ACR registry (<5-50 lowercase letters or digits>.azurecr.io)`];
    case 'gar':
      return GAR.test(prefix)
        ? []
        : [`'${prefix}' is not an Artifact Registry prefix (<location>-docker.pkg.dev/<project>/<repository>)`];
    default:
      return HOST_PATH.test(prefix) ? [] : [`'${prefix}' is not a registry host[:port][/path] in lowercase`];
  }
}

/** How the service uses an image repository value. */
export type RepositoryForm =
  /** Used as given by the chart (control-plane images): a full path. */
  | 'full'
  /**
   * Joined by the service to `docker_repo_prefix`: registry-relative. The service checks that the
   * image exists before creating an endpoint, looks it up by repository name in the registry, and
   * batch jobs and image builds always prefix it, so a full path here breaks endpoint creation.
   */
  | 'relative';

/** One image model-engine pulls or pushes. */
export interface ImageSpec {
  /** Stable id used by the props and the mirror plan. */
  readonly id: string;
  /** Values path that holds the repository. */
  readonly valuesPath: string;
  /** Repository name under the registry. */
  readonly repository: string;
  readonly form: RepositoryForm;
  /** Published in Scale's public registry, so it must be mirrored. */
  readonly mirrored: boolean;
  /** Values path of the default tag, when the chart has one. */
  readonly tagPath?: string;
  /** What the image is for. */
  readonly purpose: string;
}

/** Every image repository model-engine's values name. */
export const MODEL_ENGINE_IMAGES: readonly ImageSpec[] = [
  { id: 'gateway', valuesPath: 'image.gatewayRepository', repository: 'model-engine', form: 'full', mirrored: true, tagPath: 'tag', purpose: 'gateway, cacher, celery autoscaler and database jobs' },
  { id: 'builder', valuesPath: 'image.builderRepository', repository: 'model-engine', form: 'full', mirrored: true, tagPath: 'tag', purpose: 'endpoint builder' },
  { id: 'cacher', valuesPath: 'image.cacherRepository', repository: 'model-engine', form: 'full', mirrored: true, tagPath: 'tag', purpose: 'cacher (documented; the chart runs the gateway image instead)' },
  { id: 'forwarder', valuesPath: 'image.forwarderRepository', repository: 'model-engine', form: 'full', mirrored: true, tagPath: 'tag', purpose: 'forwarder container of inference pods' },
  { id: 'vllm', valuesPath: 'config.values.launch.vllm_repository', repository: 'vllm', form: 'relative', mirrored: true, tagPath: 'inferenceFramework.vllm', purpose: 'vLLM inference' },
  { id: 'tensorrtLlm', valuesPath: 'config.values.launch.tensorrt_llm_repository', repository: 'tensorrt-llm', form: 'relative', mirrored: true, tagPath: 'inferenceFramework.tensorrt_llm', purpose: 'TensorRT-LLM inference' },
  { id: 'batchInferenceVllm', valuesPath: 'config.values.launch.batch_inference_vllm_repository', repository: 'llm-engine/batch-infer-vllm', form: 'relative', mirrored: true, tagPath: 'inferenceFramework.vllm_batch', purpose: 'batch inference' },
  { id: 'tgi', valuesPath: 'config.values.launch.tgi_repository', repository: 'text-generation-inference', form: 'relative', mirrored: false, tagPath: 'inferenceFramework.text_generation_inference', purpose: 'Text Generation Inference' },
  { id: 'lightllm', valuesPath: 'config.values.launch.lightllm_repository', repository: 'lightllm', form: 'relative', mirrored: false, tagPath: 'inferenceFramework.lightllm', purpose: 'LightLLM inference' },
  { id: 'sglang', valuesPath: 'config.values.launch.sglang_repository', repository: 'sglang', form: 'relative', mirrored: false, purpose: 'SGLang inference' },
  { id: 'userInferenceBase', valuesPath: 'config.values.launch.user_inference_base_repository', repository: 'launch/inference', form: 'relative', mirrored: false, purpose: 'user model bundles built by the image builder' },
  { id: 'userInferencePytorch', valuesPath: 'config.values.launch.user_inference_pytorch_repository', repository: 'launch/inference/pytorch', form: 'relative', mirrored: false, purpose: 'PyTorch user bundles' },
  { id: 'userInferenceTensorflow', valuesPath: 'config.values.launch.user_inference_tensorflow_repository', repository: 'launch/inference/tf', form: 'relative', mirrored: false, purpose: 'TensorFlow user bundles' },
  { id: 'dockerImageLayerCache', valuesPath: 'config.values.launch.docker_image_layer_cache_repository', repository: 'launch-docker-build-cache', form: 'relative', mirrored: false, purpose: 'layer cache of image builds' },
];

/** Image ids, for typed overrides. */
export type ModelEngineImageId =
  | 'gateway' | 'builder' | 'cacher' | 'forwarder' | 'vllm' | 'tensorrtLlm' | 'batchInferenceVllm'
  | 'tgi' | 'lightllm' | 'sglang' | 'userInferenceBase' | 'userInferencePytorch' | 'userInferenceTensorflow'
  | 'dockerImageLayerCache';

/** The value to write for an image: a full path under the registry, or the bare repository name. */
export function repositoryValue(registry: Registry, image: ImageSpec, repositoryOverride?: string): string {
  const repository = repositoryOverride ?? image.repository;
  return image.form === 'full' ? safe`${registry.prefix}/${repository}` : repository;
}

/** One image to copy from Scale's public registry into the customer's. */
export interface MirrorStep {
  readonly image: string;
  readonly source: string;
  readonly destination: string;
  /** Values paths that will pull this image. */
  readonly usedBy: readonly string[];
}

/**
 * The mirroring plan: every image the release will pull from Scale's public registry, with the
 * destination under `registry`. Images sharing a repository and tag are listed once.
 */
export function mirrorPlan(registry: Registry, tags: Readonly<Record<string, string>>): MirrorStep[] {
  const steps = new Map<string, { image: string; source: string; destination: string; usedBy: string[] }>();
  for (const image of MODEL_ENGINE_IMAGES) {
    if (!image.mirrored) continue;
    const tag = (image.tagPath && tags[image.tagPath]) || 'latest';
    const source = safe`${SCALE_PUBLIC_REGISTRY}/${image.repository}:${tag}`;
    const existing = steps.get(source);
    if (existing) {existing.usedBy.push(image.valuesPath);} else {
      steps.set(source, {
        image: image.repository,
        source,
        destination: safe`${registry.prefix}/${image.repository}:${tag}`,
        usedBy: [image.valuesPath],
      });
    }
  }
  return assertMirrorPlan([...steps.values()]);
}

/** Returns the plan, or throws {@link ImageReferenceError} naming the first reference outside the grammar. */
export function assertMirrorPlan<T extends MirrorStep>(plan: T[]): T[] {
  const problems = mirrorPlanProblems(plan);
  if (problems.length) throw new ImageReferenceError(`cannot mirror ${problems[0]}`);
  return plan;
}

/** Problems with the source and destination of every step (empty when each is a valid reference). */
export function mirrorPlanProblems(plan: readonly MirrorStep[]): string[] {
  return plan.flatMap((step) =>
    (['source', 'destination'] as const).flatMap((end) => {
      const problem = imageReferenceProblem(step[end]);
      return problem ? [`${end} of ${step.usedBy.join(', ')}: ${problem}`] : [];
    }),
  );
}

/**
 * Shell commands (crane) that perform a mirror plan, every word shell-quoted. Refuses (throws
 * {@link ImageReferenceError}) a plan with any reference outside the reference grammar, so nothing
 * a values file holds can become shell syntax.
 */
export function mirrorCommands(plan: readonly MirrorStep[]): string[] {
  return assertMirrorPlan([...plan]).map((step) => `crane copy ${shellQuote(step.source)} ${shellQuote(step.destination)}`);
}
