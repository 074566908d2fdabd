/**
 * axe-core from node_modules, added as a script element with a src (no inline code, no
 * eval on our side), then run on one widget; axe walks its open shadow root.
 */
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface Axe {
  run(context: Element, options: unknown): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }>;
}

declare global {
  interface Window {
    axe?: Axe;
  }
}

let loading: Promise<Axe> | null = null;

export function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => (window.axe ? resolve(window.axe) : reject(new Error('axe-core did not define window.axe')));
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** WCAG 2.0-2.2 A and AA plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Violations as readable lines (`rule: target: summary`). `region` (all page content inside
 * landmarks) is the embedding page's duty, so it is left out for a widget run alone.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: TAGS },
    rules: { region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
    ),
  );
}
