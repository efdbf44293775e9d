import { anyList, anyMap, DOCUMENTED as doc, QUANTITY as quantity, s, SchemaNode, stringMap, UNDOCUMENTED as undoc } from '../../schema';

/** The litellm-proxy chart's values (chart 0.2.5). Sections refer to seed 003. */
const S = '003 §';
const resources = (meta = {}) => s.obj({ limits: s.obj({ cpu: quantity, memory: quantity }, 'Limits'), requests: s.obj({ cpu: quantity, memory: quantity }, 'Requests') }, 'Resources', meta);
const probe = (see: string) =>
  s.obj(
    {
      initialDelaySeconds: s.int('Initial delay', { minimum: 0 }),
      periodSeconds: s.int('Period', { minimum: 1 }),
      timeoutSeconds: s.int('Timeout', { minimum: 1 }),
      failureThreshold: s.int('Failure threshold', { minimum: 1 }),
    },
    'Probe timing',
    { ...doc, see },
  );
const key = (name: string, see: string) =>
  s.obj(
    {
      create: s.bool(`Create the ${name} Secret (a random value each render unless value is set)`, { ...doc, see }),
      existingSecret: s.str('Existing Secret name', { ...doc, see }),
      existingSecretKey: s.str('Key in the existing Secret', { ...doc, see }),
      value: s.str('Literal value (lands in the release)', { ...doc, see }),
    },
    `${name} key`,
    { ...doc, see },
  );
const number = s.oneOf([s.int('number'), s.str('number as a string')], 'rpm/tpm');

