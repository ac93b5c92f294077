import type { Unit } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { PlusIcon } from '../../../components/icons';
import { texts, unitLevelLabel } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { unitValidity } from '../lib/unit-validity';

export function UnitRow({
  unit,
  viewDate,
  today,
  mergedIntoName,
  canManage,
  onAddChild,
  onEdit,
}: {
  unit: Unit;
  viewDate: string;
  today: string;
  /** Undefined when the unit was not merged; null when the target is unknown here. */
  mergedIntoName: string | null | undefined;
  canManage: boolean;
  onAddChild: (unit: Unit) => void;
  onEdit: (unit: Unit) => void;
}) {
  const validity = unitValidity(unit, viewDate);
  // New units go under units that still exist; an ended one can only be corrected.
  const endedToday = unitValidity(unit, today).state === 'ended';
  return (
    <div className="unit-row">
      <div className="unit-summary">
        <div className="unit-heading">
          <span className="unit-name">{unit.name}</span>
          <Badge tone="primary">{unitLevelLabel(unit.level)}</Badge>
          {validity.state === 'ended' && (
            <Badge tone="muted">{texts.units.endedOn(formatDate(validity.endedFrom))}</Badge>
          )}
          {validity.state === 'not_yet' && (
            <Badge tone="warning">{texts.units.notYetInForce(formatDate(validity.startsOn))}</Badge>
          )}
          {mergedIntoName !== undefined && (
            <Badge tone="muted">
              {mergedIntoName === null
                ? texts.units.mergedIntoUnknown
                : texts.units.mergedInto(mergedIntoName)}
            </Badge>
          )}
        </div>
        <dl className="unit-meta">
          <div>
            <dt>{texts.units.code}</dt>
            <dd className="mono">{unit.code}</dd>
          </div>
          <div>
            <dt>{texts.units.accountPrefix}</dt>
            <dd className="mono">{unit.accountPrefix}</dd>
          </div>
          <div>
            <dt>{texts.units.validity}</dt>
            <dd>
              {unit.validTo === null
                ? texts.units.validFromOnly(formatDate(unit.validFrom))
                : texts.units.validRange(formatDate(unit.validFrom), formatDate(unit.validTo))}
            </dd>
          </div>
        </dl>
      </div>
      {canManage && (
        <div className="unit-actions">
          {!endedToday && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onAddChild(unit)}
              aria-label={texts.units.addChildOf(unit.name)}
            >
              <PlusIcon width={16} height={16} />
              {texts.units.addChild}
            </Button>
          )}
          {/* The API needs a parent for every update: the root of the whole tree is not edited here. */}
          {unit.parentId !== null && (
            <Button size="sm" onClick={() => onEdit(unit)} aria-label={texts.units.editOf(unit.name)}>
              {texts.common.edit}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
