import { CardGrid, TeaserCard } from "./TeaserCard";

export interface LinkCard {
  to: string;
  title: string;
  text: string;
  dataElement?: string;
}

/** Cards that lead to the second-level pages of a section (Uffici, Avvisi, Luoghi…). */
export function LinkCards({ cards }: { cards: LinkCard[] }) {
  return (
    <CardGrid
      items={cards}
      keyOf={(c) => c.to}
      render={(c) => (
        <TeaserCard title={c.title} to={c.to} linkElement={c.dataElement} headingLevel={2} headingClass="h4">
          <p className="card-text">{c.text}</p>
        </TeaserCard>
      )}
    />
  );
}
