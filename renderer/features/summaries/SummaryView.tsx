import { TextList } from '../../ui/TextList';
import type { SummaryBlock, SummaryDocument, SummaryFact } from '../../../shared/summaries/summaryModel';

// The preview: the same structure the files are made from, drawn by React (text only, never HTML
// from a string), in the summary's own language whatever the interface language is.

function Facts({ facts }: { readonly facts: readonly SummaryFact[] }) {
  return (
    <dl className="summary-facts">
      {facts.map((fact, index) => (
        <div key={`${fact.label}${index}`}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { readonly block: SummaryBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return <TextList items={block.items} />;
    case 'facts':
      return <Facts facts={block.facts} />;
    default:
      return (
        <>
          {block.rows.map((row, index) => (
            <div key={`${row.heading}${index}`}>
              <h4>{row.heading}</h4>
              <Facts facts={row.facts} />
            </div>
          ))}
        </>
      );
  }
}

export function SummaryView({ document, label }: { readonly document: SummaryDocument; readonly label: string }) {
  return (
    <article className="summary-view" lang={document.language} aria-label={label} tabIndex={0}>
      <h3>{document.title}</h3>
      <p className="notice">{document.levelNote}</p>
      {document.sections.map((section) => (
        <section key={section.key}>
          <h4 className="summary-section-heading">{section.heading}</h4>
          {section.blocks.map((block, index) => (
            <Block key={`${section.key}${index}`} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
