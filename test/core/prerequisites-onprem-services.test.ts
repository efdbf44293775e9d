import { modelEnginePrerequisites, onPremServicesPrerequisites, prerequisitesMarkdown, prerequisitesText } from '../../lib/core/prerequisites';

const INPUT = {
  namespace: 'llm-infra',
  credentialNamespaces: ['model-engine', 'llm-engine'],
  rootSecret: { name: 'minio-root', userKey: 'MINIO_ROOT_USER', passwordKey: 'MINIO_ROOT_PASSWORD' },
  credentialsSecretName: 'llm-engine-minio',
  images: [
    { image: 'redis:7.4', usedBy: 'StatefulSet redis' },
    { image: 'minio:x', usedBy: 'StatefulSet minio' },
    { image: 'minio:x', usedBy: 'Job minio-create-bucket' },
  ],
};

describe('onPremServicesPrerequisites', () => {
  const p = onPremServicesPrerequisites(INPUT);

  test('lists the root Secret and one credentials Secret per namespace that reads it, with commands holding placeholders only', () => {
    expect(p.secrets.map((s) => `${s.namespace}/${s.name}:${s.keys.map((k) => k.key).join(',')}`)).toEqual([
      'llm-engine/llm-engine-minio:AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY',
      'llm-infra/minio-root:MINIO_ROOT_PASSWORD,MINIO_ROOT_USER',
      'model-engine/llm-engine-minio:AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY',
    ]);
    expect(p.secrets[1].command).toBe("kubectl create secret generic minio-root --namespace llm-infra '--from-literal=MINIO_ROOT_PASSWORD=<MINIO_ROOT_PASSWORD>' '--from-literal=MINIO_ROOT_USER=<MINIO_ROOT_USER>'");
  });

  test('an image pulled by two workloads is listed once with both', () => {
    expect(p.images).toEqual([
      { source: 'redis:7.4', usedBy: ['StatefulSet redis'] },
      { source: 'minio:x', usedBy: ['StatefulSet minio', 'Job minio-create-bucket'] },
    ]);
  });

  test('the notes name the StorageClass given, or the default one', () => {
    expect(p.notes.join('\n')).toContain('a default StorageClass');
    expect(onPremServicesPrerequisites({ ...INPUT, storageClassName: 'local-ssd' }).notes.join('\n')).toContain('StorageClass local-ssd for');
  });

  test('the title heads its section in Markdown and text; a release keeps its usual heading', () => {
    const markdown = prerequisitesMarkdown([p, modelEnginePrerequisites({})]);
    expect(markdown).toContain('## In-cluster services: Redis and MinIO in namespace `llm-infra`\n');
    expect(markdown).toContain('## model-engine: release `model-engine` in namespace `model-engine`\n');
    expect(prerequisitesText(p).split('\n')[0]).toBe('In-cluster services: Redis and MinIO in namespace `llm-infra`');
  });
});
