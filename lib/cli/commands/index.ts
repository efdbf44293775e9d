import { CHECK } from './check';
import { EXPLAIN } from './explain';
import { MIRROR_PLAN } from './mirror-plan';
import { PREREQUISITES } from './prerequisites';
import { RULES } from './rules';
import { SCHEMA } from './schema';
import { Command } from '../command';

/** Every `llm-platform` command, in the order `--help` lists them. A new command is one entry here. */
export const COMMANDS: readonly Command[] = [CHECK, SCHEMA, MIRROR_PLAN, PREREQUISITES, RULES, EXPLAIN];