/** The values tree of the litellm-proxy chart. */
export const LITELLM_PROXY_SCHEMA: SchemaNode = s.obj(
  {
    image: s.obj(
      {
        repository: s.str('Image repository', { ...doc, see: `${S} Values` }),
        tag: s.str('Image tag', { ...doc, minLength: 1, see: `${S} Values` }),
        pullPolicy: s.str('Pull policy', { ...doc, enum: ['Always', 'IfNotPresent', 'Never'], see: `${S} Values` }),
      },
      'Image',
      { ...doc, see: `${S} Values` },
    ),
    imagePullSecrets: s.list(anyMap('LocalObjectReference'), 'Pull secrets (not applied to the migration Job)', { ...doc, see: `${S} Values` }),
    replicaCount: s.int('Replicas', { ...doc, minimum: 0, see: `${S} Values` }),
    nameOverride: s.str('Name override', { ...doc, see: `${S} Values` }),
    fullnameOverride: s.str('Full name override', { ...doc, see: `${S} Values` }),
    masterKey: key('master', `${S} Master key`),
    saltKey: key('salt', `${S} Salt key`),
    database: s.obj(
      {
        internal: s.obj(
          {
            enabled: s.bool('In-cluster CNPG PostgreSQL (the subchart condition)', { ...doc, see: `${S} Database` }),
            database: s.str('PGDATABASE; must equal postgresql.cluster.initdb.database', { ...doc, see: `${S} Database` }),
            owner: s.str('PGUSER; must equal postgresql.cluster.initdb.owner', { ...doc, see: `${S} Database` }),
            imageName: s.str('Not wired (postgresql.cluster.imageName is)', { ...doc, see: `${S} Database` }),
            instances: s.int('Not wired (postgresql.cluster.instances is)', { ...doc, see: `${S} Database` }),
            storageSize: s.str('Not wired (postgresql.cluster.storage.size is)', { ...doc, see: `${S} Database` }),
            storageClass: s.str('Not wired (postgresql.cluster.storage.storageClass is)', { ...doc, see: `${S} Database` }),
            parameters: anyMap('Not wired (postgresql.cluster.postgresql.parameters is)', { ...doc, see: `${S} Database` }),
            resources: resources({ ...doc, see: `${S} Database` }),
            pooler: s.obj(
              {
                enabled: s.bool('Connect through <release>-postgresql-pooler-rw', { ...doc, see: `${S} Database` }),
                instances: s.int('Not wired (postgresql.poolers[].instances is)', { ...doc, see: `${S} Database` }),
                poolMode: s.str('Not wired (postgresql.poolers[].poolMode is)', { ...doc, see: `${S} Database` }),
                defaultPoolSize: s.int('Not wired (postgresql.poolers[].parameters.default_pool_size is)', { ...doc, see: `${S} Database` }),
                maxClientConn: s.int('Not wired (postgresql.poolers[].parameters.max_client_conn is)', { ...doc, see: `${S} Database` }),
              },
              'Pooler',
              { ...doc, see: `${S} Database` },
            ),
          },
          'Internal database',
          { ...doc, see: `${S} Database` },
        ),
        external: s.obj(
          {
            host: s.str('Host', { ...doc, see: `${S} Database` }),
            port: s.int('Port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Database` }),
            name: s.str('Database', { ...doc, see: `${S} Database` }),
            user: s.str('User', { ...doc, see: `${S} Database` }),
            secretName: s.str('Secret with the password', { ...doc, see: `${S} Database` }),
            passwordSecretKey: s.str('Key of the password', { ...doc, see: `${S} Database` }),
          },
          'External database',
          { ...doc, see: `${S} Database` },
        ),
        connectionPoolLimit: s.int('Connections per worker (4 workers per pod)', { ...doc, minimum: 1, see: `${S} Database` }),
        connectionTimeout: s.int('Connection timeout seconds', { ...doc, minimum: 1, see: `${S} Database` }),
        disableSchemaUpdate: s.oneOf([s.str('"true" or "false"'), s.bool('bool')], 'DISABLE_SCHEMA_UPDATE (only the string "false" turns updates on)', undoc),
        host: s.str('Seed key the chart never reads (database.external.host is)', { ...doc, see: `${S} External database` }),
        passwordSecretName: s.str('Seed key the chart never reads (database.external.secretName is)', { ...doc, see: `${S} External database` }),
        port: s.int('Read only by NOTES.txt', undoc),
        name: s.str('Read only by NOTES.txt', undoc),
        user: s.str('Read only by NOTES.txt', undoc),
        passwordSecretKey: s.str('Read only by NOTES.txt', undoc),
      },
      'Database',
      { ...doc, see: `${S} Database` },
    ),
    cache: s.obj(
      {
        enabled: s.bool('Redis/Valkey cache and shared rate limits', { ...doc, see: `${S} Cache` }),
        internal: s.obj(
          {
            enabled: s.bool('In-cluster bitnami Valkey (the subchart condition)', { ...doc, see: `${S} Cache` }),
            image: s.str('Not wired (valkey.image is)', { ...doc, see: `${S} Cache` }),
            password: s.str('Not wired (valkey.auth.password is)', { ...doc, see: `${S} Cache` }),
            persistence: anyMap('Not wired (valkey.primary.persistence is)', { ...doc, see: `${S} Cache` }),
            replicas: s.int('Not wired', { ...doc, see: `${S} Cache` }),
            resources: resources({ ...doc, see: `${S} Cache` }),
          },
          'Internal cache',
          { ...doc, see: `${S} Cache` },
        ),
        external: s.obj(
          {
            host: s.str('Host (the Sentinel host with sentinel)', { ...doc, see: `${S} Cache` }),
            port: s.int('Port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Cache` }),
            secretName: s.str('Secret with the password', { ...doc, see: `${S} Cache` }),
            passwordSecretKey: s.str('Key of the password', { ...doc, see: `${S} Cache` }),
            sentinel: s.obj(
              {
                enabled: s.bool('Redis Sentinel', undoc),
                port: s.int('Sentinel port', { ...doc, minimum: 1, see: `${S} Cache` }),
                serviceName: s.str('Sentinel master name', { ...doc, see: `${S} Cache` }),
              },
              'Sentinel',
              { ...doc, see: `${S} Cache` },
            ),
          },
          'External cache',
          { ...doc, see: `${S} Cache` },
        ),
        sentinel: s.obj({ host: s.str('Seed key the chart never reads (cache.external.host is)', { ...doc, see: `${S} Cache` }) }, 'Seed-only'),
        passwordSecretName: s.str('Seed key the chart never reads (cache.external.secretName is)', { ...doc, see: `${S} Cache` }),
      },
      'Cache',
      { ...doc, see: `${S} Cache` },
    ),
    litellm: s.obj(
      {
        modelList: s.list(
          s.obj(
            {
              modelName: s.str('Public model name', { ...doc, minLength: 1, see: `${S} Models` }),
              litellmParams: s.obj(
                {
                  model: s.str('provider/model', { ...doc, minLength: 1, see: `${S} Models` }),
                  apiBase: s.str('API base URL', { ...doc, see: `${S} Models` }),
                  apiKey: s.str('API key (use os.environ/NAME)', undoc),
                  rpm: { ...number, documented: true, see: `${S} Models` },
                  tpm: { ...number, documented: true, see: `${S} Models` },
                  extraParams: anyMap('Other litellm_params', undoc),
                },
                'litellm_params',
              ),
              modelInfo: s.obj({ id: s.str('Model id', { ...doc, see: `${S} Models` }) }, 'model_info', { additional: s.any('other model_info field') }),
            },
            'Model',
          ),
          'Models',
          { ...doc, see: `${S} Models` },
        ),
        generalSettings: s.obj(
          {
            allow_requests_on_db_unavailable: s.bool('Serve while the database is down', { ...doc, see: `${S} Values` }),
            disable_error_logs: s.bool('Do not store error logs', { ...doc, see: `${S} Values` }),
            proxy_batch_write_at: s.int('Batch write seconds', { ...doc, minimum: 1, see: `${S} Values` }),
            request_timeout: s.int('Request timeout seconds', { ...doc, minimum: 1, see: `${S} Values` }),
          },
          'general_settings',
          { ...doc, see: `${S} Values`, additional: s.any('other general setting') },
        ),
        litellmSettings: s.obj(
          {
            cache: s.bool('Ignored (cache.enabled decides)', { ...doc, see: `${S} Values` }),
            cache_params: s.obj(
              {
                mode: s.str('Cache mode', { ...doc, enum: ['default_on', 'default_off'], see: `${S} Values` }),
                namespace: s.str('Key namespace', { ...doc, see: `${S} Values` }),
                ttl: s.int('TTL seconds', { ...doc, minimum: 1, see: `${S} Values` }),
                type: s.str('Always redis (forced)', { ...doc, see: `${S} Values` }),
                host: s.str('Replaced by the wiring from cache.*', undoc),
                port: s.oneOf([s.int('port'), s.str('port')], 'Replaced by the wiring from cache.*', undoc),
                password: s.str('Replaced by the wiring from cache.*', undoc),
                service_name: s.str('Replaced by the wiring from cache.*', undoc),
                sentinel_nodes: anyList('Replaced by the wiring from cache.*', undoc),
              },
              'cache_params',
              { ...doc, see: `${S} Values`, additional: s.any('other cache param') },
            ),
            callbacks: s.list(s.str('callback'), 'Callbacks', { ...doc, see: `${S} Values` }),
            success_callback: s.list(s.str('callback'), 'Success callbacks (receive message content)', undoc),
            failure_callback: s.list(s.str('callback'), 'Failure callbacks (receive message content)', undoc),
            fallbacks: anyList('Fallbacks', { ...doc, see: `${S} Values` }),
            json_logs: s.bool('JSON logs', { ...doc, see: `${S} Values` }),
            num_retries: s.int('Retries', { ...doc, minimum: 0, see: `${S} Values` }),
            set_verbose: s.bool('Verbose', { ...doc, see: `${S} Values` }),
            turn_off_message_logging: s.bool('No message logging', { ...doc, see: `${S} Values` }),
          },
          'litellm_settings',
          { ...doc, see: `${S} Values`, additional: s.any('other litellm setting') },
        ),
        routerSettings: s.obj(
          {
            enable_pre_call_checks: s.bool('Pre-call checks', { ...doc, see: `${S} Values` }),
            redis_host: s.str('Replaced by the wiring from cache.*', undoc),
            redis_port: s.oneOf([s.int('port'), s.str('port')], 'Replaced by the wiring from cache.*', undoc),
            redis_password: s.str('Replaced by the wiring from cache.*', undoc),
            model_group_alias: anyMap('Model group aliases', { ...doc, see: `${S} Values` }),
            routing_strategy: s.str('Routing strategy', {
              ...doc,
              enum: ['simple-shuffle', 'least-busy', 'usage-based-routing', 'usage-based-routing-v2', 'latency-based-routing', 'cost-based-routing'],
              see: `${S} Values`,
            }),
          },
          'router_settings',
          { ...doc, see: `${S} Values`, additional: s.any('other router setting') },
        ),
      },
      'LiteLLM config',
      { ...doc, see: `${S} Values` },
    ),
    logging: s.obj(
      {
        disableSpendLogs: s.bool('Disable spend logs', { ...doc, see: `${S} Values` }),
        storePrompts: s.bool('Store prompts', { ...doc, see: `${S} Values` }),
        retentionPeriod: s.str('Not wired', { ...doc, see: `${S} Values` }),
        retentionInterval: s.str('Not wired', { ...doc, see: `${S} Values` }),
      },
      'Logging',
      { ...doc, see: `${S} Values` },
    ),
    service: s.obj(
      {
        type: s.str('Service type', { ...doc, enum: ['ClusterIP', 'NodePort', 'LoadBalancer'], see: `${S} Values` }),
        port: s.int('Service port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Values` }),
      },
      'Service',
      { ...doc, see: `${S} Values` },
    ),
    httpRoute: s.obj(
      {
        enabled: s.bool('Gateway API HTTPRoute', { ...doc, see: `${S} Values` }),
        gateway: s.obj(
          { name: s.str('Gateway name (default <release>-gateway)', { ...doc, see: `${S} Values` }), namespace: s.str('Gateway namespace', { ...doc, see: `${S} Values` }) },
          'Parent gateway',
          { ...doc, see: `${S} Values` },
        ),
        hostname: s.str('Hostname', { ...doc, see: `${S} Values` }),
        pathPrefix: s.str('Path prefix', { ...doc, see: `${S} Values` }),
      },
      'HTTPRoute',
      { ...doc, see: `${S} Values` },
    ),
    healthCheck: s.obj(
      {
        separateApp: s.bool('Health checks on a separate app and port', { ...doc, see: `${S} Values` }),
        separatePort: s.int('Separate health port', { ...doc, minimum: 1, maximum: 65535, see: `${S} Values` }),
        startup: probe(`${S} Values`),
        liveness: probe(`${S} Values`),
        readiness: probe(`${S} Values`),
      },
      'Health checks',
      { ...doc, see: `${S} Values` },
    ),
    migrationJob: s.obj(
      {
        enabled: s.bool('Prisma migration Job (post-install/post-upgrade hook)', { ...doc, see: `${S} Values` }),
        backoffLimit: s.int('Backoff limit', { ...doc, minimum: 0, see: `${S} Values` }),
        ttlSecondsAfterFinished: s.int('TTL after finished', { ...doc, minimum: 0, see: `${S} Values` }),
        resources: resources({ ...doc, see: `${S} Values` }),
      },
      'Migration Job',
      { ...doc, see: `${S} Values` },
    ),
    initContainers: s.obj(
      { waitForDatabase: s.bool('Wait for the database', { ...doc, see: `${S} Values` }), waitForCache: s.bool('Wait for the cache', { ...doc, see: `${S} Values` }) },
      'Init containers',
      { ...doc, see: `${S} Values` },
    ),
    resources: resources({ ...doc, see: `${S} Values` }),
    autoscaling: s.obj(
      {
        enabled: s.bool('HPA', { ...doc, see: `${S} Values` }),
        minReplicas: s.int('Min replicas', { ...doc, minimum: 1, see: `${S} Values` }),
        maxReplicas: s.int('Max replicas', { ...doc, minimum: 1, see: `${S} Values` }),
        targetCPUUtilizationPercentage: s.int('CPU target %', { ...doc, minimum: 1, see: `${S} Values` }),
        targetMemoryUtilizationPercentage: s.oneOf([s.int('%'), s.str('empty')], 'Memory target %', { ...doc, see: `${S} Values` }),
      },
      'HPA',
      { ...doc, see: `${S} Values` },
    ),
    podDisruptionBudget: s.obj(
      {
        enabled: s.bool('PDB', { ...doc, see: `${S} Values` }),
        minAvailable: s.oneOf([s.int('count', { minimum: 0 }), s.str('percentage')], 'Min available', { ...doc, see: `${S} Values` }),
      },
      'PDB',
      { ...doc, see: `${S} Values` },
    ),
    terminationGracePeriodSeconds: s.int('Grace period seconds', { ...doc, minimum: 0, see: `${S} Values` }),
    serviceMonitor: s.obj(
      {
        enabled: s.bool('ServiceMonitor', { ...doc, see: `${S} Values` }),
        interval: s.str('Interval', { ...doc, see: `${S} Values` }),
        scrapeTimeout: s.str('Timeout', { ...doc, see: `${S} Values` }),
      },
      'ServiceMonitor',
      { ...doc, see: `${S} Values` },
    ),
    dashboards: s.obj(
      { enabled: s.bool('Grafana dashboards', { ...doc, see: `${S} Values` }), folderAnnotation: s.str('Grafana folder', { ...doc, see: `${S} Values` }) },
      'Dashboards',
      { ...doc, see: `${S} Values` },
    ),
    nodeSelector: stringMap('Node selector', { ...doc, see: `${S} Values` }),
    tolerations: anyList('Tolerations', { ...doc, see: `${S} Values` }),
    affinity: anyMap('Affinity', { ...doc, see: `${S} Values` }),
    podAnnotations: stringMap('Pod annotations', { ...doc, see: `${S} Values` }),
    podLabels: stringMap('Pod labels', { ...doc, see: `${S} Values` }),
    extraEnv: s.map('Extra env (name to value, quoted)', s.oneOf([s.str('value'), s.int('value'), s.bool('value')], 'env value'), { ...doc, see: `${S} Values` }),
    extraEnvFrom: anyList('envFrom', { ...doc, see: `${S} Values` }),
    postgresql: s.obj(
      {
        mode: s.str('CNPG cluster mode', { ...doc, enum: ['standalone', 'recovery', 'replica'], see: `${S} Database` }),
        type: s.str('CNPG cluster type', { ...doc, see: `${S} Database` }),
        cluster: s.obj(
          {
            instances: s.int('PostgreSQL instances', { ...doc, minimum: 1, see: `${S} Database` }),
            imageName: s.str('PostgreSQL image', { ...doc, see: `${S} Database` }),
            initdb: s.obj({ database: s.str('Database', { ...doc, see: `${S} Database` }), owner: s.str('Owner', { ...doc, see: `${S} Database` }) }, 'initdb', {
              additional: s.any('other initdb field'),
            }),
            postgresql: s.obj(
              { parameters: s.map('PostgreSQL parameters', s.str('value'), { ...doc, see: `${S} Database` }) },
              'postgresql',
              { additional: s.any('other') },
            ),
            storage: s.obj({ size: s.str('Size', { ...doc, see: `${S} Database` }), storageClass: s.str('Storage class', undoc) }, 'Storage', { additional: s.any('other') }),
            resources: resources({ ...doc, see: `${S} Database` }),
          },
          'CNPG cluster',
          { additional: s.any('other CNPG cluster chart key') },
        ),
        poolers: s.list(
          s.obj(
            {
              name: s.str('Pooler name (the proxy connects to the one named rw)', { ...doc, see: `${S} Database` }),
              type: s.str('rw or ro', { ...doc, enum: ['rw', 'ro'], see: `${S} Database` }),
              instances: s.int('PgBouncer instances', { ...doc, minimum: 1, see: `${S} Database` }),
              poolMode: s.str('Pool mode', { ...doc, enum: ['session', 'transaction'], see: `${S} Database` }),
              parameters: s.obj(
                {
                  default_pool_size: s.str('Server connections per pool (string)', { ...doc, see: `${S} Database` }),
                  max_client_conn: s.str('Client connections per PgBouncer (string)', { ...doc, see: `${S} Database` }),
                },
                'PgBouncer parameters',
                { additional: s.str('value') },
              ),
            },
            'Pooler',
            { additional: s.any('other pooler field') },
          ),
          'CNPG poolers',
          { ...doc, see: `${S} Database` },
        ),
      },
      'CNPG cluster subchart values',
      { additional: s.any('other CNPG cluster chart key') },
    ),
    valkey: s.obj(
      {
        architecture: s.str('standalone or replication', { ...doc, enum: ['standalone', 'replication'], see: `${S} Cache` }),
        auth: s.obj(
          {
            enabled: s.bool('AUTH', { ...doc, see: `${S} Cache` }),
            password: s.str('Password (random each render when empty)', { ...doc, see: `${S} Cache` }),
            existingSecret: s.str('Existing Secret', undoc),
            existingSecretPasswordKey: s.str('Key in it', undoc),
          },
          'Auth',
          { additional: s.any('other') },
        ),
        master: s.obj({ persistence: anyMap('Ignored (primary.* is read)', { ...doc, see: `${S} Cache` }), resources: resources({ ...doc, see: `${S} Cache` }) }, 'Ignored by valkey'),
        primary: anyMap('Valkey primary settings', undoc),
        sentinel: anyMap('Sentinel', undoc),
      },
      'bitnami valkey subchart values',
      { additional: s.any('other valkey chart key') },
    ),
  },
  'litellm-proxy chart values',
);
