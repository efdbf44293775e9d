import { C, INFRA, LAUNCH, ModelEngineRule, SERVICE, V } from './common';
import { parsePolicyStatements, statementActions, statementPrincipals, statementResources } from '../../../parse/iam-policy';
import { pythonTemplateProblem } from '../../../parse/python-template';
import { isRecord, show } from '../../../paths';
import { at, hit, map, str } from '../../rule-kit';

/** The SQS queue policy and tag templates the service fills for each endpoint queue. */
export const sqsRules = [
  {
    id: 'ME-SQS-POLICY',
    severity: 'error',
    summary: 'The SQS queue policy template is unusable: not JSON, placeholders other than ${queue_name}, or no sqs:* grant to the control-plane role on arn:aws:sqs:<region>:<account>:${queue_name}.',
    remedy: 'Grant sqs:* to the control-plane IRSA role on the endpoint queue ARN (typed: generated from cloud.roles).',
    source: `${V}2 › AWS; ${C}Section 2 › AWS › Broker; ${SERVICE} string.Template.substitute`,
    check: (ctx) => {
      if (at(ctx, 'celeryBrokerType') !== 'sqs') return [];
      const path = `${LAUNCH}.sqs_queue_policy_template`;
      const template = str(at(ctx, path));
      if (template === undefined) return [];
      const problem = pythonTemplateProblem(template, ['queue_name']);
      if (problem) return [hit(path, problem)];
      const text = template.replace(/\$\{queue_name\}|\$queue_name/g, 'launch-endpoint-id-test');
      const role = str(map(at(ctx, 'serviceAccount.annotations'))['eks.amazonaws.com/role-arn']);
      const statements = parsePolicyStatements(text);
      if (!statements) return [hit(path, 'is not a JSON IAM policy once ${queue_name} is substituted')];
      const region = str(at(ctx, `${INFRA}.default_region`));
      const account = at(ctx, `${INFRA}.ml_account_id`);
      // Without both, ME-CONFIG-REQUIRED or the type check reports the infra block; no ARN to compare.
      if (region === undefined || (typeof account !== 'string' && typeof account !== 'number')) return [];
      const queueArn = `arn:aws:sqs:${region}:${account}:launch-endpoint-id-test`;
      const grants = statements.some(
        (s) =>
          s.Effect === 'Allow' &&
          statementPrincipals(s).includes(role ?? '') &&
          statementActions(s).some((a) => a === 'sqs:*' || a === '*') &&
          statementResources(s).includes(queueArn),
      );
      return grants ? [] : [hit(path, `does not grant sqs:* on ${queueArn.replace('launch-endpoint-id-test', '${queue_name}')} to the control-plane role ${show(role)}`)];
    },
  },
  {
    id: 'ME-SQS-TAG-TEMPLATE',
    severity: 'error',
    summary: 'The SQS tag template is unusable: unknown placeholders, or not a JSON object of strings after substitution.',
    remedy: 'Use only ${team}, ${endpoint_id}, ${endpoint_name}, ${endpoint_created_by} in a JSON object.',
    source: `${SERVICE} sqs_queue_endpoint_resource_delegate`,
    check: (ctx) => {
      if (at(ctx, 'celeryBrokerType') !== 'sqs') return [];
      const path = `${LAUNCH}.sqs_queue_tag_template`;
      const template = str(at(ctx, path));
      if (template === undefined) return [];
      const names = ['team', 'endpoint_id', 'endpoint_name', 'endpoint_created_by'];
      const problem = pythonTemplateProblem(template, names);
      if (problem) return [hit(path, problem)];
      const text = template.replace(/\$\{(\w+)\}|\$(\w+)/g, 'x');
      try {
        const parsed: unknown = JSON.parse(text);
        return isRecord(parsed) && Object.values(parsed).every((v) => typeof v === 'string') ? [] : [hit(path, 'is not a JSON object of string tags')];
      } catch {
        return [hit(path, 'is not valid JSON once its placeholders are substituted')];
      }
    },
  },
] as const satisfies readonly ModelEngineRule[];

