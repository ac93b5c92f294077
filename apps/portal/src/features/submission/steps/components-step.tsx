import type { Component } from '@motcua/shared';
import { useWatch } from 'react-hook-form';
import { FileRow } from '../../../components/file-row';
import { formatFileSize } from '../../../components/file-rules';
import { texts } from '../../../config/texts';
import { useDeleteDraftFile } from '../api/delete-draft-file';
import type { DraftFormValues } from '../draft-form';
import { fileTypeLabel } from '../file-checks';
import { useWizard } from '../wizard-context';
import { ComponentFiles } from './component-files';

type Group = { name: string; items: { component: Component; index: number }[] };

/** Components in their published order, under the procedure's own headings ("Giấy tờ phải nộp"…). */
function groupsOf(components: readonly Component[]): Group[] {
  const groups: Group[] = [];
  components.forEach((component, index) => {
    const name = component.group ?? texts.submission.componentsGroupOther;
    const last = groups.at(-1);
    if (last && last.name === name) last.items.push({ component, index });
    else groups.push({ name, items: [{ component, index }] });
  });
  return groups;
}

/** Files left from another case the citizen chose earlier: they will not be submitted, and can be removed. */
function OrphanFiles({ draftId, count }: { draftId: string; count: number }) {
  const { draft } = useWizard();
  const remove = useDeleteDraftFile();
  const orphans = draft.files.filter((file) => file.componentIndex >= count);
  if (orphans.length === 0) return null;
  return (
    <section className="component component--orphans" aria-labelledby="orphan-files">
      <h3 id="orphan-files" className="component__name">
        {texts.submission.orphanFiles}
      </h3>
      <p className="field__hint">{texts.submission.orphanFilesLead}</p>
      <ul className="file-list">
        {orphans.map((file) => (
          <FileRow
            key={file.id}
            name={file.name}
            meta={`${fileTypeLabel(file.mime)} · ${formatFileSize(file.size)}`}
            action={{
              text: texts.submission.removeFile,
              label: texts.submission.removeFileLabel(file.name),
              disabled: remove.isPending,
              onClick: () => remove.mutate({ draftId, fileId: file.id }),
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/** Step 3: the files for each component of the chosen case. */
export function ComponentsStep() {
  const { draft, procedure, fileErrors, clearFileError } = useWizard();
  const caseIndex = Number(useWatch<DraftFormValues, 'caseIndex'>({ name: 'caseIndex' }));
  const components = procedure.cases[caseIndex]?.components ?? [];

  return (
    <div className="form">
      <div className="form__note">
        <p>{texts.submission.componentsLead}</p>
        <p>{texts.submission.fileHint}</p>
      </div>
      {components.length === 0 ? <p>{texts.submission.componentsNone}</p> : null}
      {groupsOf(components).map((group) => {
        const first = group.items[0]?.index ?? 0;
        return (
          <div key={first} className="component-group" role="group" aria-labelledby={`group-${first}`}>
            <h3 className="component-group__heading" id={`group-${first}`}>
              {group.name}
            </h3>
            {group.items.map(({ component, index }) => (
              <ComponentFiles
                key={`${caseIndex}-${index}`}
                draftId={draft.id}
                index={index}
                component={component}
                files={draft.files.filter((file) => file.componentIndex === index)}
                draftFileCount={draft.files.length}
                error={fileErrors[index]}
                onAttached={() => clearFileError(index)}
              />
            ))}
          </div>
        );
      })}
      <OrphanFiles draftId={draft.id} count={components.length} />
    </div>
  );
}
