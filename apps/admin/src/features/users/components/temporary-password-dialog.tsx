import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { texts } from '../../../config/i18n';
import { copyText } from '../../../lib/clipboard';

/** Shows a generated password the one time the server returns it. */
export function TemporaryPasswordDialog({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <Dialog title={texts.users.temporaryPasswordTitle} onClose={onClose} size="sm">
      <DialogBody>
        <div className="form">
          <Alert tone="warning">{texts.users.temporaryPasswordWarning}</Alert>
          <div className="field">
            <label className="field-label" htmlFor="temporary-password">
              {texts.users.temporaryPasswordIntro(username)}
            </label>
            <div className="copy-field">
              <input
                id="temporary-password"
                className="input mono secret"
                value={password}
                readOnly
                onFocus={(event) => event.target.select()}
              />
              <Button
                variant="primary"
                onClick={() => void copyText(password).then(setCopied)}
                data-autofocus
              >
                {copied ? texts.common.copied : texts.common.copy}
              </Button>
            </div>
            <p className="field-hint" role="status">
              {copied === false ? texts.common.copyFailed : texts.users.temporaryPasswordNext}
            </p>
          </div>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onClose}>
          {texts.users.temporaryPasswordDone}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
