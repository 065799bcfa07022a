import { TextList } from '../../ui/TextList';
import type { BarChart } from '../../../shared/reports/barChart';
import type { ReportBlock, ReportDocument } from '../../../shared/reports/reportDocument';

// The report preview, drawn by React from the same structure the saved files are made from; the
// charts are SVG elements built from the same geometry as the printed ones.

function Chart({ chart, title }: { readonly chart: BarChart; readonly title: string }) {
  const axisY = chart.height - 20;
  return (
    <svg className="report-chart" role="img" aria-label={title} width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`}>
      {chart.ticks.map((tick) => (
        <g key={tick.label}>
          <line x1={chart.plotLeft + tick.x} x2={chart.plotLeft + tick.x} y1={0} y2={axisY} stroke="#ddd" />
          <text x={chart.plotLeft + tick.x} y={axisY + 14} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {chart.bars.map((bar, index) => (
        <g key={`${bar.label}${index}`}>
          <text x={chart.plotLeft - 6} y={bar.y + bar.height / 2 + 4} textAnchor="end">
            {bar.label}
          </text>
          <rect x={chart.plotLeft} y={bar.y} width={Math.max(bar.width, 1)} height={bar.height} fill="#2f5d8a" />
          <text x={chart.plotLeft + bar.width + 4} y={bar.y + bar.height / 2 + 4}>
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

function Block({ block }: { readonly block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return <TextList items={block.items} />;
    case 'table':
      return (
        <>
          <table className="monitor-table report-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{block.columns[0]}</th>
                <th scope="col">{block.columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={`${row.category}${index}`}>
                  <td>{row.category}</td>
                  <td className="number">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{block.note}</p>
        </>
      );
    default:
      return <Chart chart={block.chart} title={block.title} />;
  }
}

export function ReportView({ document, label }: { readonly document: ReportDocument; readonly label: string }) {
  return (
    <article className="report-view card" lang={document.language} aria-label={label}>
      <h2>{document.title}</h2>
      <p className="notice">{document.note}</p>
      {document.sections.map((section) => (
        <section key={section.key} aria-label={section.heading}>
          <h3>{section.heading}</h3>
          {section.blocks.map((block, index) => (
            <Block key={`${section.key}${index}`} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
