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
    const chart = Chart.of(this);
    return prerequisitesMarkdown(this.sources.map((s) => s()), `Prerequisites of ${Names.toDnsLabel(chart)}`);
  }

  private write(): string[] {
    const root = this.node.root;
    if (!(root instanceof App) || !existsSync(root.outdir)) return [];
    writeFileSync(join(root.outdir, `${Names.toDnsLabel(Chart.of(this))}.prerequisites.md`), this.markdown);
    return [];
  }
}
