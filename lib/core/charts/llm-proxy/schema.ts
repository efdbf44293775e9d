import { anyList, anyMap, DOCUMENTED as doc, QUANTITY as quantity, s, SchemaNode, stringMap, UNDOCUMENTED as undoc } from '../../schema';

/** The llm-proxy chart's values (chart 0.1.0) as its templates read them. Sections refer to seed 001. */
const S = '001 §';
const resources = (see: string, documented = true) =>
  s.obj(
    {
      limits: s.obj({ cpu: quantity, memory: quantity }, 'Limits', { documented, see }),
      requests: s.obj({ cpu: quantity, memory: quantity }, 'Requests', { documented, see }),
    },
    'Resources',
  );
const existingSecret = (key: string, see: string, documented = true) =>
  s.obj(
    {
      existingSecret: s.obj(
        {
          name: s.str('Existing Secret name', { documented, see }),
          key: s.str(`Key in the Secret (default ${key})`, { documented, see }),
        },
        'Existing Secret',
      ),
    },
    'Secret reference',
  );
const ingress = (see: string, documented = true) =>
  s.obj(
    {
      enabled: s.bool('Ingress', { documented, see }),
      className: s.str('IngressClass', { documented, see }),
      annotations: s.obj(
        { 'cert-manager.io/cluster-issuer': s.str('cert-manager ClusterIssuer', { documented, see }) },
        'Annotations',
        { documented, see, additional: s.str('value') },
      ),
      hosts: s.list(
        s.obj(
          {
            host: s.str('Host', { documented, see }),
            paths: s.list(
              s.obj(
                {
                  path: s.str('Path', { documented, see }),
                  pathType: s.str('Path type', { documented, enum: ['Prefix', 'Exact', 'ImplementationSpecific'], see }),
                },
                'Path',
              ),
              'Paths',
              { documented, see },
            ),
          },
          'Host',
        ),
        'Hosts',
        { documented, see },
      ),
      tls: s.list(
        s.obj({ secretName: s.str('TLS Secret', { documented, see }), hosts: s.list(s.str('host'), 'TLS hosts', { documented, see }) }, 'TLS'),
        'TLS',
        { documented, see },
      ),
    },
    'Ingress',
  );

