import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import { App, Chart, Names } from 'cdk8s';
import { Construct } from 'constructs';
import { Prerequisites, prerequisitesMarkdown } from '../core/prerequisites';

const ID = 'LlmPlatformPrerequisites';

/**
 * Writes `<outdir>/<chart>.prerequisites.md` beside `<chart>.k8s.yaml` when the app synthesizes:
 * the prerequisites of every release construct in the chart, in construction order.
 *
 * `App.synth()` creates the output directory and then validates every construct before writing
 * the manifests; the report writes its file from that validation, so a plain `cdk8s synth` of a
 * user's own app produces it. Nothing is written when the output directory does not exist (for
 * example `synthYaml()` or `Testing.synth`).
 */
export class PrerequisitesReport extends Construct {
  /** The report of the chart that contains `scope` (created on first use). */
  public static of(scope: Construct): PrerequisitesReport {
    const chart = Chart.of(scope);
    return (chart.node.tryFindChild(ID) as PrerequisitesReport | undefined) ?? new PrerequisitesReport(chart, ID);
  }

  private readonly sources: (() => Prerequisites)[] = [];
  /** The last Markdown and what it was made from: cdk8s validates the app once per chart it writes. */
  private rendered?: { from: readonly Prerequisites[]; markdown: string; written?: string };

  private constructor(scope: Chart, id: string) {
    super(scope, id);
    this.node.addValidation({ validate: () => this.write() });
  }

  /** Adds a release's prerequisites (read at synth, so constructs attached later are included). */
  public add(source: () => Prerequisites): void {
    this.sources.push(source);
  }

  /** The Markdown the chart's report holds. */
  public get markdown(): string {
    return this.render().markdown;
  }

  private render(): NonNullable<PrerequisitesReport['rendered']> {
    const from = this.sources.map((s) => s());
    const last = this.rendered;
    if (last && last.from.length === from.length && last.from.every((p, i) => p === from[i])) return last;
    const markdown = prerequisitesMarkdown(from, `Prerequisites of ${Names.toDnsLabel(Chart.of(this))}`);
    this.rendered = { from, markdown };
    return this.rendered;
  }

  private write(): string[] {
    const root = this.node.root;
    if (!(root instanceof App) || !existsSync(root.outdir)) return [];
    const rendered = this.render();
    const file = join(root.outdir, `${Names.toDnsLabel(Chart.of(this))}.prerequisites.md`);
    if (rendered.written !== file || !existsSync(file)) {
      writeFileSync(file, rendered.markdown);
      rendered.written = file;
    }
    return [];
  }
}
