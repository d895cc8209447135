import { Glossed } from "~/components/plain/Glossed";
import { TableScroll } from "~/components/ui/TableScroll";
import taxEn from "~/locales/tax.en";
import taxIt from "~/locales/tax.it";
import { useNamespace } from "~/utils/namespace";

/** The IMU F24 lines of a year (codice tributo, acconto, saldo, number of properties), as the position and the calculator show them. */
export function F24Lines({ caption, lines, testId }: { caption: string; lines: { code: string; acconto: string; saldo: string; properties: number }[]; testId?: string }) {
  const { t } = useNamespace("tax", { it: taxIt, en: taxEn });
  return (
    <TableScroll label={caption}>
      <table className="table table-sm" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Glossed text={t("position.code")} />
            </th>
            <th scope="col" className="text-end">
              {t("position.acconto")}
            </th>
            <th scope="col" className="text-end">
              {t("position.saldo")}
            </th>
            <th scope="col" className="text-end">
              {t("position.properties")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.code}>
              <th scope="row">{l.code}</th>
              <td className="text-end">{l.acconto}</td>
              <td className="text-end">{l.saldo}</td>
              <td className="text-end">{l.properties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