/** The values tree of the llm-proxy chart. */
export const LLM_PROXY_SCHEMA: SchemaNode = s.obj(
  {
    replicaCount: s.int('Proxy replicas', { ...doc, minimum: 0, see: `${S} Autoscaling` }),
    image: s.obj(
      {
        repository: s.str('Image repository', { ...doc, minLength: 1, see: `${S} Configuration` }),
        tag: s.str('Image tag', { ...doc, see: `${S} Configuration` }),
        pullPolicy: s.str('Pull policy', { ...doc, enum: ['Always', 'IfNotPresent', 'Never'], see: `${S} Configuration` }),
      },
      'Image',
    ),
    imagePullSecrets: s.list(anyMap('LocalObjectReference'), 'Pull secrets', undoc),
    nameOverride: s.str('Name override', undoc),
    fullnameOverride: s.str('Full name override', undoc),
    podAnnotations: stringMap('Pod annotations', undoc),
    podLabels: stringMap('Pod labels', undoc),
    podSecurityContext: anyMap('Pod security context', undoc),
    securityContext: anyMap('Container security context', undoc),
    service: s.obj(
      {
        type: s.str('Service type', { ...doc, enum: ['ClusterIP', 'NodePort', 'LoadBalancer'], see: `${S} Configuration` }),
        port: s.int('Service port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Configuration` }),
        targetPort: s.int('Container port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Configuration` }),
        annotations: stringMap('Service annotations', undoc),
      },
      'Service',
    ),
    ingress: ingress(`${S} Ingress`),
    admin: s.obj(
      {
        enabled: s.bool('Admin UI', undoc),
        listenAddr: s.str('Admin listen address', undoc),
        livenessProbe: anyMap('Admin liveness probe', undoc),
        readinessProbe: anyMap('Admin readiness probe', undoc),
        service: s.obj({ type: s.str('Type', undoc), port: s.int('Port', undoc), annotations: stringMap('Annotations', undoc) }, 'Admin Service'),
        ingress: ingress('admin ingress', false),
        apiBaseUrl: s.str('Admin API base URL', undoc),
      },
      'Admin UI',
      undoc,
    ),
    autoscaling: s.obj(
      {
        enabled: s.bool('HPA', { ...doc, see: `${S} Autoscaling` }),
        minReplicas: s.int('Min replicas', { ...doc, minimum: 1, see: `${S} Autoscaling` }),
        maxReplicas: s.int('Max replicas', { ...doc, minimum: 1, see: `${S} Autoscaling` }),
        targetCPUUtilizationPercentage: s.int('CPU target %', { ...doc, minimum: 1, maximum: 100, see: `${S} Autoscaling` }),
        targetMemoryUtilizationPercentage: s.int('Memory target %', { ...doc, minimum: 1, maximum: 100, see: `${S} Autoscaling` }),
      },
      'HPA',
    ),
    resources: resources(`${S} Configuration`),
    livenessProbe: anyMap('Liveness probe', { ...doc, see: `${S} Configuration` }),
    readinessProbe: anyMap('Readiness probe', { ...doc, see: `${S} Configuration` }),
    volumes: anyList('Volumes (data holds the SQLite file)', undoc),
    volumeMounts: anyList('Volume mounts', undoc),
    nodeSelector: stringMap('Node selector', undoc),
    tolerations: anyList('Tolerations', undoc),
    affinity: anyMap('Affinity', undoc),
    env: s.obj(
      {
        LOG_LEVEL: s.str('Log level', { ...doc, enum: ['debug', 'info', 'warn', 'error'], see: `${S} Configuration` }),
        LOG_FORMAT: s.str('Log format', { ...doc, enum: ['json', 'text', 'console'], see: `${S} Configuration` }),
        ENABLE_METRICS: s.str('Metrics endpoint ("true"/"false")', { ...doc, enum: ['true', 'false'], see: `${S} Metrics` }),
        DB_DRIVER: s.str('Database driver', { ...doc, enum: ['sqlite', 'postgres', 'mysql'], see: `${S} Database` }),
        LLM_PROXY_EVENT_BUS: s.str('Event bus', { ...doc, enum: ['in-memory', 'redis', 'redis-streams'], see: `${S} Redis event bus` }),
        LISTEN_ADDR: s.str('Listen address', undoc),
        LOG_FILE: s.str('Log file', undoc),
        METRICS_PATH: s.str('Metrics path', undoc),
        DATABASE_PATH: s.str('SQLite file path', undoc),
      },
      'Container env (every entry is rendered)',
      { additional: s.str('env value (a string)') },
    ),
    secrets: s.obj(
      {
        create: s.bool('Create a Secret from secrets.data (literal values in the release)', { ...doc, see: `${S} Secrets` }),
        data: s.obj(
          {
            managementToken: s.str('Literal management token', { ...doc, see: `${S} Secrets` }),
            databaseUrl: s.str('Literal database URL', { ...doc, see: `${S} Secrets` }),
            encryptionKey: s.str('Literal encryption key', undoc),
          },
          'Literal secret data',
        ),
        managementToken: existingSecret('MANAGEMENT_TOKEN', `${S} Secrets`),
        databaseUrl: existingSecret('DATABASE_URL', `${S} Database`),
        encryptionKey: s.obj(
          {
            required: s.bool('Fail the render without an encryption key', undoc),
            existingSecret: s.obj(
              {
                name: s.str('Existing Secret name', { ...doc, see: `${S} Secrets` }),
                key: s.str('Key (default ENCRYPTION_KEY)', { ...doc, see: `${S} Secrets` }),
              },
              'Existing Secret',
            ),
          },
          'Encryption key',
        ),
      },
      'Secrets',
    ),
    postgresql: s.obj(
      {
        enabled: s.bool('In-cluster PostgreSQL (bitnami subchart)', { ...doc, see: `${S} PostgreSQL (Development - In-Cluster)` }),
        auth: s.obj(
          {
            username: s.str('User', { ...doc, see: `${S} Database` }),
            database: s.str('Database', { ...doc, see: `${S} Database` }),
            password: s.str('Password (literal)', { ...doc, see: `${S} Database` }),
            existingSecret: s.str('Existing Secret with the password', { ...doc, see: `${S} Database` }),
            secretKeys: s.obj({ adminPasswordKey: s.str('Admin key', undoc), userPasswordKey: s.str('User key', undoc) }, 'Secret keys', undoc),
          },
          'Auth',
        ),
        primary: s.obj(
          {
            persistence: s.obj({ enabled: s.bool('PVC', { ...doc, see: `${S} Database` }), size: s.str('Size', { ...doc, see: `${S} Database` }) }, 'Persistence', {
              additional: s.any('other'),
            }),
            resources: resources(`${S} Database`),
            service: s.obj({ ports: s.obj({ postgresql: s.int('PostgreSQL port', { ...undoc, minimum: 1 }) }, 'Ports') }, 'Service', undoc),
          },
          'Primary',
          { additional: s.any('other bitnami postgresql primary key') },
        ),
        sslMode: s.str('sslmode of the in-cluster URL', { ...undoc, enum: ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] }),
        tls: s.obj({ enabled: s.bool('TLS on the in-cluster server (bitnami default false)', undoc) }, 'Server TLS', { ...undoc, additional: s.any('other bitnami postgresql tls key') }),
      },
      'In-cluster PostgreSQL (bitnami subchart values)',
      { additional: s.any('other bitnami postgresql key') },
    ),
    mysql: s.obj(
      {
        enabled: s.bool('In-cluster MySQL', { ...doc, see: `${S} MySQL` }),
        image: s.obj({ repository: s.str('Repository', undoc), tag: s.str('Tag', undoc), pullPolicy: s.str('Pull policy', undoc) }, 'Image', undoc),
        auth: s.obj(
          {
            rootPassword: s.str('Root password (literal)', { ...doc, see: `${S} MySQL` }),
            password: s.str('User password (literal)', { ...doc, see: `${S} MySQL` }),
            database: s.str('Database', undoc),
            username: s.str('User', undoc),
            existingSecret: s.str('Existing Secret with the passwords', undoc),
            secretKeys: s.obj({ rootPasswordKey: s.str('Root key', undoc), userPasswordKey: s.str('User key', undoc) }, 'Secret keys', undoc),
          },
          'Auth',
        ),
        persistence: anyMap('Persistence', undoc),
        resources: resources('mysql', false),
        extraConfig: anyMap('Server settings', undoc),
        tls: s.obj({ enabled: s.bool('TLS', undoc), skipVerify: s.bool('Skip verification', undoc) }, 'TLS', undoc),
      },
      'In-cluster MySQL',
    ),
    redis: s.obj(
      {
        enabled: s.bool('Seed key no template reads (the chart deploys no Redis)', { ...doc, see: `${S} Redis event bus` }),
        external: s.obj(
          {
            addr: s.str('Redis host:port', { ...doc, see: `${S} Redis event bus` }),
            db: s.int('Redis db', { ...doc, minimum: 0, see: `${S} Redis event bus` }),
            password: existingSecret('REDIS_PASSWORD', `${S} Redis event bus`),
          },
          'External Redis',
        ),
      },
      'Redis',
    ),
    dispatcher: s.obj(
      {
        enabled: s.bool('Event dispatcher', { ...doc, see: `${S} Dispatcher` }),
        replicaCount: s.int('Dispatcher replicas', { ...doc, minimum: 0, see: `${S} Dispatcher` }),
        service: s.str('Dispatcher backend', { ...doc, enum: ['file', 'lunary', 'helicone'], see: `${S} Dispatcher` }),
        endpoint: s.str('Backend endpoint override', { ...doc, see: `${S} Dispatcher` }),
        apiKey: existingSecret('DISPATCHER_API_KEY', `${S} Dispatcher`),
        config: s.obj(
          {
            bufferSize: s.int('Buffer size', { ...doc, minimum: 1, see: `${S} Dispatcher` }),
            batchSize: s.int('Batch size', { ...doc, minimum: 1, see: `${S} Dispatcher` }),
          },
          'Dispatcher config',
        ),
        persistence: s.obj(
          {
            enabled: s.bool('PVC for the file backend', { ...doc, see: `${S} Dispatcher` }),
            size: s.str('Size', { ...doc, see: `${S} Dispatcher` }),
            storageClass: s.str('Storage class', { ...doc, see: `${S} Dispatcher` }),
          },
          'Persistence',
        ),
        podSecurityContext: anyMap('Pod security context', undoc),
        securityContext: anyMap('Container security context', undoc),
        resources: resources(`${S} Dispatcher`),
        nodeSelector: stringMap('Node selector', undoc),
        tolerations: anyList('Tolerations', undoc),
        affinity: anyMap('Affinity', undoc),
      },
      'Dispatcher',
    ),
    metrics: s.obj(
      {
        enabled: s.bool('Metrics', { ...doc, see: `${S} Metrics` }),
        path: s.str('ServiceMonitor path', { ...doc, see: `${S} Metrics` }),
        portName: s.str('Port name', { ...doc, see: `${S} Metrics` }),
        annotations: s.obj(
          {
            'prometheus.io/scrape': s.str('Scrape', { ...doc, see: `${S} Metrics` }),
            'prometheus.io/path': s.str('Path', { ...doc, see: `${S} Metrics` }),
            'prometheus.io/port': s.str('Port', { ...doc, see: `${S} Metrics` }),
          },
          'Service annotations for scraping',
          { ...doc, see: `${S} Metrics`, additional: s.str('value') },
        ),
        serviceMonitor: s.obj(
          {
            enabled: s.bool('ServiceMonitor', { ...doc, see: `${S} Metrics` }),
            labels: s.obj({ prometheus: s.str('Prometheus selector label', { ...doc, see: `${S} Metrics` }) }, 'Labels', {
              ...doc,
              see: `${S} Metrics`,
              additional: s.str('value'),
            }),
            interval: s.str('Interval', { ...doc, see: `${S} Metrics` }),
            scrapeTimeout: s.str('Timeout', { ...doc, see: `${S} Metrics` }),
          },
          'ServiceMonitor',
        ),
        grafanaDashboard: s.obj(
          {
            enabled: s.bool('Grafana dashboard ConfigMap', { ...doc, see: `${S} Metrics` }),
            labels: s.obj({ grafana_dashboard: s.str('Sidecar label', { ...doc, see: `${S} Metrics` }) }, 'Labels', {
              ...doc,
              see: `${S} Metrics`,
              additional: s.str('value'),
            }),
            annotations: stringMap('Annotations', undoc),
          },
          'Grafana dashboard',
        ),
        redisDashboard: s.obj({ enabled: s.bool('Redis dashboard', undoc), labels: stringMap('Labels', undoc), annotations: stringMap('Annotations', undoc) }, 'Redis dashboard', undoc),
      },
      'Metrics',
    ),
  },
  'llm-proxy chart values',
);
